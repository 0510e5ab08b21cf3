import GRDB
import PlanningDomain

/// The `WHERE` clause that selects the messages of one group (all for `nil`) in some delivery states (all for
/// `nil`), shared by the outbox and the link e-mails' queue.
struct DeliveryFilter {
    /// ` WHERE …`, or empty when nothing is filtered.
    let clause: String
    /// Its arguments.
    let arguments: StatementArguments

    /// The filter; `nil` when `states` is empty (nothing can match).
    init?(group: Group.ID?, states: Set<DeliveryState.Kind>?) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let group {
            conditions.append("group_id = ?")
            arguments += [group.rawValue]
        }
        if let states {
            guard !states.isEmpty else { return nil }
            conditions.append("state IN (\(states.map { _ in "?" }.joined(separator: ", ")))")
            arguments += StatementArguments(states.sorted().map(\.rawValue))
        }
        clause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        self.arguments = arguments
    }
}

internal import Calendaring
public import PlanningDomain
internal import PlanningEngine
public import Publication
public import WorkspaceStore

/// The staff's list of groups: each group's phase, next session, registrations against the quorum, and
/// warnings (a founding session below the quorum after declines, a conflict with another group's sessions,
/// fewer registrations than the quorum, no feasible plan).
public struct GroupOverview: Sendable {
    /// Where a group stands.
    public enum Phase: String, Hashable, Sendable {
        /// Participants may still answer; nothing published.
        case collecting
        /// Staff closed the answers; nothing published yet.
        case closed
        /// Sessions were published and some are still to come.
        case published
        /// Every published session is over.
        case done
    }

    /// What may need staff's attention.
    public enum Warning: Hashable, Sendable {
        /// Fewer active registrations than the quorum.
        case fewRegistrations
        /// A published founding session counts fewer than the quorum, declines counted.
        case quorumAtRisk
        /// A published session shares a facilitator or room with another group's at the same time.
        case conflict(with: Group.ID)
        /// No plan is feasible with the current answers (and published sessions kept).
        case infeasible
    }

    /// One group.
    public struct Line: Hashable, Sendable {
        /// The group.
        public var group: Group.ID
        /// Its title (staff see it always).
        public var title: String
        /// Where it stands.
        public var phase: Phase
        /// The next published session still to come, if any.
        public var nextSession: CentreStatus.NextSession?
        /// Active registrations.
        public var registrations: Int
        /// The quorum.
        public var quorum: Int
        /// What needs attention.
        public var warnings: [Warning]
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Every group at `now`, by id.
    public func run(now: Instant) throws(ServiceError) -> [Line] {
        let groups = try WorkspaceAccess.read(workspace) { reader in
            try reader.groups().compactMap {
                id -> (
                    scenario: Scenario, publications: [SessionPublication], settings: PollSettings,
                    others: [SessionBooking]
                )? in
                guard let scenario = try reader.scenario(of: id) else { return nil }
                return (
                    scenario, try reader.publications(of: id), try reader.pollSettings(of: id),
                    try reader.bookings(excludingGroup: id)
                )
            }
        }
        guard let organisation = groups.first?.scenario.organisation else { return [] }
        let local = TimeZoneConversion.localDateTime(of: now, in: organisation.timeZone)
        let status = CentreStatus(
            groups: groups.map { ($0.scenario, $0.publications) },
            now: local,
            travelBufferMinutes: groups.first?.scenario.travelBufferMinutes ?? 30
        )
        return groups.map { group in
            let id = group.scenario.group.id
            let line = status.groups.first { $0.group == id }
            var warnings: [Warning] = []
            if group.scenario.participants.count < group.scenario.group.quorum { warnings.append(.fewRegistrations) }
            if line?.hasQuorumWarning == true { warnings.append(.quorumAtRisk) }
            for conflict in status.conflicts {
                if conflict.first.group == id { warnings.append(.conflict(with: conflict.second.group)) }
                if conflict.second.group == id { warnings.append(.conflict(with: conflict.first.group)) }
            }
            var scenario = group.scenario
            scenario.bookings = group.others
            if case .infeasible = Planner(scenario: LiveGrid.pinned(scenario, group.publications)).plan() {
                warnings.append(.infeasible)
            }
            let phase: Phase
            if group.publications.isEmpty {
                phase = group.settings.isOpen ? .collecting : .closed
            } else {
                phase = line?.nextSession == nil ? .done : .published
            }
            return Line(
                group: id,
                title: group.scenario.group.title,
                phase: phase,
                nextSession: line?.nextSession,
                registrations: group.scenario.participants.count,
                quorum: group.scenario.group.quorum,
                warnings: warnings
            )
        }
    }
}

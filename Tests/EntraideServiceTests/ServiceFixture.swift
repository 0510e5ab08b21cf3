import EntraideService
import EntraideTestSupport
import Foundation
import PlanningDomain
import WorkspaceStore

/// A workspace in memory with groups built in code: the use cases run in-process, without the file system.
struct ServiceFixture {
    let workspace: Workspace
    static let now = Instant(iso8601: "2026-11-25T09:00:00Z") ?? .earliest
    static let later = Instant(iso8601: "2026-11-26T09:00:00Z") ?? .earliest

    /// A workshop catalogue of one workshop, `ecoute`: two places, Saturdays 09:30 of March 2027 in the room `big`.
    static let ecouteCatalogue = """
        workshops:
          - id: ecoute
            title: Écoute active
            minimum-participants: 2
            maximum-participants: 2
            months: [2027-03]
            candidates: [{weekdays: [saturday], starts: ["09:30"], venues: [big]}]
        """

    init() throws {
        workspace = try Workspace.inMemory()
    }

    /// A group of `people` (p01…, quorum 2) with one candidate per session, facilitated by anne.
    static func group(_ id: Group.ID = "g", people: Int = 4) -> ScenarioBuilder {
        var builder = ScenarioBuilder(
            people: .init(
                count: people,
                id: ScenarioBuilder.People.twoDigitIDs,
                email: { _, id in "\(id)@mail.example" }
            ),
            quorum: 2,
            facilitator: Facilitator(id: "anne", name: "Anne Facilitatrice", email: "anne@staff.example")
        )
        builder.scenario.group = Group(
            id: id,
            title: "Groupe \(id)",
            theme: "Thème",
            type: .talkingGroup,
            region: "Lausanne",
            quorum: 2,
            initiator: nil
        )
        return builder
    }

    /// Imports a scenario as it is (its answers as the scenario's own).
    func importScenario(_ scenario: Scenario) throws {
        _ = try workspace.write { try $0.importScenario(scenario, answers: nil, at: Self.now) }
    }

    /// Publishes a group and returns the outcome.
    func publish(
        _ group: Group.ID = "g",
        moving: Set<SessionKind> = [],
        at now: Instant = now
    ) throws(ServiceError)
        -> PublishGroup.Outcome
    {
        try PublishGroup(workspace: workspace).run(PublishGroup.Request(group: group, moving: moving, now: now))
    }

    /// Every outbox entry.
    func outbox() throws -> [OutboxEntry] { try workspace.read { try $0.outbox() } }
}

/// A mail server in memory: accepts messages, or refuses from the `failAt`-th one on (0-based).
final class FakeTransport: MailTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var received: [[UInt8]] = []
    private let failAt: Int?

    init(failAt: Int? = nil) { self.failAt = failAt }

    func send(_ message: [UInt8], from: String, to: String) throws(TransportFailure) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let failAt, received.count >= failAt { throw TransportFailure("550 refused by the fake server.") }
        received.append(message)
        return "250 accepted by the fake server"
    }

    /// The messages accepted, in order.
    var messages: [[UInt8]] { lock.withLock { received } }
}

import EntraideServer
import EntraideService
import EntraideTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import PlanningDomain
import WorkspaceStore

/// A server over a workspace in memory, built in-process as `entraide serve` builds it, with a clock tests move,
/// a staff account (`anne`, password `correct horse battery`), and a group `g` of four people (p01…p04, quorum 2,
/// one candidate per session, everybody yes).
final class ServerFixture: @unchecked Sendable {
    let workspace: Workspace
    private let lock = NSLock()
    private var instant = Instant(iso8601: "2026-11-25T09:00:00Z") ?? .earliest
    var transport: (any MailTransport)?
    var baseURL: String?
    var limits = AttemptLimits(windowSeconds: 900, signInsPerAccount: 3, signInsPerClient: 6, linksPerClient: 4)

    static let password = "correct horse battery"

    init(people: Int = 4) throws {
        workspace = try Workspace.inMemory()
        var builder = ScenarioBuilder(
            people: .init(
                count: people,
                id: ScenarioBuilder.People.twoDigitIDs,
                name: { _, id in "Personne \(id.uppercased())" },
                email: { _, id in "\(id)@mail.example" }
            ),
            quorum: 2
        )
        builder.scenario.group = Group(
            id: "g",
            title: "Groupe de parole deuil",
            theme: "Deuil",
            type: .talkingGroup,
            region: "Lausanne",
            quorum: 2,
            initiator: nil
        )
        builder.scenario.organisation.phone = "021 000 00 00"
        _ = try workspace.write { try $0.importScenario(builder.scenario, answers: nil, at: now) }
        try StaffAccounts(workspace: workspace).add(
            "anne",
            passwordHash: StaffPassword.hash(Self.password, cost: 4),
            at: now
        )
    }

    /// The clock of the server.
    var now: Instant { lock.withLock { instant } }

    /// Moves the clock.
    func advance(seconds: Int64) { lock.withLock { instant = instant.adding(seconds: seconds) ?? instant } }

    /// The configuration `buildApplication` gets.
    var configuration: ServerConfiguration {
        ServerConfiguration(
            workspace: workspace,
            baseURL: baseURL,
            clock: { [self] in self.now },
            mailTransport: transport,
            limits: limits,
            bcryptCost: 4
        )
    }

    /// Runs `body` with a client of a freshly built server (a restart is a second call).
    func withClient<T: Sendable>(_ body: @escaping @Sendable (Browser) async throws -> T) async throws -> T {
        let application = try await buildApplication(configuration)
        return try await application.test(.router) { client in try await body(Browser(client: client)) }
    }

    /// Issues a personal link for a participant through the use case, as staff do on the page; returns its token.
    func link(for participant: Participant.ID) throws -> String {
        let token = Secrets.newToken()
        try PersonalLinks(workspace: workspace).issue(Secrets.digest(of: token), for: participant, in: "g", at: now)
        return token
    }

    /// The answers recorded for a participant, with their origins.
    func given(_ participant: Participant.ID) throws -> [CandidateSlot.ID: [GivenAnswer]] {
        try workspace.read { try $0.givenAnswers(of: "g")[participant] ?? [:] }
    }
}

/// A mail server in memory: accepts every message, or refuses them all.
final class MemoryTransport: MailTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var received: [[UInt8]] = []
    let refuses: Bool

    init(refuses: Bool = false) { self.refuses = refuses }

    func send(_ message: [UInt8], from: String, to: String) throws(TransportFailure) -> String {
        lock.lock()
        defer { lock.unlock() }
        if refuses { throw TransportFailure("550 refused by the test server.") }
        received.append(message)
        return "250 accepted"
    }

    var messages: [String] { lock.withLock { received.map { String(decoding: $0, as: UTF8.self) } } }
}

import Foundation
import GRDB
import PlanningDomain
import Testing

@testable import WorkspaceStore

/// The people of the workshops the workspace wrote to (migration `v10-workshop-people`): kept to be reached again,
/// refreshed from the interest file, erased on request.
@Suite struct WorkshopPeopleStoreTests {
    private static let start = StoreFixtures.start(2027, 3, 13, 9, 30)
    private static let uid = "workshop.ecoute.e1@entraide-vd.example"

    private static func record(_ person: Participant.ID, cancelled: Bool = false) -> WorkshopPublication {
        WorkshopPublication(
            workshop: "ecoute",
            person: person,
            uid: uid,
            sequence: cancelled ? 1 : 0,
            slot: "e1",
            start: start,
            end: start.adding(minutes: 150),
            venue: "grand-pont",
            isCancelled: cancelled
        )
    }

    private static func person(_ id: Participant.ID, _ name: String, language: Language = .french) -> Participant {
        Participant(
            id: id,
            name: name,
            email: "\(name.lowercased().replacingOccurrences(of: " ", with: "."))@mail.example",
            language: language,
            answers: [:]
        )
    }

    private static func draft(_ person: Participant, method: OutboxDraft.Method = .request) -> OutboxDraft {
        OutboxDraft(
            recipient: .participant(person.id),
            subject: .session(.workshop),
            uid: method == .letter ? "" : uid,
            sequence: 0,
            method: method,
            reason: method == .letter ? "waiting" : "new",
            fileStem: "\(method == .letter ? "waiting" : "invites")/\(person.id.rawValue)/ecoute",
            ics: method == .letter ? [] : Array("ATTENDEE;CN=\(person.name):mailto:\(person.email)\r\n".utf8),
            eml: Array("To: \(person.name) <\(person.email)>\r\n\r\nBonjour \(person.name)\r\n".utf8),
            envelope: MailEnvelope(from: "groupes@entraide-vd.example", to: person.email),
            workshop: "ecoute"
        )
    }

    /// x1 invited, x3 on the waiting list (pending letter); the interest file also names x2, never written to.
    private static let x1 = person("x1", "Xenia Quintessence")
    private static let x2 = person("x2", "Xavier Deux", language: .german)
    private static let x3 = person("x3", "Xeno Trois")

    private func published(_ workspace: Workspace) throws {
        try workspace.write { writer in
            _ = try writer.recordWorkshopPublication(
                [Self.record("x1")],
                notices: [WaitingNotice(workshop: "ecoute", person: "x3", rank: 1)],
                at: OutboxFixtures.now,
                reason: "workshops of the calendar",
                messages: [Self.draft(Self.x1), Self.draft(Self.x3, method: .letter)]
            )
            try writer.recordWorkshopPeople([Self.x1, Self.x2, Self.x3], addressed: ["x1", "x3"])
        }
    }

    @Test func thePeopleWrittenToAreKeptAndFollowTheInterestFile() throws {
        let workspace = try Workspace.inMemory()
        try published(workspace)
        #expect(
            try workspace.read { try $0.workshopPeople() } == [
                WorkshopPerson(id: "x1", status: .active, name: Self.x1.name, email: Self.x1.email, language: .french),
                WorkshopPerson(id: "x3", status: .active, name: Self.x3.name, email: Self.x3.email, language: .french),
            ],
            "x2 was never written to: nothing of them is kept"
        )
        // x1 leaves the interest file, x3 changes address and language: x1 is kept to be told, x3 refreshed.
        var moved = Self.x3
        moved.email = "xeno.nouveau@mail.example"
        moved.language = .italian
        try workspace.write { try $0.recordWorkshopPeople([Self.x2, moved], addressed: []) }
        let people = try workspace.read { try $0.workshopPeople() }
        #expect(people.map(\.status) == [.withdrawn, .active])
        #expect(people[0].participant(readingOtherwise: .english)?.email == Self.x1.email)
        #expect(people[1].email == "xeno.nouveau@mail.example" && people[1].language == .italian)
        // Back in the file: active again.
        try workspace.write { try $0.recordWorkshopPeople([Self.x1], addressed: ["x1"]) }
        #expect(try workspace.read { try $0.workshopPeople() }.map(\.status) == [.active, .withdrawn])
    }

    @Test func forgettingAPersonOfTheWorkshopsLeavesNoTraceButTheirIdAndRecords() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        try published(workspace)
        try workspace.write { writer in
            try writer.markSending(OutboxMessage.ID(1), at: OutboxFixtures.now)
            try writer.markSent(OutboxMessage.ID(1), answer: "250 Ok <\(Self.x1.email)>", at: OutboxFixtures.now)
        }
        // x3's letter is still pending when x3 is forgotten; x1's invitation was sent.
        #expect(try workspace.write { try $0.forgetWorkshopPerson("x3") })
        #expect(try workspace.write { try $0.forgetWorkshopPerson("x1") })
        #expect(try workspace.write { try $0.forgetWorkshopPerson("x1") } == false, "forgetting twice erases once")
        let people = try workspace.read { try $0.workshopPeople() }
        #expect(people.map(\.status) == [.forgotten, .forgotten])
        #expect(people.allSatisfy { $0.name.isEmpty && $0.email.isEmpty && $0.language == nil })
        #expect(people.allSatisfy { $0.participant(readingOtherwise: .french) == nil })
        let entries = try workspace.read { try $0.outbox() }
        #expect(entries.map(\.isErased) == [true, true])
        #expect(entries.map(\.state.kind) == [.sent, .pending], "ids and states stay as tombstones")
        #expect(try workspace.read { try $0.sendableMessages() }.isEmpty, "the pending letter is never sent")
        #expect(try workspace.read { try $0.workshopPublications() } == [Self.record("x1")], "records stay")
        #expect(try workspace.read { try $0.waitingNotices() }.isEmpty)
        // The raw columns are blank.
        let rows = try workspace.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, email, language FROM workshop_person ORDER BY id")
        }
        #expect(rows.allSatisfy { ($0["name"] as String?) == "" && ($0["email"] as String?) == "" })
        let envelopes = try workspace.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT envelope_to, length(eml) AS eml, length(ics) AS ics FROM outbox_message")
        }
        #expect(envelopes.allSatisfy { ($0["envelope_to"] as String?) == "" && ($0["eml"] as Int?) == 0 })
        // The export shows them by id and status only; neither it nor the file holds their names or addresses.
        let export = try workspace.read { try $0.exportJSON() }
        let json = try JSONSerialization.jsonObject(with: Data(export)) as? [String: Any]
        let listed = try #require((json?["workshops"] as? [String: Any])?["people"] as? [[String: String]])
        #expect(listed == [["id": "x1", "status": "forgotten"], ["id": "x3", "status": "forgotten"]])
        let bytes = ["", "-wal", "-shm", "-journal"].flatMap { folder.bytes(Workspace.fileName + $0) }
        for trace in ["Quintessence", "xenia.quintessence", "Xeno", "xeno.trois"] {
            #expect(!StoreFixtures.contains(export, trace), "\(trace) in the export")
            #expect(!StoreFixtures.contains(bytes, trace), "\(trace) in the file")
        }
    }

    @Test func theExportListsThePeopleKept() throws {
        let workspace = try Workspace.inMemory()
        try published(workspace)
        let json = try JSONSerialization.jsonObject(with: Data(try workspace.read { try $0.exportJSON() }))
        let people = try #require(
            ((json as? [String: Any])?["workshops"] as? [String: Any])?["people"] as? [[String: Any]]
        )
        #expect(people.map { $0["id"] as? String } == ["x1", "x3"])
        #expect(people[0]["name"] as? String == Self.x1.name && people[0]["email"] as? String == Self.x1.email)
        #expect(people[0]["language"] as? String == "fr" && people[0]["status"] as? String == "active")
    }

    @Test func anIdOfAGroupAndOfTheWorkshopsMustBeNamed() throws {
        let workspace = try Workspace.inMemory()
        _ = try workspace.write { try $0.importScenario(StoreFixtures.scenario(participants: 2)) }
        try workspace.write { writer in
            _ = try writer.recordWorkshopPublication(
                [Self.record("p01")],
                notices: [],
                at: OutboxFixtures.now,
                reason: "workshops of the calendar",
                messages: [Self.draft(Self.person("p01", "Autre Personne"))]
            )
            try writer.recordWorkshopPeople([Self.person("p01", "Autre Personne")], addressed: ["p01"])
        }
        let ambiguous = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.forgetPerson("p01", in: nil) }
        }
        #expect(ambiguous.code == .ambiguousParticipant)
        #expect(ambiguous.message.contains("'p01' is a participant of proches-aidants and a person of the workshops"))
        let unknown = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.forgetPerson("p09", in: nil) }
        }
        #expect(unknown.code == .unknownParticipant && unknown.message.contains("nor a person 'p09' of the workshops"))
        let never = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.forgetPerson("p02", in: .workshops) }
        }
        #expect(never.code == .unknownParticipant && never.message.contains("no person 'p02' of the workshops"))
        // Each scope erases its own person only; p02 is in the group only, so no scope is needed.
        let workshops = try workspace.write { try $0.forgetPerson("p01", in: .workshops) }
        #expect(workshops.scope == .workshops && workshops.isErased)
        #expect(
            try workspace.read { try $0.scenario(of: "proches-aidants") }?.participants.map(\.id) == ["p01", "p02"]
        )
        let entries = try workspace.read { try $0.outbox() }
        #expect(entries.map(\.isErased) == [true])
        let group = try workspace.write { try $0.forgetPerson("p02", in: nil) }
        #expect(group.scope == .group("proches-aidants") && group.isErased)
        #expect(try workspace.read { try $0.forgottenParticipants(of: "proches-aidants") } == ["p02"])
    }

    /// A version 9 workspace holds no names: every person it wrote to is kept with the address of their latest
    /// message, and their records, ranks and messages stay.
    @Test func theMigrationFromVersion9KeepsEveryRowAndTheAddressesOfTheOutbox() throws {
        let folder = TemporaryFolder()
        try SchemaFixtures.build(version: 9, in: folder.path)
        let workspace = try Workspace.open(in: folder.path)
        #expect(
            try workspace.read { try $0.workshopPeople() } == [
                WorkshopPerson(id: "x1", status: .withdrawn, name: "", email: "x1@mail.example", language: nil),
                WorkshopPerson(id: "x3", status: .withdrawn, name: "", email: "x3@mail.example", language: nil),
            ]
        )
        let records = try workspace.read { try $0.workshopPublications() }
        #expect(records.map(\.person) == ["x1"] && records.first?.uid == "workshop.ecoute.e1@entraide.example")
        #expect(
            try workspace.read { try $0.waitingNotices() } == [WaitingNotice(workshop: "ecoute", person: "x3", rank: 1)]
        )
        let entries = try workspace.read { try $0.outbox() }.filter { $0.workshop != nil }
        #expect(entries.map(\.recipient) == [.participant("x1"), .participant("x3")])
        #expect(entries.map(\.state.kind) == [.sent, .pending])
        #expect(
            try workspace.read { try $0.scenario(of: "v1-group") } == SchemaFixtures.migratedScenario(fromVersion: 9)
        )
        // A person kept without a language reads the organisation's; one without an address cannot be written to.
        let x1 = try #require(try workspace.read { try $0.workshopPeople() }.first)
        #expect(x1.participant(readingOtherwise: .german)?.language == .german)
        // The next publication refreshes those still in the interest file.
        try workspace.write { try $0.recordWorkshopPeople([Self.person("x1", "Xenia Un")], addressed: []) }
        #expect(try workspace.read { try $0.workshopPeople() }.first?.name == "Xenia Un")
    }
}

import Foundation
import PlanningDomain
import Testing

@testable import WorkspaceStore

/// The hand-over's state and each group's calendar title: stored, read back, recorded with their messages in
/// one transaction, exported, and taken over from older workspaces.
@Suite struct HandoverStoreTests {
    /// A series of every second Tuesday at 19:00 from 2 March 2027 until 21 December, without 16 March; p01 holds
    /// it, p02's copy was cancelled.
    static func handover() -> HandoverPublication {
        HandoverPublication(
            uid: "handover.proches-aidants@entraide-vd.example",
            sequence: 1,
            series: HandoverPublication.Series(
                everyWeeks: 2,
                first: StoreFixtures.start(2027, 3, 2, 19, 0),
                durationMinutes: 120,
                until: StoreFixtures.date(2027, 12, 21),
                skipped: [StoreFixtures.date(2027, 3, 16)],
                venue: "grand-pont"
            ),
            copies: [
                "p01": RecipientCopy(sequence: 1, reply: .accepted),
                "p02": RecipientCopy(sequence: 1, isCancelled: true),
            ]
        )
    }

    @Test func theHandoverAndItsMessagesAreRecordedTogetherAndReadBack() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let group: Group.ID = "proches-aidants"
        var draft = OutboxFixtures.draft(to: .participant("p01"), email: "p01@exemple.example")
        draft.subject = .handover
        draft.fileStem = "participants/p01/handover"
        let run = try workspace.write { writer in
            _ = try writer.importScenario(StoreFixtures.scenario())
            #expect(try writer.handover(of: group) == nil)
            return try writer.recordHandover(
                group: group,
                handover: Self.handover(),
                at: OutboxFixtures.now,
                reason: "hand-over",
                messages: [draft]
            )
        }
        #expect(run?.number.rawValue == 1)
        #expect(try workspace.read { try $0.handover(of: group) } == Self.handover())
        let entry = try #require(try workspace.read { try $0.outbox(group: group, states: nil) }.first)
        #expect(entry.subject == .handover && entry.session == nil && entry.fileStem == "participants/p01/handover")
        // Without messages only the state is stored, and no run is opened.
        var later = Self.handover()
        later.isCancelled = true
        let none = try workspace.write { writer in
            try writer.recordHandover(group: group, handover: later, at: OutboxFixtures.now, reason: "", messages: [])
        }
        #expect(none == nil)
        #expect(try workspace.read { try $0.handover(of: group) }?.isCancelled == true)
        #expect(try workspace.read { try $0.publicationRuns(of: group) }.count == 1)
        let export = String(decoding: try workspace.read { try $0.exportJSON() }, as: UTF8.self)
        #expect(export.contains("\"every-weeks\" : 2") && export.contains("\"first\" : \"2027-03-02T19:00\""))
        #expect(export.contains("\"skipped\" : [\n          \"2027-03-16\"\n        ]"))
    }

    @Test func aMessageToSomeoneOutsideTheGroupIsRefusedAndNothingIsStored() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var draft = OutboxFixtures.draft(to: .participant("p99"), email: "p99@exemple.example")
        draft.subject = .handover
        try workspace.write { writer in _ = try writer.importScenario(StoreFixtures.scenario()) }
        #expect(throws: WorkspaceError.self) {
            try workspace.write { writer in
                try writer.recordHandover(
                    group: "proches-aidants",
                    handover: Self.handover(),
                    at: OutboxFixtures.now,
                    reason: "hand-over",
                    messages: [draft]
                )
            }
        }
        #expect(try workspace.read { try $0.handover(of: "proches-aidants") } == nil)
    }

    @Test func theCalendarTitleIsStoredAndAReImportThatChangesItSaysSo() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var scenario = StoreFixtures.scenario()
        try workspace.write { writer in _ = try writer.importScenario(scenario) }
        #expect(try workspace.read { try $0.scenario(of: "proches-aidants") }?.group.calendarTitle == .neutral)
        scenario.group.calendarTitle = .public
        let summary = try workspace.write { writer in try writer.importScenario(scenario) }
        #expect(summary.hasSettingsChanged)
        #expect(try workspace.read { try $0.scenario(of: "proches-aidants") }?.group.calendarTitle == .public)
    }

    @Test func anOlderWorkspaceGetsTheNeutralTitleAndNoHandover() throws {
        let folder = TemporaryFolder()
        try SchemaFixtures.copy(version: 2, into: folder)
        let workspace = try Workspace.open(in: folder.path)
        #expect(try workspace.read { try $0.scenario(of: "v1-group") }?.group.calendarTitle == .neutral)
        #expect(try workspace.read { try $0.handover(of: "v1-group") } == nil)
    }
}

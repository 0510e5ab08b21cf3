import EntraideService
import EntraideTestSupport
import Foundation
import OutputFiles
import PlanDocuments
import PlanningDomain
import PlanningInput
import Publication
import Testing
import WorkspaceStore

/// Answers given one at a time, replies read through the input seam, the outbox written again.
@Suite struct AnswersAndRepliesTests {
    @Test func anAnswerTakenByPhoneWinsAndSurvivesTheNextImport() throws {
        let fixture = try ServiceFixture()
        var builder = ServiceFixture.group()
        builder.answer("p02", "founding1-a", .no)
        try fixture.importScenario(builder.scenario)
        let counted = try RecordAnswer(workspace: fixture.workspace).run(
            RecordAnswer.Request(
                group: "g",
                participant: "p02",
                slot: "founding1-a",
                availability: .ifNeedBe,
                channel: "phone",
                at: ServiceFixture.later
            )
        )
        #expect(counted.availability == .ifNeedBe && counted.origin == AnswerOrigin(.recorded, detail: "phone"))
        try fixture.importScenario(builder.scenario)
        let scenario = try #require(try fixture.workspace.read { try $0.scenario(of: "g") })
        #expect(scenario.participant("p02")?.answers["founding1-a"] == .ifNeedBe)
        do {
            try RecordAnswer(workspace: fixture.workspace).run(
                RecordAnswer.Request(
                    group: "g",
                    participant: "..",
                    slot: "founding1-a",
                    availability: .yes,
                    channel: "phone",
                    at: ServiceFixture.now
                )
            )
            Issue.record("an unsafe id was accepted")
        } catch {
            #expect(error.isInputError && !error.message.contains(".."))
        }
    }

    /// The request sent to p02 about founding 1, turned into p02's reply.
    private func reply(in fixture: ServiceFixture, _ partstat: String) throws -> String {
        let entry = try #require(
            try fixture.outbox().first { $0.recipient == .participant("p02") && $0.session == .founding1 }
        )
        let message = try #require(try fixture.workspace.read { try $0.outboxMessage(entry.id) })
        return String(decoding: message.ics, as: UTF8.self)
            .replacingOccurrences(of: "METHOD:REQUEST", with: "METHOD:REPLY")
            .replacingOccurrences(of: "PARTSTAT=NEEDS-ACTION", with: "PARTSTAT=\(partstat)")
    }

    @Test func repliesAreReadThroughTheSeamAndOnlyTheAttendeeSpeaksForThemselves() throws {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group().scenario)
        _ = try fixture.publish()
        let declined = try reply(in: fixture, "DECLINED")
        let spoofed =
            "From: someone@elsewhere.example\r\nSubject: x\r\nContent-Type: text/calendar; method=REPLY\r\n\r\n"
            + declined
        let genuine = "From: \"P02\" <P02@mail.example>\r\nSubject: x\r\nContent-Type: text/calendar\r\n\r\n" + declined
        let files = MemoryFiles([
            "spoofed.eml": Array(spoofed.utf8), "genuine.eml": Array(genuine.utf8), "plain.ics": Array(declined.utf8),
        ])
        let outcome = try ImportReplies(files: files, workspace: fixture.workspace).run(["spoofed.eml", "genuine.eml"])
        #expect(outcome.outcomes.map(\.isApplied) == [false, true])
        #expect(outcome.outcomes[0].description.contains("another address than the attendee's"))
        let founding1 = try #require(
            try fixture.workspace.read { try $0.publications(of: "g") }.first { $0.kind == .founding1 }
        )
        #expect(founding1.recipients["p02"]?.reply == .declined)
        do {
            _ = try ImportReplies(files: files, workspace: fixture.workspace).run(["plain.ics", "missing.ics"])
            Issue.record("a missing file was accepted")
        } catch {
            #expect(error.isInputError && error.message.contains("missing.ics: error: no such file."))
        }
    }

    @Test func theOutboxWritesMessagesAgainUnderTheirRunNumber() throws {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group().scenario)
        _ = try fixture.publish()
        let entries = try fixture.outbox()
        let bundle = try Outbox(workspace: fixture.workspace).files(of: [entries[0].id, entries[1].id])
        #expect(
            bundle.paths.map(\.description) == [
                "0001/participants/p01/information.eml", "0001/participants/p01/information.ics",
                "0001/participants/p02/information.eml", "0001/participants/p02/information.ics",
            ]
        )
        #expect(bundle.command == "outbox write")
        #expect(throws: ServiceError.self) {
            try Outbox(workspace: fixture.workspace).files(of: [OutboxMessage.ID(999)])
        }
    }
}

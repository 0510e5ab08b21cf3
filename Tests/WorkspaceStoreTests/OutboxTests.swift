import PlanningDomain
import Testing
import WorkspaceStore

@Suite struct OutboxTests {
    private struct Interrupted: Error, Equatable {}

    private let group: Group.ID = "proches-aidants"
    private let minute = OutboxFixtures.instant("2026-11-25T09:01:00Z")

    /// A workspace with the fixture's group and a second one.
    private func workspace(_ folder: TemporaryFolder) throws -> Workspace {
        let workspace = try Workspace.create(in: folder.path)
        _ = try workspace.write { writer in
            _ = try writer.importScenario(StoreFixtures.scenario())
            return try writer.importScenario(StoreFixtures.scenario("b-group"))
        }
        return workspace
    }

    /// Records a publication of `group` with messages to `recipients`; returns the run.
    @discardableResult
    private func publish(
        _ workspace: Workspace,
        _ group: Group.ID,
        to recipients: [MessageRecipient],
        reason: String = "first publication"
    ) throws -> PublicationRun {
        try workspace.write { writer in
            try writer.recordPublication(
                group: group,
                publications: StoreFixtures.publications(),
                pinned: [.founding1: "f1-0126"],
                at: OutboxFixtures.now,
                reason: reason,
                messages: recipients.map { OutboxFixtures.draft(to: $0) }
            )
        }
    }

    private func entry(_ workspace: Workspace, _ id: Int) throws -> OutboxEntry {
        try #require(try workspace.read { try $0.outbox() }.first { $0.id == OutboxMessage.ID(id) })
    }

    @Test func aPublicationRecordsItsStateItsRunAndItsMessages() throws {
        let folder = TemporaryFolder()
        let workspace = try workspace(folder)
        let first = try publish(workspace, group, to: [.participant("p01"), .facilitator("anne")])
        let second = try publish(workspace, "b-group", to: [.participant("p02")], reason: "founding1 moved")
        let third = try publish(workspace, group, to: [], reason: "nothing changed")
        #expect([first, second, third].map(\.number.rawValue) == [1, 2, 3])
        #expect(
            second
                == PublicationRun(
                    number: .init(2),
                    group: "b-group",
                    createdAt: OutboxFixtures.now,
                    reason: "founding1 moved"
                )
        )
        #expect(try workspace.read { try $0.publicationRuns(of: group) } == [first, third])
        #expect(try workspace.read { try $0.publicationRuns(of: nil) }.count == 3)
        #expect(
            try workspace.read { try $0.publications(of: group) }
                == StoreFixtures.publications().sorted { $0.kind < $1.kind }
        )
        let entries = try workspace.read { try $0.outbox() }
        #expect(entries.map(\.id.rawValue) == [1, 2, 3])
        #expect(entries.map(\.run.rawValue) == [1, 1, 2])
        #expect(entries.allSatisfy { $0.state == .pending && $0.attempts == 0 && !$0.isErased })
        #expect(entries[1].recipient == .facilitator("anne") && entries[1].fileStem == "facilitators/anne/information")
        #expect(try workspace.read { try $0.outbox(group: "b-group") }.map(\.id.rawValue) == [3])
        let message = try #require(try workspace.read { try $0.outboxMessage(OutboxMessage.ID(1)) })
        let draft = OutboxFixtures.draft(to: .participant("p01"))
        #expect(message.ics == draft.ics && message.eml == draft.eml && message.envelope == draft.envelope)
        #expect(message.entry == entries[0])
        #expect(try workspace.read { try $0.outboxMessage(OutboxMessage.ID(99)) } == nil)
        #expect(try workspace.read { try $0.sendableMessages() }.map(\.id.rawValue) == [1, 2, 3])
    }

    @Test func deliveryStatesFollowTheAttempts() throws {
        let folder = TemporaryFolder()
        let workspace = try workspace(folder)
        try publish(workspace, group, to: [.participant("p01"), .participant("p02")])
        let one = OutboxMessage.ID(1)
        let failedAt = OutboxFixtures.instant("2026-11-25T09:01:05Z")
        try workspace.write { try $0.markSending(one, at: minute) }
        #expect(try entry(workspace, 1).state == .sending)
        #expect(try workspace.read { try $0.sendableMessages() }.map(\.id) == [OutboxMessage.ID(2)])
        try workspace.write { try $0.markFailed(one, reason: "550 5.1.1 mailbox unavailable", at: failedAt) }
        #expect(try entry(workspace, 1).state == .failed(reason: "550 5.1.1 mailbox unavailable", at: failedAt))
        // A failed message is sent again by the next send, in id order.
        #expect(try workspace.read { try $0.sendableMessages() }.map(\.id.rawValue) == [1, 2])
        try workspace.write { try $0.markSending(one, at: failedAt) }
        try workspace.write { try $0.markSent(one, answer: "250 2.0.0 Ok: queued as 4F2A", at: failedAt) }
        let sent = try entry(workspace, 1)
        #expect(sent.state == .sent(answer: "250 2.0.0 Ok: queued as 4F2A", at: failedAt))
        #expect(sent.attempts == 2 && sent.lastAttemptAt == failedAt)
        #expect(try workspace.read { try $0.outbox(states: [.sent]) }.map(\.id) == [one])
        #expect(try workspace.read { try $0.outbox(states: [.pending, .failed]) }.map(\.id.rawValue) == [2])
        #expect(try workspace.read { try $0.outbox(states: []) }.isEmpty)
        #expect(try workspace.read { try $0.sendableMessages() }.map(\.id.rawValue) == [2])
    }

    @Test(arguments: [
        (
            "markSent", "pending",
            "message 2 of the outbox is pending, so it cannot be marked sent; nothing was changed."
        ),
        (
            "markFailed", "pending",
            "message 2 of the outbox is pending, so it cannot be marked failed; nothing was changed."
        ),
        ("markSending", "sent", "message 1 of the outbox is sent, so it cannot be sent; nothing was changed."),
        ("requeue", "sending", "message 3 of the outbox is sending, so it cannot be sent again; nothing was changed."),
        ("markSending", "sending", "message 3 of the outbox is sending, so it cannot be sent; nothing was changed."),
    ])
    func aChangeTheStateDoesNotAllowIsRefused(action: String, state: String, message: String) throws {
        let folder = TemporaryFolder()
        let workspace = try workspace(folder)
        try publish(workspace, group, to: [.participant("p01"), .participant("p02"), .participant("p03")])
        try workspace.write { writer in
            try writer.markSending(OutboxMessage.ID(1), at: minute)
            try writer.markSent(OutboxMessage.ID(1), answer: "250 OK", at: minute)
            try writer.markSending(OutboxMessage.ID(3), at: minute)
        }
        let id = OutboxMessage.ID(["pending": 2, "sent": 1, "sending": 3][state] ?? 0)
        let before = try workspace.read { try $0.outbox() }
        let error = try #require(throws: WorkspaceError.self) {
            try workspace.write { writer in
                switch action {
                case "markSent": try writer.markSent(id, answer: "250 OK", at: minute)
                case "markFailed": try writer.markFailed(id, reason: "timeout", at: minute)
                case "markSending": try writer.markSending(id, at: minute)
                default: try writer.requeue([OutboxMessage.ID(2), id])
                }
            }
        }
        #expect(error.code == .deliveryState && error.isInputError)
        #expect(error.message == message)
        #expect(try workspace.read { try $0.outbox() } == before)
    }

    @Test func anUnknownMessageIsRefused() throws {
        let folder = TemporaryFolder()
        let workspace = try workspace(folder)
        let error = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.markSending(OutboxMessage.ID(7), at: minute) }
        }
        #expect(error.code == .unknownMessage)
        #expect(error.message == "there is no message 7 in the outbox; nothing was changed.")
    }

    /// A sender killed during an attempt leaves the message `sending`; the next sender marks it uncertain and
    /// does not send it again until someone asks for it.
    @Test func anInterruptedAttemptBecomesUncertainAndWaitsForARequeue() throws {
        let folder = TemporaryFolder()
        let workspace = try workspace(folder)
        try publish(workspace, group, to: [.participant("p01"), .participant("p02"), .participant("p03")])
        try workspace.write { writer in
            try writer.markSending(OutboxMessage.ID(1), at: minute)
            try writer.markSending(OutboxMessage.ID(2), at: minute)
            try writer.markFailed(OutboxMessage.ID(2), reason: "connection refused", at: minute)
            try writer.markSending(OutboxMessage.ID(3), at: minute)
        }
        // The process dies here. The next sender starts:
        let reopened = try Workspace.open(in: folder.path)
        let uncertain = try reopened.write { try $0.markInterruptedAttemptsUncertain() }
        #expect(uncertain == [OutboxMessage.ID(1), OutboxMessage.ID(3)])
        let first = try entry(reopened, 1)
        #expect(first.state == .uncertain && first.attempts == 1)
        #expect(try reopened.read { try $0.sendableMessages() }.map(\.id.rawValue) == [2])
        #expect(try reopened.write { try $0.markInterruptedAttemptsUncertain() }.isEmpty)
        // The attempt did finish after all: its outcome is recorded.
        try reopened.write { try $0.markSent(OutboxMessage.ID(3), answer: "250 OK", at: minute) }
        // Staff checked with the recipient and send message 1 again, and message 3 too.
        try reopened.write { try $0.requeue([OutboxMessage.ID(1), OutboxMessage.ID(3)]) }
        #expect(try reopened.read { try $0.sendableMessages() }.map(\.id.rawValue) == [1, 2, 3])
        let third = try entry(reopened, 3)
        #expect(third.state == .pending && third.attempts == 1)
    }

    @Test func nothingIsLostWhenATransactionThrows() throws {
        let folder = TemporaryFolder()
        let workspace = try workspace(folder)
        try publish(workspace, group, to: [.participant("p01")])
        let before = try workspace.read { try $0.exportJSON() }
        #expect(throws: Interrupted()) {
            try workspace.write { writer in
                _ = try writer.recordPublication(
                    group: group,
                    publications: [],
                    pinned: [:],
                    at: minute,
                    reason: "everything cancelled",
                    messages: [OutboxFixtures.draft(to: .participant("p02"), method: .cancel)]
                )
                try writer.markSending(OutboxMessage.ID(1), at: minute)
                throw Interrupted()
            }
        }
        #expect(try workspace.read { try $0.exportJSON() } == before)
        #expect(try workspace.read { try $0.sendableMessages() }.map(\.id.rawValue) == [1])
        // The run numbers and message ids that were rolled back are not skipped: the next run is 2.
        let next = try publish(workspace, group, to: [.participant("p02")])
        #expect(next.number.rawValue == 2)
        #expect(try workspace.read { try $0.outbox() }.map(\.id.rawValue) == [1, 2])
    }

    @Test(arguments: [
        (MessageRecipient.participant("p09"), "participants/p09/information", WorkspaceError.Code.unknownParticipant),
        (.participant("p03"), "participants/p03/information", .unknownParticipant),
        (.facilitator("lucie"), "facilitators/lucie/information", .unknownFacilitator),
        (.participant("Jean Dupont"), "participants/p01/information", .invalidIdentifier),
        (.participant("p01"), "../p01/information", .invalidIdentifier),
        (.participant("p01"), "participants//information", .invalidIdentifier),
        (.participant("p01"), "/etc/information", .invalidIdentifier),
    ])
    func recipientsAndFileStemsAreChecked(recipient: MessageRecipient, stem: String, code: WorkspaceError.Code) throws {
        let folder = TemporaryFolder()
        let workspace = try workspace(folder)
        _ = try workspace.write { try $0.forget("p03", in: group) }
        var draft = OutboxFixtures.draft(to: recipient)
        draft.fileStem = stem
        let error = try #require(throws: WorkspaceError.self) {
            try workspace.write { writer in
                try writer.recordPublication(
                    group: group,
                    publications: StoreFixtures.publications(),
                    pinned: [:],
                    at: minute,
                    reason: "",
                    messages: [OutboxFixtures.draft(to: .participant("p01")), draft]
                )
            }
        }
        #expect(error.code == code && error.isInputError)
        #expect(!error.message.contains("Dupont"))
        #expect(try workspace.read { try $0.outbox() }.isEmpty)
        #expect(try workspace.read { try $0.publications(of: group) }.isEmpty)
    }
}

import Foundation
import PlanningDomain
import Testing

@testable import WorkspaceStore

/// The recruitment records: registrations with source, consent and waiting list; the intake record; intake
/// interviews booked atomically; the public text; the once-only quorum notice.
@Suite struct RecruitmentStoreTests {
    static let group: Group.ID = "proches-aidants"
    static let now = Instant(iso8601: "2026-12-01T09:00:00Z") ?? .earliest

    static func workspace(in folder: TemporaryFolder? = nil) throws -> Workspace {
        let workspace = try folder.map { try Workspace.create(in: $0.path) } ?? Workspace.inMemory()
        _ = try workspace.write { try $0.importScenario(StoreFixtures.scenario(), answers: nil, at: now) }
        return workspace
    }

    static func register(
        _ number: Int,
        in workspace: Workspace,
        source: RegistrationSource = .flyer
    ) throws
        -> StoredRegistration
    {
        let at = now.adding(seconds: Int64(number) * 3600) ?? now
        var person = StoreFixtures.participant(number, answers: [:])
        person.isInitiator = false
        return try workspace.write {
            try $0.addRegistration(person, phone: nil, source: source, at: at, consentVersion: "2026-12", to: group)
        }
    }

    static func offered(_ id: String, staff: Facilitator.ID = "anne") -> IntakeBookingRecord {
        IntakeBookingRecord(
            id: id,
            group: group,
            staff: staff,
            status: .offered,
            initiatorName: "Initiatrice",
            initiatorEmail: "init@example.example",
            initiatorLanguage: "fr"
        )
    }

    static func slot(_ record: IntakeBookingRecord, hour: Int) -> IntakeBookingRecord {
        var booked = record
        booked.start = LocalDate(year: 2026, month: 12, day: 8)?.atMinute(hour * 60)
        booked.end = booked.start?.adding(minutes: 60)
        let startUTC = Int64(LocalDate(year: 2026, month: 12, day: 8)?.dayNumber ?? 0) * 86_400 + Int64(hour - 1) * 3600
        booked.startInstant = Instant(secondsSince1970: startUTC)
        booked.endInstant = Instant(secondsSince1970: startUTC + 3600)
        booked.mode = .centre
        return booked
    }

    @Test func beyondTheMaximumPeopleWaitInOrderAndMoveUpWhenAPlaceFrees() throws {
        let workspace = try Self.workspace()
        // The scenario has six participants and a maximum of ten: four more are placed, then the list starts.
        let ranks = try (7...12).map { try Self.register($0, in: workspace).waitingRank }
        #expect(ranks == [nil, nil, nil, nil, 1, 2])
        try workspace.write { try $0.withdrawRegistration("p08", in: Self.group, at: Self.now) }
        let stored = try workspace.read { try $0.registrations(of: Self.group) }
        #expect(stored.map(\.registration.participant) == ["p07", "p08", "p09", "p10", "p11", "p12"])
        #expect(stored.map(\.waitingRank) == [nil, nil, nil, nil, nil, 1])
        #expect(stored[1].registration.withdrawnAt == Self.now)
        #expect(stored.allSatisfy { $0.consentVersion == "2026-12" && $0.registration.source == .flyer })
    }

    @Test func aWaitingPersonWhoLeavesMovesTheOthersUp() throws {
        let workspace = try Self.workspace()
        for number in 7...13 { _ = try Self.register(number, in: workspace, source: .mail) }
        try workspace.write { try $0.withdrawRegistration("p11", in: Self.group, at: Self.now) }
        let ranks = try workspace.read { try $0.registrations(of: Self.group) }.map(\.waitingRank)
        #expect(ranks == [nil, nil, nil, nil, nil, 1, 2])
    }

    @Test func thePublicTextAndTheIntakeRecordAreKeptWithTheGroup() throws {
        let workspace = try Self.workspace()
        #expect(try workspace.read { try $0.publicDescription(of: Self.group) }.description == PublicDescription())
        let text = PublicDescription(text: "Un groupe pour souffler.", audience: "Proches aidants")
        try workspace.write { try $0.setPublicDescription(text, staffInCharge: "anne", of: Self.group) }
        let stored = try workspace.read { try $0.publicDescription(of: Self.group) }
        #expect(stored.description == text && stored.staffInCharge == "anne")
        let record = IntakeRecord(
            group: Self.group,
            region: "Lausanne",
            need: "Partager",
            theme: "proches aidants de personnes âgées",
            memberProfile: "adultes",
            groupType: .talkingGroup,
            initiatorRole: "proche",
            motivation: "Ne plus être seule"
        )
        try workspace.write { try $0.recordIntake(record, at: Self.now) }
        let kept = try #require(try workspace.read { try $0.intakeRecord(of: Self.group) })
        #expect(kept == record)
        #expect(kept.draftTitle == "Proches aidants de personnes âgées – Lausanne")
    }

    @Test func bookingMovingAndCancellingCountTheSequence() throws {
        let workspace = try Self.workspace()
        let offer = Self.offered("i1")
        try workspace.write { try $0.offerIntake(offer, link: Self.digest(1), at: Self.now) }
        #expect(try workspace.read { try $0.intakeBooking(link: Self.digest(1)) }?.status == .offered)
        let booked = try workspace.write { try $0.bookIntake(Self.slot(offer, hour: 10), at: Self.now) }
        #expect(booked.status == .booked && booked.sequence == 0)
        let moved = try workspace.write { try $0.bookIntake(Self.slot(booked, hour: 14), at: Self.now) }
        #expect(moved.sequence == 1 && moved.start?.description == "2026-12-08T14:00")
        let cancelled = try workspace.write { try $0.cancelIntake("i1", at: Self.now) }
        #expect(cancelled.status == .cancelled && cancelled.sequence == 2)
        #expect(try workspace.read { try $0.bookedIntakes(of: "anne") }.isEmpty)
        let again = #expect(throws: WorkspaceError.self) {
            try workspace.write { try $0.cancelIntake("i1", at: Self.now) }
        }
        #expect(again?.code == .unknownInterview)
    }

    @Test func aSlotBookedByAnotherInterviewIsRefusedAndAFreedOneCanBeBooked() throws {
        let workspace = try Self.workspace()
        for id in ["i1", "i2"] {
            try workspace.write {
                try $0.offerIntake(Self.offered(id), link: Self.digest(id == "i1" ? 1 : 2), at: Self.now)
            }
        }
        try workspace.write { _ = try $0.bookIntake(Self.slot(Self.offered("i1"), hour: 10), at: Self.now) }
        let error = #expect(throws: WorkspaceError.self) {
            try workspace.write { _ = try $0.bookIntake(Self.slot(Self.offered("i2"), hour: 10), at: Self.now) }
        }
        #expect(error?.code == .slotTaken)
        #expect(try workspace.read { try $0.intakeBooking("i2") }?.status == .offered)
        try workspace.write { _ = try $0.cancelIntake("i1", at: Self.now) }
        let second = try workspace.write { try $0.bookIntake(Self.slot(Self.offered("i2"), hour: 10), at: Self.now) }
        #expect(second.status == .booked)
    }

    @Test func twoBookingsOfTheSameSlotFromTwoConnectionsAtOnceLeaveExactlyOneWinner() async throws {
        let folder = TemporaryFolder()
        let first = try Self.workspace(in: folder)
        for id in ["i1", "i2"] {
            try first.write {
                try $0.offerIntake(Self.offered(id), link: Self.digest(id == "i1" ? 1 : 2), at: Self.now)
            }
        }
        let second = try Workspace.open(in: folder.path)
        let outcomes = await withTaskGroup(of: String.self) { tasks in
            for (workspace, id) in [(first, "i1"), (second, "i2")] {
                tasks.addTask {
                    do {
                        _ = try workspace.write {
                            try $0.bookIntake(Self.slot(Self.offered(id), hour: 10), at: Self.now)
                        }
                        return "booked"
                    } catch let error as WorkspaceError {
                        return error.code.rawValue
                    } catch {
                        return "other"
                    }
                }
            }
            return await tasks.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.sorted() == ["booked", "slot-taken"])
        #expect(try first.read { try $0.bookedIntakes(of: "anne") }.count == 1)
    }

    @Test func theQuorumNoticeIsQueuedOncePerGroup() throws {
        let workspace = try Self.workspace()
        let queue = { (kind: RecruitmentMessage.Kind) in
            try workspace.write {
                try $0.queueRecruitmentMessage(
                    kind,
                    group: Self.group,
                    interview: nil,
                    recipient: .staff("anne"),
                    sequence: 0,
                    body: Array("quorum".utf8),
                    mail: RecruitmentMessage.Mail(
                        bytes: Array("mail".utf8),
                        from: "centre@x.example",
                        to: "a@x.example"
                    ),
                    at: Self.now
                )
            }
        }
        #expect(try queue(.quorumReachable))
        #expect(try queue(.quorumReachable) == false)
        let messages = try workspace.read { try $0.recruitmentMessages() }
        #expect(messages.map(\.kind) == [.quorumReachable])
        #expect(messages.first?.recipient == .staff("anne") && messages.first?.state == "pending")
        #expect(messages.first?.mail?.to == "a@x.example" && messages.first?.mail?.bytes == Array("mail".utf8))
    }

    @Test func aRecruitmentMessageIsSentOnlyFromSendingAndUncertainAfterAKill() throws {
        let workspace = try Self.workspace()
        _ = try workspace.write {
            try $0.queueRecruitmentMessage(
                .intakeRequest,
                group: nil,
                interview: nil,
                recipient: .staff("anne"),
                sequence: 0,
                body: Array("ics".utf8),
                mail: RecruitmentMessage.Mail(bytes: Array("mail".utf8), from: "centre@x.example", to: "a@x.example"),
                at: Self.now
            )
        }
        let id = try #require(try workspace.read { try $0.recruitmentMessages() }.first?.id)
        #expect(throws: WorkspaceError.self) {
            try workspace.write { try $0.markRecruitmentMessageSent(id, answer: "250", at: Self.now) }
        }
        try workspace.write { try $0.markRecruitmentMessageSending(id, at: Self.now) }
        #expect(try workspace.write { try $0.markInterruptedRecruitmentMessagesUncertain() } == 1)
        #expect(try workspace.read { try $0.recruitmentMessages(states: [.pending, .failed]) }.isEmpty)
        try workspace.write { try $0.markRecruitmentMessageSent(id, answer: "250 ok", at: Self.now) }
        let sent = try #require(try workspace.read { try $0.recruitmentMessages(states: [.sent]) }.first)
        #expect(sent.delivery == .sent(answer: "250 ok", at: Self.now) && sent.attempts == 1)
        try workspace.write { try $0.requeueRecruitmentMessage(id) }
        #expect(try workspace.read { try $0.recruitmentMessages(states: [.pending]) }.map(\.id) == [id])
    }

    static func digest(_ byte: UInt8) -> SecretDigest {
        guard let digest = SecretDigest([UInt8](repeating: byte, count: 32)) else {
            preconditionFailure("32 bytes make a digest")
        }
        return digest
    }
}

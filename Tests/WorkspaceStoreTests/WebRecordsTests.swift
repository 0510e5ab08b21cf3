import Foundation
import PlanningDomain
import Testing

@testable import WorkspaceStore

/// Schema 6's records, as the web server uses them: links by digest, sessions, attempts, staff accounts,
/// registrations and candidates added one by one, poll settings, link e-mails, answers through links.
@Suite struct WebRecordsTests {
    let workspace: Workspace
    static let now = Instant(iso8601: "2026-11-25T09:00:00Z") ?? .earliest

    init() throws {
        workspace = try Workspace.inMemory()
        _ = try workspace.write { try $0.importScenario(StoreFixtures.scenario(), answers: nil, at: Self.now) }
    }

    static func digest(_ byte: UInt8) -> SecretDigest {
        guard let digest = SecretDigest([UInt8](repeating: byte, count: 32)) else {
            preconditionFailure("32 bytes make a digest")
        }
        return digest
    }

    @Test func aNewLinkRevokesTheParticipantsEarlierOnes() throws {
        try workspace.write { try $0.issueLink(Self.digest(1), for: "p01", in: "proches-aidants", at: Self.now) }
        let later = Self.now.adding(seconds: 60) ?? Self.now
        try workspace.write { try $0.issueLink(Self.digest(2), for: "p01", in: "proches-aidants", at: later) }
        let first = try #require(try workspace.read { try $0.linkOwner(Self.digest(1)) })
        let second = try #require(try workspace.read { try $0.linkOwner(Self.digest(2)) })
        #expect(first.revokedAt == later)
        #expect(second.revokedAt == nil)
        #expect(second.participant == "p01" && second.isParticipantActive)
        #expect(try workspace.read { try $0.linkOwner(Self.digest(3)) } == nil)
        #expect(try workspace.read { try $0.linkStates(of: "proches-aidants") } == ["p01": .active(issuedAt: later)])
        #expect(try workspace.write { try $0.revokeLinks(of: "p01", in: "proches-aidants", at: later) } == 1)
        #expect(try workspace.read { try $0.linkStates(of: "proches-aidants") } == ["p01": .revoked(at: later)])
        #expect(throws: WorkspaceError.self) {
            try workspace.write { try $0.issueLink(Self.digest(4), for: "p99", in: "proches-aidants", at: Self.now) }
        }
    }

    @Test func aLinkIssuedForAnEmailRevokesTheOthersOnlyWhenAskedTo() throws {
        try workspace.write { try $0.issueLink(Self.digest(1), for: "p01", in: "proches-aidants", at: Self.now) }
        try workspace.write {
            try $0.issueLink(Self.digest(2), for: "p01", in: "proches-aidants", at: Self.now, revokingEarlier: false)
        }
        #expect(try workspace.read { try $0.linkOwner(Self.digest(1)) }?.revokedAt == nil)
        #expect(try workspace.write { try $0.revokeLink(Self.digest(2), at: Self.now) })
        #expect(try workspace.write { try $0.revokeLink(Self.digest(2), at: Self.now) } == false)
        try workspace.write {
            try $0.issueLink(Self.digest(3), for: "p01", in: "proches-aidants", at: Self.now, revokingEarlier: false)
        }
        let revoked = try workspace.write {
            try $0.revokeLinks(of: "p01", in: "proches-aidants", at: Self.now, except: Self.digest(3))
        }
        #expect(revoked == 1)
        #expect(try workspace.read { try $0.linkOwner(Self.digest(1)) }?.revokedAt == Self.now)
        #expect(try workspace.read { try $0.linkOwner(Self.digest(3)) }?.revokedAt == nil)
    }

    @Test func withdrawingRevokesLinksAndKeepsThePerson() throws {
        try workspace.write { try $0.issueLink(Self.digest(1), for: "p02", in: "proches-aidants", at: Self.now) }
        try workspace.write { try $0.withdrawParticipant("p02", in: "proches-aidants", at: Self.now) }
        let owner = try #require(try workspace.read { try $0.linkOwner(Self.digest(1)) })
        #expect(!owner.isParticipantActive)
        #expect(owner.revokedAt == Self.now)
        #expect(try workspace.read { try $0.withdrawnParticipants(of: "proches-aidants") }.map(\.id) == ["p02"])
        let error = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.withdrawParticipant("p02", in: "proches-aidants", at: Self.now) }
        }
        #expect(error.code == .inactiveParticipant)
    }

    @Test func attemptsCountWithinTheirWindowAndStartAgainAfter() throws {
        let later = Self.now.adding(seconds: 899) ?? Self.now
        let after = Self.now.adding(seconds: 900) ?? Self.now
        #expect(try workspace.write { try $0.countAttempt(in: "client:x", at: Self.now, window: 900) } == 1)
        #expect(try workspace.write { try $0.countAttempt(in: "client:x", at: later, window: 900) } == 2)
        #expect(try workspace.read { try $0.attempts(in: "client:x", at: later, window: 900) } == 2)
        #expect(try workspace.read { try $0.attempts(in: "client:x", at: after, window: 900) } == 0)
        #expect(try workspace.write { try $0.countAttempt(in: "client:x", at: after, window: 900) } == 1)
        try workspace.write { try $0.clearAttempts(in: "client:x") }
        #expect(try workspace.read { try $0.attempts(in: "client:x", at: after, window: 900) } == 0)
    }

    @Test func sessionsExpireAndAreDeleted() throws {
        let key = Self.digest(7)
        let later = Self.now.adding(seconds: 3600) ?? Self.now
        try workspace.write { try $0.storeWebSession(key, value: [1, 2], expiresAt: later) }
        #expect(try workspace.read { try $0.webSession(key, at: Self.now) }?.value == [1, 2])
        try workspace.write { try $0.storeWebSession(key, value: [3], expiresAt: nil) }
        #expect(try workspace.read { try $0.webSession(key, at: Self.now) }?.expiresAt == later)
        #expect(try workspace.read { try $0.webSession(key, at: later) } == nil)
        #expect(try workspace.write { try $0.removeExpiredWebSessions(at: later) } == 1)
        #expect(try workspace.write { try $0.hasWebSession(key) } == false)
    }

    @Test func staffAccountsHaveUniqueValidNames() throws {
        try workspace.write { try $0.addStaff(name: "anne", passwordHash: "$2b$04$x", at: Self.now) }
        #expect(try workspace.read { try $0.staffPasswordHash("anne") } == "$2b$04$x")
        #expect(throws: WorkspaceError.self) {
            try workspace.write { try $0.addStaff(name: "anne", passwordHash: "$2b$04$y", at: Self.now) }
        }
        #expect(throws: WorkspaceError.self) {
            try workspace.write { try $0.addStaff(name: "../anne", passwordHash: "$2b$04$y", at: Self.now) }
        }
        let unknown = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.setStaffPassword(name: "paul", passwordHash: "h", at: Self.now) }
        }
        #expect(unknown.code == .unknownStaff)
        #expect(try workspace.write { try $0.removeStaff(name: "anne") })
        #expect(try workspace.read { try $0.staffNames() }.isEmpty)
    }

    @Test func registrationsAddedOnThePageComeAfterTheOthersWithTheirPhone() throws {
        var person = StoreFixtures.participant(99)
        person.answers = ["info-0112": .yes]
        try workspace.write { try $0.addParticipant(person, phone: "079 000 00 00", to: "proches-aidants") }
        let scenario = try #require(try workspace.read { try $0.scenario(of: "proches-aidants") })
        #expect(scenario.participants.last?.id == person.id)
        #expect(scenario.participants.last?.answers.isEmpty == true)
        #expect(try workspace.read { try $0.phones(of: "proches-aidants") } == [person.id: "079 000 00 00"])
        let duplicate = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.addParticipant(person, phone: nil, to: "proches-aidants") }
        }
        #expect(duplicate.code == .duplicateID)
        person.name = "Nouveau Nom"
        try workspace.write { try $0.updateParticipant(person, phone: nil, in: "proches-aidants") }
        #expect(
            try workspace.read { try $0.scenario(of: "proches-aidants") }?.participant(person.id)?.name == "Nouveau Nom"
        )
        #expect(try workspace.read { try $0.phones(of: "proches-aidants") }.isEmpty)
    }

    @Test func candidatesAddedOnThePageUseTheGroupsRoomsAndStaff() throws {
        let slot = CandidateSlot(
            id: "info-0301",
            kind: .information,
            start: StoreFixtures.start(2027, 3, 1, 18, 30),
            durationMinutes: 90,
            venue: "cite",
            facilitator: "marc"
        )
        try workspace.write { try $0.addCandidates([slot], to: "proches-aidants") }
        #expect(try workspace.read { try $0.scenario(of: "proches-aidants") }?.candidates.last == slot)
        var elsewhere = slot
        elsewhere = CandidateSlot(
            id: "info-0302",
            kind: .information,
            start: slot.start,
            durationMinutes: 90,
            venue: "nowhere",
            facilitator: "marc"
        )
        #expect(
            try #require(throws: WorkspaceError.self) {
                try workspace.write { try $0.addCandidates([elsewhere], to: "proches-aidants") }
            }.code == .unknownVenue
        )
        #expect(
            try #require(throws: WorkspaceError.self) {
                try workspace.write { try $0.addCandidates([slot], to: "proches-aidants") }
            }.code == .duplicateID
        )
    }

    @Test func pollSettingsStartStandard() throws {
        #expect(try workspace.read { try $0.pollSettings(of: "proches-aidants") } == .standard)
        let closed = PollSettings(isOpen: false, showsTitle: true, showsCounts: false)
        try workspace.write { try $0.setPollSettings(closed, of: "proches-aidants") }
        #expect(try workspace.read { try $0.pollSettings(of: "proches-aidants") } == closed)
    }

    @Test func linkMessagesFollowTheOutboxStates() throws {
        let id = try workspace.write { try $0.queueLinkMessage(to: "p03", in: "proches-aidants", at: Self.now) }
        try workspace.write { try $0.markLinkMessageSending(id, at: Self.now) }
        #expect(throws: WorkspaceError.self) { try workspace.write { try $0.markLinkMessageSending(id, at: Self.now) } }
        #expect(try workspace.write { try $0.markInterruptedLinkMessagesUncertain() } == 1)
        try workspace.write { try $0.markLinkMessageSent(id, answer: "250 ok", at: Self.now) }
        #expect(
            try workspace.read { try $0.linkMessages(group: nil, states: nil) }.map(\.state) == [
                .sent(answer: "250 ok", at: Self.now)
            ]
        )
        try workspace.write { try $0.requeueLinkMessage(id) }
        #expect(try workspace.read { try $0.linkMessages(group: "proches-aidants", states: [.pending]) }.count == 1)
    }

    @Test func answersThroughLinksAreCheckedOneRequestAtATime() throws {
        try workspace.write { try $0.issueLink(Self.digest(1), for: "p01", in: "proches-aidants", at: Self.now) }
        let outcomes = try workspace.write { writer in
            try writer.recordLinkAnswers(
                [
                    (Self.digest(1), ["info-0112": .no, "f1-0126": .ifNeedBe], Self.now),
                    (Self.digest(9), ["info-0112": .no], Self.now),
                    (Self.digest(1), ["nothing": .no], Self.now),
                ],
                channel: "web"
            )
        }
        #expect(
            outcomes == [.recorded(group: "proches-aidants", participant: "p01", count: 2), .invalidLink, .unknownDate]
        )
        let given = try workspace.read { try $0.givenAnswers(of: "proches-aidants") }["p01"]?["info-0112"]
        #expect(given?.first == GivenAnswer(.no, origin: AnswerOrigin(.recorded, detail: "web"), givenAt: Self.now))
        #expect(
            try workspace.read { try $0.answerCounts(of: "proches-aidants") }[AnswerOrigin(.recorded, detail: "web")]
                == 2
        )
        try workspace.write {
            try $0.setPollSettings(
                PollSettings(isOpen: false, showsTitle: false, showsCounts: false),
                of: "proches-aidants"
            )
        }
        #expect(
            try workspace.write {
                try $0.recordLinkAnswers([(Self.digest(1), ["info-0112": .yes], Self.now)], channel: "web")
            } == [.closed]
        )
    }

    @Test func anUploadedSourceReplacesOnlyItsOwnAnswers() throws {
        _ = try workspace.write {
            try $0.recordAnswer(
                group: "proches-aidants",
                participant: "p01",
                slot: "info-0112",
                availability: .yes,
                channel: "phone",
                at: Self.now
            )
        }
        let poll = AnswerLayer(
            origin: AnswerOrigin(.poll, detail: "sondage.csv"),
            answers: ["p01": ["info-0112": .no], "p02": ["info-0116": .ifNeedBe]]
        )
        #expect(
            try workspace.write { try $0.replaceAnswers(of: poll, covering: nil, in: "proches-aidants", at: Self.now) }
                == 2
        )
        #expect(
            try workspace.write { try $0.replaceAnswers(of: poll, covering: nil, in: "proches-aidants", at: Self.now) }
                == 0
        )
        let smaller = AnswerLayer(origin: poll.origin, answers: ["p02": ["info-0116": .ifNeedBe]])
        #expect(
            try workspace.write {
                try $0.replaceAnswers(of: smaller, covering: nil, in: "proches-aidants", at: Self.now)
            } == 1
        )
        let p01 = try workspace.read { try $0.givenAnswers(of: "proches-aidants") }["p01"]?["info-0112"] ?? []
        #expect(p01.contains { $0.origin == AnswerOrigin(.recorded, detail: "phone") })
        #expect(!p01.contains { $0.origin.kind == .poll })
        #expect(try workspace.read { try $0.nextPollOrder(of: "proches-aidants") } == 1)
    }

    @Test func forgettingErasesTheWebRecordsOfThePerson() throws {
        var person = StoreFixtures.participant(1)
        person.answers = [:]
        try workspace.write { try $0.updateParticipant(person, phone: "079 111 11 11", in: "proches-aidants") }
        try workspace.write { try $0.issueLink(Self.digest(1), for: "p01", in: "proches-aidants", at: Self.now) }
        _ = try workspace.write { try $0.queueLinkMessage(to: "p01", in: "proches-aidants", at: Self.now) }
        _ = try workspace.write { try $0.forget("p01", in: "proches-aidants") }
        #expect(try workspace.read { try $0.phones(of: "proches-aidants") }.isEmpty)
        #expect(try workspace.read { try $0.linkOwner(Self.digest(1)) } == nil)
        #expect(try workspace.read { try $0.linkMessages(group: nil, states: nil) }.isEmpty)
    }

    @Test func theServerKeyIsStoredOnce() throws {
        let first = try workspace.write { try $0.serverKey(storingIfMissing: [1, 2, 3]) }
        let second = try workspace.write { try $0.serverKey(storingIfMissing: [4, 5, 6]) }
        #expect(first == [1, 2, 3])
        #expect(second == [1, 2, 3])
    }
}

import Calendaring
import PlanDocuments
import PlanningDomain
import Publication
import Testing

/// Data shared by the reply, status and handover tests.
enum ReplyTestData {
    static func dateTime(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> LocalDateTime {
        guard let date = LocalDate(year: year, month: month, day: day), let time = LocalTime(hour: hour, minute: minute)
        else { preconditionFailure("bad test date") }
        return LocalDateTime(date: date, time: time)
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        guard let date = LocalDate(year: year, month: month, day: day) else { preconditionFailure("bad test date") }
        return date
    }

    /// p01…p0n, named and addressed so that a leak is easy to spot.
    static func participants(_ count: Int, language: Language = .french) -> [Participant] {
        (1...count).map { index in
            Participant(
                id: .init("p0\(index)"),
                name: "Secret Name \(index)",
                email: "secret\(index)@mail.example",
                language: language,
                answers: [:]
            )
        }
    }

    static func uid(_ kind: SessionKind) -> String { "\(kind.rawValue).g@example.org" }

    /// A session published at `sequence` to `recipients` (all holding `sequence`).
    static func publication(
        _ kind: SessionKind,
        sequence: Int = 0,
        recipients: [String: RecipientCopy] = [:]
    ) -> SessionPublication {
        SessionPublication(
            kind: kind,
            uid: uid(kind),
            sequence: sequence,
            slot: .init("\(kind.rawValue)-a"),
            start: dateTime(2027, 1, 26, 18, 30),
            end: dateTime(2027, 1, 26, 20, 30),
            venue: "big",
            recipients: Dictionary(uniqueKeysWithValues: recipients.map { (Participant.ID($0.key), $0.value) })
        )
    }

    static func reply(
        _ kind: SessionKind,
        _ email: String,
        _ status: RecipientCopy.Reply,
        sequence: Int = 0,
        recurrenceID: Int64? = nil
    ) -> CalendarReply {
        CalendarReply(
            uid: uid(kind),
            sequence: sequence,
            attendeeEmail: email,
            status: status,
            recurrenceID: recurrenceID
        )
    }
}

/// The rules of ``ReplyApplication``, one test each.
@Suite struct ReplyApplicationTests {
    typealias D = ReplyTestData

    let participants = D.participants(3)
    let state = [
        D.publication(
            .founding1,
            sequence: 1,
            recipients: ["p01": RecipientCopy(sequence: 1), "p02": RecipientCopy(sequence: 1)]
        ),
        D.publication(.founding2, recipients: ["p01": RecipientCopy(sequence: 0)]),
    ]

    func apply(_ replies: [CalendarReply]) -> (publications: [SessionPublication], outcomes: [ReplyOutcome]) {
        ReplyApplication.apply(replies, to: state, participants: participants)
    }

    @Test("A reply at the copy's SEQUENCE from a participant holding it is recorded")
    func applied() {
        let (publications, outcomes) = apply([D.reply(.founding1, "secret2@mail.example", .declined, sequence: 1)])
        #expect(publications[0].recipients["p02"]?.reply == .declined)
        #expect(publications[0].recipients["p01"]?.reply == nil)
        #expect(publications[1] == state[1])
        #expect(outcomes.map(\.description) == ["founding1: p02 declined, sequence 1."])
        #expect(outcomes.first?.isApplied == true)
    }

    @Test("Addresses match without case, spaces or mailto:")
    func addressMatching() {
        let (publications, _) = apply([D.reply(.founding2, " MAILTO:Secret1@Mail.Example ", .accepted)])
        #expect(publications[1].recipients["p01"]?.reply == .accepted)
    }

    @Test("A later reply to the same version replaces the earlier one, and says what it replaced")
    func laterReplyWins() {
        let (publications, outcomes) = apply([
            D.reply(.founding2, "secret1@mail.example", .tentative),
            D.reply(.founding2, "secret1@mail.example", .accepted),
        ])
        #expect(publications[1].recipients["p01"]?.reply == .accepted)
        #expect(outcomes.last?.result == .applied(.accepted, previous: .tentative))
        #expect(outcomes.last?.description == "founding2: p01 accepted (was tentatively accepted), sequence 0.")
    }

    @Test("A lower SEQUENCE answers an older version: reported and ignored")
    func outdated() {
        let (publications, outcomes) = apply([D.reply(.founding1, "secret1@mail.example", .accepted, sequence: 0)])
        #expect(publications == state)
        #expect(outcomes.first?.result == .ignored(.outdated(current: 1)))
        #expect(
            outcomes.first?.description
                == "founding1: the reply of p01 is ignored: it answers sequence 0, an older version; they were sent "
                + "sequence 1 since."
        )
    }

    @Test("A higher SEQUENCE was never sent: reported and ignored")
    func unknownVersion() {
        let (publications, outcomes) = apply([D.reply(.founding1, "secret1@mail.example", .accepted, sequence: 4)])
        #expect(publications == state)
        #expect(outcomes.first?.result == .ignored(.unknownVersion(current: 1)))
        #expect(
            outcomes.first?.description
                == "founding1: the reply of p01 is ignored: it answers sequence 4, which was never sent; the latest "
                + "they were sent is 1."
        )
    }

    @Test("An unknown UID is reported by its UID, with the participant's id when the address is known")
    func unknownEvent() {
        let reply = CalendarReply(
            uid: "x@elsewhere.example",
            sequence: 0,
            attendeeEmail: "secret3@mail.example",
            status: .accepted
        )
        let (publications, outcomes) = apply([reply])
        #expect(publications == state)
        #expect(outcomes.first?.recipient == .participant("p03"))
        #expect(
            outcomes.first?.description
                == "'x@elsewhere.example': the reply of p03 is ignored: no session was published with this UID."
        )
    }

    @Test("An address that is no participant's is reported without the address")
    func unknownAttendee() {
        let (publications, outcomes) = apply([D.reply(.founding1, "stranger@mail.example", .accepted, sequence: 1)])
        #expect(publications == state)
        #expect(outcomes.first?.recipient == nil)
        #expect(
            outcomes.first?.description
                == "founding1: the reply of an attendee is ignored: its address is neither a participant's nor a facilitator's."
        )
    }

    @Test("A participant who was never sent the session")
    func noCopy() {
        let (_, outcomes) = apply([D.reply(.founding1, "secret3@mail.example", .accepted, sequence: 1)])
        #expect(outcomes.first?.result == .ignored(.noCopy))
        #expect(
            outcomes.first?.description == "founding1: the reply of p03 is ignored: they were never sent this session."
        )
    }

    @Test("A cancelled copy and a cancelled session take no answer")
    func cancelled() {
        var state = self.state
        state[0].recipients["p02"]?.isCancelled = true
        state[1].isCancelled = true
        let (publications, outcomes) = ReplyApplication.apply(
            [
                D.reply(.founding1, "secret2@mail.example", .accepted, sequence: 1),
                D.reply(.founding2, "secret1@mail.example", .accepted),
            ],
            to: state,
            participants: participants
        )
        #expect(publications == state)
        #expect(outcomes.map(\.result) == [.ignored(.cancelledCopy), .ignored(.cancelledSession)])
    }

    @Test("A reply about one occurrence is not a session's answer")
    func oneOccurrence() {
        let (publications, outcomes) = apply([
            D.reply(.founding2, "secret1@mail.example", .declined, recurrenceID: 1_800_000_000)
        ])
        #expect(publications == state)
        #expect(outcomes.first?.result == .ignored(.oneOccurrence))
    }

    @Test("An address two participants holding the session share cannot be attributed")
    func sharedAddress() {
        var participants = self.participants
        participants[1].email = "SECRET1@mail.example"
        let (publications, outcomes) = ReplyApplication.apply(
            [
                D.reply(.founding1, "secret1@mail.example", .accepted, sequence: 1),
                D.reply(.founding2, "secret1@mail.example", .accepted),
            ],
            to: state,
            participants: participants
        )
        #expect(outcomes.map(\.result) == [.ignored(.ambiguousAttendee), .applied(.accepted, previous: nil)])
        #expect(outcomes.first?.recipient == nil)
        // Only p01 holds founding 2, so the shared address is theirs there.
        #expect(publications[1].recipients["p01"]?.reply == .accepted)
    }

    @Test("The report never names people or addresses, and keeps the replies' order")
    func discretion() {
        let replies = [
            D.reply(.founding1, "secret2@mail.example", .declined, sequence: 1),
            D.reply(.founding1, "stranger@mail.example", .accepted, sequence: 1),
            D.reply(.founding2, "secret1@mail.example", .accepted, sequence: 3),
        ]
        let (_, outcomes) = apply(replies)
        #expect(outcomes.count == replies.count)
        for line in outcomes.map(\.description) {
            #expect(!line.contains("@mail.example") && !line.contains("Secret") && !line.contains("stranger"))
        }
    }
}

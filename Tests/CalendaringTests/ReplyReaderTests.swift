import Calendaring
import PlanningDomain
import Testing

/// What a well-formed reply gives.
@Suite struct ReplyReaderTests {
    typealias F = ReplyFixtures

    @Test("Each answer maps to its reply, the address lower-cased without mailto:")
    func answers() throws {
        for (partstat, status) in [
            ("ACCEPTED", RecipientCopy.Reply.accepted), ("TENTATIVE", .tentative), ("DECLINED", .declined),
        ] {
            let replies = try F.read(
                F.reply(["SEQUENCE:3", "ATTENDEE;PARTSTAT=\(partstat):MAILTO: Zoe.Muller@Example.CH"])
            )
            #expect(
                replies == [
                    CalendarReply(
                        uid: "founding1.groupe@entraide-vd.example",
                        sequence: 3,
                        attendeeEmail: "zoe.muller@example.ch",
                        status: status
                    )
                ]
            )
        }
    }

    @Test("No SEQUENCE reads as 0; each ATTENDEE and each VEVENT gives a reply, in file order")
    func severalReplies() throws {
        let bytes = F.file(
            F.event([
                "ATTENDEE;PARTSTAT=DECLINED:mailto:a@example.ch", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:b@example.ch",
            ])
                + F.event(
                    ["SEQUENCE:1", "ATTENDEE;PARTSTAT=TENTATIVE:mailto:a@example.ch"],
                    uid: "review.groupe@x.example"
                )
        )
        let replies = try F.read(bytes)
        #expect(replies.map(\.attendeeEmail) == ["a@example.ch", "b@example.ch", "a@example.ch"])
        #expect(replies.map(\.sequence) == [0, 0, 1])
        #expect(replies.map(\.status) == [.declined, .accepted, .tentative])
        #expect(replies.last?.uid == "review.groupe@x.example")
    }

    @Test("RECURRENCE-ID is read as an instant, in its zone or, floating, in the default zone")
    func recurrenceID() throws {
        let attendee = "ATTENDEE;PARTSTAT=DECLINED:mailto:a@example.ch"
        // 2027-04-13 19:00 in Zurich (summer time) is 17:00 UTC: 1_807_635_600.
        let zoned = try F.read(F.reply([attendee, "RECURRENCE-ID;TZID=Europe/Zurich:20270413T190000"]))
        let utc = try F.read(F.reply([attendee, "RECURRENCE-ID:20270413T170000Z"]))
        let floating = try F.read(F.reply([attendee, "RECURRENCE-ID:20270413T190000"]))
        #expect(zoned.first?.recurrenceID == 1_807_635_600)
        #expect(utc.first?.recurrenceID == 1_807_635_600)
        #expect(floating.first?.recurrenceID == 1_807_635_600)
        #expect(try F.read(F.reply([attendee])).first?.recurrenceID == nil)
    }

    @Test("A negative SEQUENCE is refused")
    func negativeSequence() throws {
        let error = try #require(throws: CalendarImportError.self) {
            try F.read(F.reply(["SEQUENCE:-1", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@example.ch"]))
        }
        #expect(error.code == .invalidSequence)
        #expect(error.line == 8)
    }
}

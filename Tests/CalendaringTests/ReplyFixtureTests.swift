import Calendaring
import PlanningDomain
import Testing

/// What each client's reply fixture gives (see `Resources/Fixtures/Replies/README.md`).
@Suite struct ReplyFixtureTests {
    static func read(_ client: String) throws -> [CalendarReply] {
        try ReplyReader.read(ReplyFixtures.bytes(client), file: client + ".ics")
    }

    @Test("Outlook: Windows TZID, MAILTO: in capitals, COMMENT and X-MS-OLK properties")
    func outlook() throws {
        #expect(
            try Self.read("outlook") == [
                CalendarReply(
                    uid: "information.proches-aidants-lausanne@entraide-vd.example",
                    sequence: 0,
                    attendeeEmail: "noemie.baud-tissot@exemple-mail.example",
                    status: .accepted
                )
            ]
        )
    }

    @Test("Google: UTC times, X-NUM-GUESTS and X-RESPONSE-COMMENT, a reply to SEQUENCE 1")
    func google() throws {
        #expect(
            try Self.read("google") == [
                CalendarReply(
                    uid: "founding1.proches-aidants-lausanne@entraide-vd.example",
                    sequence: 1,
                    attendeeEmail: "luca.bernasconi.ti@gmail.example",
                    status: .declined
                )
            ]
        )
    }

    @Test("Apple: a urn:uuid attendee whose address is in the EMAIL parameter")
    func apple() throws {
        #expect(
            try Self.read("apple") == [
                CalendarReply(
                    uid: "founding2.proches-aidants-lausanne@entraide-vd.example",
                    sequence: 0,
                    attendeeEmail: "sofia.ramirez@icloud.example",
                    status: .tentative
                )
            ]
        )
    }

    @Test("Thunderbird: no SEQUENCE (0), X-MOZ properties")
    func thunderbird() throws {
        #expect(
            try Self.read("thunderbird") == [
                CalendarReply(
                    uid: "review.proches-aidants-lausanne@entraide-vd.example",
                    sequence: 0,
                    attendeeEmail: "jonas.keller@posteo.example",
                    status: .accepted
                )
            ]
        )
    }
}

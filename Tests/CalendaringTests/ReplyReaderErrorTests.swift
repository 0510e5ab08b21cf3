import Calendaring
import Testing

/// Malformed replies: each gives its located diagnostic, never quoting the attendee.
@Suite struct ReplyReaderErrorTests {
    @Test("Each malformed reply gives its located diagnostic", arguments: ReplyErrorCase.cases)
    func malformedReply(_ errorCase: ReplyErrorCase) throws {
        let error = try #require(throws: CalendarImportError.self) {
            try ReplyFixtures.read(errorCase.bytes)
        }
        #expect(error.rendered == errorCase.rendered)
        #expect(error.code == errorCase.code)
        #expect(error.value == errorCase.value)
        #expect(error.file == "reply.ics")
        #expect(!error.rendered.contains("zoe") && !error.rendered.contains("Müller"))
    }

    @Test("Codes have stable kebab-case names")
    func codeNames() {
        let codes: [CalendarImportError.Code] = [
            .notAReply, .missingEvent, .missingUID, .missingAttendee, .unsupportedParticipation, .invalidSequence,
        ]
        #expect(
            codes.map(\.description) == [
                "not-a-reply", "missing-event", "missing-uid", "missing-attendee", "unsupported-participation",
                "invalid-sequence",
            ]
        )
    }

    @Test("An unknown default time zone is a problem of the whole file")
    func unknownDefaultTimeZone() throws {
        let error = try #require(throws: CalendarImportError.self) {
            try ReplyReader.read(
                ReplyFixtures.reply([ReplyErrorCase.attendee]),
                file: "reply.ics",
                defaultTimeZone: "Mars/Base"
            )
        }
        #expect(error.code == .unknownTimeZone)
        #expect(error.line == 0)
    }
}

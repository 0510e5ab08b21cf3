import Calendaring
import PlanningDomain
import Testing

/// Calendar files and replies refused in French, German and Italian: the same `file:line:`, the value kept, a
/// sentence of the language that starts in upper case, nothing left of the template.
@Suite struct CalendarLanguageTests {
    static let languages: [Language] = [.french, .german, .italian]

    @Test func anUnknownTimeZoneReadsInFrench() throws {
        let errors = try #require(throws: CalendarImportErrors.self) {
            try Self.read(
                CalendarImportFixtures.calendar(
                    CalendarImportFixtures.event(["DTSTART;TZID=Mars/Olympus:20270112T183000"])
                )
            )
        }
        let rendered = errors.rendered(in: .french)
        #expect(
            rendered.hasPrefix("test.ics:7: error: Le fuseau horaire « Mars/Olympus » n'est ni un nom de fuseau IANA")
        )
        #expect(errors.rendered.hasPrefix("test.ics:7: error: The time zone 'Mars/Olympus' is neither"))
    }

    @Test(
        "Every refused calendar file is worded in every language",
        arguments: CalendarImportErrorCase.files + CalendarImportErrorCase.times + CalendarImportErrorCase.periods
            + CalendarImportErrorCase.lines
    )
    func everyFile(_ errorCase: CalendarImportErrorCase) throws {
        let errors = try #require(throws: CalendarImportErrors.self) { try Self.read(errorCase.bytes) }
        for error in errors.errors { try Self.check(error, errorCase.name) }
    }

    @Test("Every refused reply is worded in every language", arguments: ReplyErrorCase.cases)
    func everyReply(_ errorCase: ReplyErrorCase) throws {
        let error = try #require(throws: CalendarImportError.self) { try ReplyFixtures.read(errorCase.bytes) }
        try Self.check(error, errorCase.name)
    }

    static func read(_ bytes: [UInt8]) throws(CalendarImportErrors) {
        _ = try BusyTimeReader.read(
            bytes,
            file: "test.ics",
            defaultTimeZone: "Europe/Zurich",
            from: CalendarImportFixtures.windowStart,
            to: CalendarImportFixtures.windowEnd
        )
    }

    static func check(_ error: CalendarImportError, _ name: String) throws {
        let location = String(error.rendered.prefix { $0 != " " }) + " error: "
        for language in languages {
            let rendered = error.rendered(in: language)
            #expect(rendered.hasPrefix(location), "\(name), \(language): \(rendered)")
            let sentence = String(rendered.dropFirst(location.count))
            #expect(sentence.first?.isUppercase == true || sentence.first == "«", "\(name), \(language): \(sentence)")
            #expect(sentence != error.message, "\(name) is not worded in \(language): \(sentence)")
            if let value = error.value, error.message.contains(value) {
                #expect(sentence.contains(value), "\(name), \(language): \(sentence)")
            }
            let leftovers = [#"\{[A-Za-z_]+(:[a-z]+)?\}"#, #"\bcalendar\.[a-z]"#, #"\b[a-z]+[A-Z][a-zA-Z]*\b"#]
                .flatMap { pattern in
                    (try? Regex(pattern)).map { regex in sentence.ranges(of: regex).map { String(sentence[$0]) } } ?? []
                }
            // iCalendar is the format's own name, not a Swift name.
            #expect(leftovers.filter { $0 != "iCalendar" }.isEmpty, "\(name), \(language): \(sentence)")
        }
    }
}

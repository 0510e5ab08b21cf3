import Calendaring
import PlanningDomain
import Testing

/// Line structure: CRLF, folding at 75 octets, UTF-8 kept whole, escaping.
@Suite struct ICSWriterFormatTests {
    @Test(arguments: [CalendarFixtures.invite, CalendarFixtures.published])
    func everyLineEndsWithCRLF(document: CalendarDocument) throws {
        let text = ICSText(try ICSWriter.bytes(for: document))
        let lines = try #require(
            text.physicalLines,
            "a line ends with a bare LF or CR, or the file does not end with CRLF"
        )
        #expect(lines.first == Array("BEGIN:VCALENDAR".utf8))
        #expect(lines.last == Array("END:VCALENDAR".utf8))
    }

    @Test(arguments: [CalendarFixtures.invite, CalendarFixtures.published])
    func noLineIsLongerThan75OctetsNorSplitsAUTF8Sequence(document: CalendarDocument) throws {
        let lines = try #require(ICSText(try ICSWriter.bytes(for: document)).physicalLines)
        #expect(lines.contains { $0.count > 70 }, "the fixture should be long enough to be folded")
        for line in lines {
            #expect(line.count <= 75, "\(String(decoding: line, as: UTF8.self))")
            #expect(String(validating: line, as: UTF8.self) != nil, "a fold split a UTF-8 sequence")
        }
    }

    @Test func longFrenchTextSurvivesFolding() throws {
        let text = ICSText(try ICSWriter.bytes(for: CalendarFixtures.invite))
        let expected =
            "DESCRIPTION:"
            + CalendarFixtures.longDescription
            .replacingOccurrences(",", with: "\\,").replacingOccurrences(";", with: "\\;")
            .replacingOccurrences("\n", with: "\\n")
        #expect(text.component("VEVENT").first { $0.hasPrefix("DESCRIPTION:") } == expected)
    }

    @Test func commasSemicolonsAndLineBreaksAreEscaped() throws {
        var document = CalendarFixtures.published
        document.events[0].summary = "Ateliers: écoute, parole; suite\r\nligne 2\rligne 3\\fin"
        document.events[0].location = "Salle 1\tRez"
        let text = ICSText(try ICSWriter.bytes(for: document))
        #expect(
            text.lines(named: "SUMMARY").first == #"SUMMARY:Ateliers: écoute\, parole\; suite\nligne 2\nligne 3\\fin"#
        )
        #expect(text.lines(named: "LOCATION").first == "LOCATION:Salle 1\tRez")
    }

    @Test func controlCharactersNeverReachTheFile() throws {
        var document = CalendarFixtures.invite
        document.events[0].summary = "Bip\u{07}\u{00}fin"
        document.events[0].attendees = [CalendarAttendee(name: "Ana\nBel", email: "ana@example.ch")]
        let bytes = try ICSWriter.bytes(for: document)
        #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0D && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F })
        let text = ICSText(bytes)
        #expect(text.lines(named: "SUMMARY").first == "SUMMARY:Bip  fin")
        #expect(text.lines(named: "ATTENDEE").first?.hasPrefix("ATTENDEE;CN=Ana Bel;") == true)
    }

    @Test func parameterValuesWithSpecialCharactersAreQuoted() throws {
        var document = CalendarFixtures.invite
        document.events[0].organizer = Contact(name: "Centre, Vaud: groupes", email: "centre@example.ch")
        let text = ICSText(try ICSWriter.bytes(for: document))
        #expect(
            text.lines(named: "ORGANIZER").first == #"ORGANIZER;CN="Centre, Vaud: groupes":mailto:centre@example.ch"#
        )
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

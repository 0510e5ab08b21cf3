import Calendaring
import EntraideTestSupport
import Foundation
import PlanningDomain
import Promotion
import Testing

/// The announcement texts and the information session's "add to calendar" file.
@Suite struct AnnouncementTests {
    typealias F = FlyerFixtures

    @Test func thePlainTextSaysWhatTheFlyerSays() throws {
        let text = Announcement(try F.content()).plainText
        let expected = """
            Nouveau groupe d'entraide : Proches aidant·e·s – Lausanne

            Groupe de parole · Lausanne · Centre d'entraide Vaud

            \(F.publicText)

            Pour qui ? Pour toute personne qui soutient un proche malade, âgé ou en situation de handicap.

            Séance d'information : mardi 12 janvier 2027, 18 h 30 – 20 h, Salle du Grand-Pont, Rue du Grand-Pont 2, \
            1003 Lausanne.

            Inscription : \(F.url) ou par téléphone au +41 21 555 12 34 ou par e-mail à groupes@entraide-vd.example.

            Contact : Centre d'entraide Vaud · +41 21 555 12 34 · groupes@entraide-vd.example.

            Vous pouvez compter sur notre discrétion et notre bienveillance durant toute la démarche : les \
            inscriptions restent confidentielles.

            """
        #expect(text == expected)
    }

    @Test func theMarkdownEscapesWhatCouldBecomeMarkupAndLinksTheRegistrationPage() throws {
        let description = PublicDescription(text: "*Entre nous* — pas de [lien]\n# pas un titre\n1. pas une liste")
        let markdown = Announcement(try F.content(description: description)).markdown
        #expect(
            markdown.hasPrefix(
                "## Nouveau groupe d'entraide : Proches aidant·e·s – Lausanne\n\n"
                    + "*Groupe de parole · Lausanne · Centre d'entraide Vaud*\n"
            )
        )
        #expect(markdown.contains("\\*Entre nous\\* — pas de \\[lien\\]  \n\\# pas un titre  \n1\\. pas une liste"))
        #expect(markdown.contains("Inscription : <\(F.url)> ou par téléphone"))
        #expect(markdown.hasSuffix("confidentielles.*\n"))
    }

    @Test func theCalendarIsPublishedWithNobodyNamed() throws {
        let bytes = try #require(try InformationCalendar.bytes(for: F.content(), stamp: F.stamp))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("METHOD:PUBLISH\r\n"))
        #expect(text.contains("UID:information.public.proches-aidants-lausanne@entraide-vd.example\r\n"))
        #expect(text.contains("DTSTART;TZID=Europe/Zurich:20270112T183000\r\n"))
        // By default the title names the session and the centre only, and the event is private.
        #expect(text.contains("SUMMARY:Séance d'information — Centre d'entraide Vaud\r\n"))
        #expect(text.contains("CLASS:PRIVATE\r\n") && !text.contains("X-WR-CALNAME:Proches"))
        #expect(!text.contains("ATTENDEE"))
        #expect(text.contains("ORGANIZER;CN=Groupes d'entraide:mailto:groupes@entraide-vd.example"))
        #expect(!text.contains("THEME-INTERNE"))
    }

    @Test func theGroupsTitleShowsInTheCalendarWhenStaffChoseIt() throws {
        var content = try F.content()
        content.isCalendarTitlePublic = true
        let bytes = try #require(try InformationCalendar.bytes(for: content, stamp: F.stamp))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("SUMMARY:Séance d'information — Proches aidant·e·s – Lausanne\r\n"))
        #expect(!text.contains("CLASS:"))
    }

    @Test func noSessionNoCalendar() throws {
        #expect(try InformationCalendar.bytes(for: F.content(information: nil), stamp: F.stamp) == nil)
    }

    @Test(.enabled(if: ProjectPython.has("icalendar"), "needs the project's Python with icalendar (scripts/test)"))
    func pythonIcalendarReadsTheCalendar() throws {
        let bytes = try #require(try InformationCalendar.bytes(for: F.content(), stamp: F.stamp))
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            (event,) = cal.walk("VEVENT")
            assert event.get("ATTENDEE") is None
            print(cal.get("METHOD"), event.decoded("DTSTART").isoformat(), event.decoded("DTEND").isoformat())
            """
        let result = try ProjectPython.run(script, input: Data(bytes))
        #expect(result.status == 0, "\(result.error)")
        #expect(result.text == "PUBLISH 2027-01-12T18:30:00+01:00 2027-01-12T20:00:00+01:00\n")
    }
}

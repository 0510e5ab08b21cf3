import Calendaring
import Foundation
import PlanningDomain
import PlanningSamples
import RegionalDocuments
import Testing

/// What a calendar becomes: calendar.json, the report, calendar.html and the calendars; each asserted on the
/// small region, whose calendar the checker accepts.
@Suite struct CalendarDocumentsTests {
    @Test func theJSONHoldsEveryTermGroupRunAndLoadByID() throws {
        let problem = SmallRegion.make().problem
        let plan = try CalendarFixture.planned(problem)
        let document = CalendarJSON(problem: problem).document(for: plan, seed: 3, isValid: true, violations: [])
        #expect(document.format == "entraide-calendar/1" && document.status == "planned")
        #expect(document.objective.map(\.term) == ObjectiveTerm.allCases.map(\.name))
        #expect(document.groups.map(\.group) == problem.groups.map(\.id.rawValue))
        #expect(document.groups.allSatisfy { $0.placed })
        #expect(document.runs.count == plan.runs.count && document.runs.first?.maximum == 4)
        #expect(document.runs.first?.start.hasSuffix("+01:00") == true)
        #expect(document.search.seed == 3 && document.checker.valid)
        let text = String(decoding: CalendarJSON.bytes(document), as: UTF8.self)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["timeZone"] as? String == "Europe/Zurich")
        // Participants of groups are counted, never listed; no name appears.
        #expect(!text.contains("Person "))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func theReportCitesEveryTermAndTheRuleThatStoppedAGroup() throws {
        let problem = CalendarFixture.withAWeeklyLimit()
        let plan = try CalendarFixture.planned(problem)
        let report = CalendarReportText(problem: problem).render(plan, seed: 3, violations: [])
        // Every term by its French name and its id.
        for term in ObjectiveTerm.allCases { #expect(report.contains(" (\(term.name)) ")) }
        #expect(report.contains("   2. groupes placés (groups-placed) "))
        #expect(report.contains("(max)          1 borne          2   ← l'écart : premier terme en dessous"))
        #expect(report.components(separatedBy: "←").count == 2)
        #expect(report.contains("Groupes placés : 1 sur 2"))
        // The limiting rule by its French name and id, and its explanation in French.
        #expect(
            report.contains(
                "  groupe g2 : limite hebdomadaire (weekly-limit) : séance d'information g2-info : ben anime déjà "
                    + "1 séance la semaine 2027-W09, limite 1\n"
            ),
            "\(report)"
        )
        #expect(report.contains("écart : groupes placés (groups-placed) 1, borne 2 (50.0 %)"))
        #expect(report.contains("  ben : 2 séance(s) ; pic 1 en 2027-W09, 2027-W10 ; limite 1/semaine"))
    }

    @Test(arguments: [
        (
            Language.english, "Groups placed: 1 of 2;",
            "  ben: 2 session(s); peak 1 in 2027-W09, 2027-W10; limit 1/week",
            "  group g2: weekly limit (weekly-limit): information session g2-info: ben already leads 1 session in "
                + "week 2027-W09, limit 1\n", "   2. groups placed (groups-placed) "
        ),
        (
            .german, "Gruppen geplant: 1 von 2;", "  ben: 2 Termin(e); Spitze 1 in 2027-W09, 2027-W10; Grenze 1/Woche",
            "  Gruppe g2: Wochengrenze (weekly-limit): Informationsveranstaltung g2-info: ben leitet in der Woche "
                + "2027-W09 schon 1 Termin, Grenze 1\n", "   2. eingeplante Gruppen (groups-placed) "
        ),
        (
            .italian, "Gruppi pianificati: 1 su 2;",
            "  ben: 2 incontro/i; picco 1 in 2027-W09, 2027-W10; limite 1/settimana",
            "  gruppo g2: limite settimanale (weekly-limit): incontro informativo g2-info: ben conduce già 1 incontro "
                + "nella settimana 2027-W09, limite 1\n", "   2. gruppi pianificati (groups-placed) "
        ),
    ])
    func theReportFollowsTheCentresLanguage(
        language: Language,
        counts: String,
        load: String,
        rule: String,
        term: String
    ) throws {
        var problem = CalendarFixture.withAWeeklyLimit()
        problem.centre.organisation.language = language
        let plan = try CalendarFixture.planned(problem)
        let report = CalendarReportText(problem: problem).render(plan, seed: 3, violations: [])
        #expect(report.contains(counts) && report.contains(load), "\(report)")
        #expect(report.contains(rule) && report.contains(term), "\(report)")
        #expect(!report.contains("Groupes placés") && !report.contains("regional."))
    }

    @Test func aReaderWhoStatesALanguageReadsTheReportInIt() throws {
        // A French centre, a German-speaking coordinator (--language de or LANG=de_CH).
        let problem = CalendarFixture.withAWeeklyLimit()
        let plan = try CalendarFixture.planned(problem)
        let report = CalendarReportText(problem: problem, language: .german).render(plan, seed: 3, violations: [])
        #expect(report.contains("Wochengrenze (weekly-limit): Informationsveranstaltung g2-info: ben leitet"))
        #expect(report.contains("Suche: Startwert 3") && !report.contains("séance"))
    }

    @Test func thePageIsSelfContainedWithHeadingsLegendAndTheNamedRule() throws {
        let problem = CalendarFixture.withAWeeklyLimit()
        let plan = try CalendarFixture.planned(problem)
        let page = CalendarHTML(problem: problem).render(plan, isValid: true)
        // In the centre's language (French here).
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(!page.contains("<script") && !page.contains("http"))
        #expect(page.contains("<h1>Calendrier 2027 : groupes et ateliers</h1>"))
        #expect(page.contains("<caption>Mars 2027</caption>") && page.contains("<th scope=\"col\">lu</th>"))
        for id in ["summary", "legend", "months", "loads", "workshops", "unplaced", "objective"] {
            #expect(page.contains("<h2 id=\"\(id)\">"), "no section \(id)")
        }
        #expect(page.contains("<li><span class=\"sw c1\"></span>Ben (ben)</li>"))
        // A group's session is filled, a workshop's run outlined with a diamond.
        #expect(page.contains("class=\"e g c0\""))
        #expect(page.contains("class=\"e w c1\"") && page.contains("◆ Communication non violente"))
        // The rule that stopped g2, named in French with its id, and explained in French.
        #expect(
            page.contains(
                "Groupe g2 : <strong>limite hebdomadaire</strong> (<code>weekly-limit</code>) : séance "
                    + "d&#39;information g2-info : ben anime déjà 1 séance la semaine 2027-W09, limite 1</li>"
            )
        )
        // The objective's terms by their French names, with their ids and French definitions.
        #expect(page.contains("<th scope=\"row\">Groupes placés <code>groups-placed</code></th>"))
        #expect(page.contains("<td>Groupes qui ont un plan (chaque séance de leur scénario placée).</td>"))
        #expect(!page.contains("Groups with a plan"))
        #expect(page.contains("@page { size: A4 landscape;"))
        #expect(!page.contains("Person "))
    }

    @Test(arguments: [
        (Language.english, "<h1>Calendar 2027: groups and workshops</h1>", "<caption>March 2027</caption>"),
        (Language.german, "<h1>Kalender 2027: Gruppen und Workshops</h1>", "<caption>März 2027</caption>"),
        (Language.italian, "<h1>Calendario 2027: gruppi e laboratori</h1>", "<caption>Marzo 2027</caption>"),
    ])
    func thePageSpeaksTheCentresLanguage(language: Language, heading: String, month: String) throws {
        var problem = CalendarFixture.withAWeeklyLimit()
        problem.centre.organisation.language = language
        let plan = try CalendarFixture.planned(problem)
        let page = CalendarHTML(problem: problem).render(plan, isValid: true)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.code)\">"))
        #expect(page.contains(heading) && page.contains(month))
        #expect(!page.contains("calendarPage.") && !page.contains("regional."), "every key has words")
        if language == .german {
            #expect(
                page.contains("<strong>Wochengrenze</strong> (<code>weekly-limit</code>): Informationsveranstaltung")
            )
            #expect(page.contains("<th scope=\"row\">Eingeplante Gruppen <code>groups-placed</code></th>"))
            #expect(page.contains("<td>Gruppen mit einem Plan (jedes Treffen ihres Szenarios eingeplant).</td>"))
        }
    }

    @Test func theStaffFacilitatorAndRoomCalendarsNameNobody() throws {
        let problem = SmallRegion.make().problem
        let plan = try CalendarFixture.planned(problem)
        let calendars = RegionalCalendars(problem: problem, stamp: Instant(secondsSince1970: 1_800_000_000)!)
        let staff = calendars.staff(plan)
        let sessions = plan.groups.compactMap(\.plan).reduce(0) { $0 + $1.sessions.count }
        #expect(staff.method == .publish && staff.events.count == sessions + plan.runs.count)
        #expect(staff.events.allSatisfy { $0.attendees.isEmpty })
        #expect(staff.events.map(\.start) == staff.events.map(\.start).sorted())
        let run = try #require(staff.events.first { $0.uid.hasPrefix("workshop.") })
        #expect(run.uid == "workshop.cnv.\(plan.runs[0].slot.id)@example.org")
        let text = String(decoding: try ICSWriter.bytes(for: staff), as: UTF8.self)
        #expect(text.contains("METHOD:PUBLISH\r\n") && !text.contains("ATTENDEE") && !text.contains("Person "))
        let anne = try #require(calendars.facilitator("anne", plan: plan))
        let annes = CalendarEntryCount.of(plan, where: { $0.facilitators.contains("anne") })
        #expect(anne.events.count == annes)
        let old = try #require(calendars.room("old", plan: plan))
        #expect(old.events.count == CalendarEntryCount.of(plan, where: { $0.venue == "old" }))
        #expect(old.name == "Old — Centre")
    }
}

/// Counting the calendar's entries another way than the calendars do.
enum CalendarEntryCount {
    static func of(_ plan: RegionalPlan, where isIncluded: (CalendarEntry) -> Bool) -> Int {
        CalendarEntry.entries(of: plan).count(where: isIncluded)
    }
}

import PlanDocuments
import PlanningDomain
import Publication
import Testing

/// `--rhythm` texts that cannot be read, each with its whole message: the part at fault, where, and why.
@Suite struct HandoverRhythmErrorTests {
    struct Invalid: CustomTestStringConvertible, Sendable {
        let text: String
        let part: String
        let rendered: String
        var testDescription: String { text }
    }

    /// What every message ends with when the whole rhythm is in doubt.
    static let examples =
        "'every 2 weeks on Thursday 19:30, 2h', 'tous les 15 jours le jeudi 19h30, 2 h', 'alle 2 Wochen am "
        + "Donnerstag 19.30, 2 Std.' or 'ogni 2 settimane il giovedì alle 19:30, 2 ore'"

    static let invalid: [Invalid] = [
        Invalid(
            text: "each 2 weeks tuesday 19:00 120min",
            part: "2",
            rendered: "--rhythm:6: error: '2' in 'each 2 weeks tuesday 19:00 120min' is not understood in how "
                + "often; expected 'every 2 weeks', 'toutes les 2 semaines', 'alle 2 Wochen' or 'ogni 2 settimane'."
        ),
        Invalid(
            text: "sometimes on tuesday 19:00 120min",
            part: "sometimes",
            rendered: "--rhythm:1: error: 'sometimes' in 'sometimes on tuesday 19:00 120min' is not how a rhythm "
                + "starts; expected how often: 'every 2 weeks', 'toutes les 2 semaines', 'alle 2 Wochen' or 'ogni 2 "
                + "settimane'."
        ),
        Invalid(
            text: "every 2 weks tuesday 19:00 120min",
            part: "weks",
            rendered: "--rhythm:9: error: 'weks' in 'every 2 weks tuesday 19:00 120min' is not understood in how "
                + "often; expected 'every 2 weeks', 'toutes les 2 semaines', 'alle 2 Wochen' or 'ogni 2 settimane'."
        ),
        Invalid(
            text: "every 0 weeks tuesday 19:00 120min",
            part: "0",
            rendered: "--rhythm:7: error: '0' in 'every 0 weeks tuesday 19:00 120min' is not a number of weeks; "
                + "expected a number from 1 to 52."
        ),
        Invalid(
            text: "tous les 10 jours le mardi 19h, 2 h",
            part: "10",
            rendered: "--rhythm:10: error: '10' in 'tous les 10 jours le mardi 19h, 2 h' is not a number of weeks; "
                + "expected a number of days that makes whole weeks (7, 8 or 14, 15, 21 …), at most 52 weeks."
        ),
        Invalid(
            text: "every 2 weeks mardy 19:00 120min",
            part: "mardy",
            rendered: "--rhythm:15: error: 'mardy' in 'every 2 weeks mardy 19:00 120min' is not a weekday; expected "
                + "monday … sunday, lundi … dimanche, Montag … Sonntag, lunedì … domenica."
        ),
        Invalid(
            text: "every 2 weeks tuesday evening 120min",
            part: "evening",
            rendered: "--rhythm:23: error: 'evening' in 'every 2 weeks tuesday evening 120min' is not a start time; "
                + "expected a start time such as 19:30, 19h30 or 19.30."
        ),
        Invalid(
            text: "every 2 weeks tuesday 24:00 120min",
            part: "24:00",
            rendered: "--rhythm:23: error: '24:00' in 'every 2 weeks tuesday 24:00 120min' is not a time of day; "
                + "expected a time from 00:00 to 23:59."
        ),
        Invalid(
            text: "jede Woche am Dienstag von 19 Uhr",
            part: "",
            rendered: "--rhythm:34: error: The rhythm 'jede Woche am Dienstag von 19 Uhr' ends after '19 Uhr'; "
                + "expected the end of the range, such as 'à 21h30' or 'bis 21.30', as in \(examples)."
        ),
        Invalid(
            text: "every 2 weeks tuesday 19:00 two hours",
            part: "two",
            rendered: "--rhythm:29: error: 'two' in 'every 2 weeks tuesday 19:00 two hours' is not a duration; "
                + "expected hours or minutes such as '2 h', '1h30' or '90 min'."
        ),
        Invalid(
            text: "every 2 weeks tuesday 19:00 13h",
            part: "13h",
            rendered: "--rhythm:29: error: '13h' in 'every 2 weeks tuesday 19:00 13h' is out of range; expected a "
                + "duration from 1 minute to 12 hours."
        ),
        Invalid(
            text: "every 2 weeks tuesday 19:00",
            part: "",
            rendered: "--rhythm:28: error: The rhythm 'every 2 weeks tuesday 19:00' ends after '19:00'; expected a "
                + "length such as '2 h' or '90 min', as in \(examples)."
        ),
        Invalid(
            text: "every 2 weeks tuesday 19:00 120min at the café",
            part: "at",
            rendered: "--rhythm:36: error: 'at' in 'every 2 weeks tuesday 19:00 120min at the café' is not understood "
                + "after the duration; expected a first day ('from', 'à partir du', 'ab', 'dal') or a last day "
                + "('until', 'jusqu'au', 'bis', 'fino al') and a date, or nothing."
        ),
        Invalid(
            text: "every 2 weeks tuesday 19:00 120min until 2027-02-30",
            part: "2027-02-30",
            rendered: "--rhythm:42: error: '2027-02-30' in 'every 2 weeks tuesday 19:00 120min until 2027-02-30' is "
                + "not a date that exists (February 2027 has 28 days); expected a date such as 2027-12-16, 16.12.2027 "
                + "or 16 décembre 2027."
        ),
        Invalid(
            text: "toutes les semaines le mardi 19h, 2 h, jusqu'au 03/04/2027",
            part: "03/04/2027",
            rendered:
                "--rhythm:49: error: '03/04/2027' in 'toutes les semaines le mardi 19h, 2 h, jusqu'au 03/04/2027' "
                + "is ambiguous: 3 April 2027 (day/month/year) or 4 March 2027 (month/day/year); expected 2027-04-03 "
                + "or 2027-03-04."
        ),
        Invalid(
            text: "alle 2 Wochen am Dienstag 19 Uhr, 2 Std., bis Mittwoch 16.12.2027",
            part: "Mittwoch 16.12.2027",
            rendered: "--rhythm:47: error: 'Mittwoch 16.12.2027' in 'alle 2 Wochen am Dienstag 19 Uhr, 2 Std., bis "
                + "Mittwoch 16.12.2027' says wednesday, but 16 December 2027 is a thursday; expected the date's own "
                + "weekday, or none."
        ),
        Invalid(
            text: "every 2 weeks tuesday 19:00 120min until 2027-03-08",
            part: "2027-03-08",
            rendered: "--rhythm:42: error: '2027-03-08' in 'every 2 weeks tuesday 19:00 120min until 2027-03-08' is "
                + "before the first meeting; expected a last day on or after tuesday 2027-03-09."
        ),
        Invalid(
            text: "every 2 weeks tuesday 19:00 120min from 2027-03-09 from 2027-03-16",
            part: "from",
            rendered: "--rhythm:52: error: 'from' in 'every 2 weeks tuesday 19:00 120min from 2027-03-09 from "
                + "2027-03-16' is given twice; expected one first day and one last day at most."
        ),
        Invalid(
            text: "",
            part: "",
            rendered: "--rhythm:1: error: The rhythm '' ends at once; expected how often, such as 'every 2 weeks' or "
                + "'tous les 15 jours', as in \(examples)."
        ),
    ]

    @Test("Each malformed rhythm names its bad part in a located sentence", arguments: invalid)
    func refuses(_ invalid: Invalid) throws {
        let error = try #require(throws: RhythmError.self) {
            try Rhythm.parse(invalid.text, from: HandoverRhythmTests.dayAfter)
        }
        #expect(error.rendered() == invalid.rendered)
        #expect(error.description == invalid.rendered)
        #expect(error.part == invalid.part)
    }
}

import PlanningDomain
import Publication
import Testing

/// `--rhythm` texts: what each reads as, and every malformed one with its whole message.
@Suite struct HandoverRhythmTests {
    typealias D = ReplyTestData

    /// Founding session 2 was on Tuesday 2027-03-02; the rhythm starts the day after by default.
    static let dayAfter = D.date(2027, 3, 3)

    static func time(_ hour: Int, _ minute: Int) -> LocalTime {
        guard let time = LocalTime(hour: hour, minute: minute) else { preconditionFailure("bad test time") }
        return time
    }

    struct Valid: CustomTestStringConvertible, Sendable {
        let text: String
        let rhythm: Rhythm
        var testDescription: String { text }
    }

    static let valid: [Valid] = [
        Valid(
            text: "every 2 weeks tuesday 19:00 120min",
            rhythm: Rhythm(every: 2, weekday: .tuesday, start: time(19, 0), durationMinutes: 120, from: dayAfter)
        ),
        Valid(
            text: "  Every week THURSDAY 9:30 1h30  ",
            rhythm: Rhythm(every: 1, weekday: .thursday, start: time(9, 30), durationMinutes: 90, from: dayAfter)
        ),
        Valid(
            text: "every 3 weeks monday 18:15 90 min until 2027-12-20 from 2027-04-01",
            rhythm: Rhythm(
                every: 3,
                weekday: .monday,
                start: time(18, 15),
                durationMinutes: 90,
                from: D.date(2027, 4, 1),
                until: D.date(2027, 12, 20)
            )
        ),
        Valid(
            text: "every 4 weeks saturday 10:00 2h from 2027-03-06 until 2027-03-06",
            rhythm: Rhythm(
                every: 4,
                weekday: .saturday,
                start: time(10, 0),
                durationMinutes: 120,
                from: D.date(2027, 3, 6),
                until: D.date(2027, 3, 6)
            )
        ),
    ]

    @Test("Each way of writing a rhythm", arguments: valid)
    func parses(_ valid: Valid) throws {
        #expect(try Rhythm.parse(valid.text, from: Self.dayAfter) == valid.rhythm)
    }

    @Test("The description reads back as the same rhythm")
    func roundTrip() throws {
        for valid in Self.valid {
            #expect(try Rhythm.parse(valid.rhythm.description, from: D.date(2000, 1, 1)) == valid.rhythm)
        }
    }

    @Test("The first meeting is the first weekday from the start; meetings fall every N weeks up to the end")
    func meetings() {
        let rhythm = Rhythm(
            every: 2,
            weekday: .tuesday,
            start: Self.time(19, 0),
            durationMinutes: 120,
            from: Self.dayAfter,
            until: D.date(2027, 4, 6)
        )
        #expect(rhythm.firstDate == D.date(2027, 3, 9))
        let days = (0..<60).map { Self.dayAfter.adding(days: $0) }.filter(rhythm.hasMeeting(on:))
        #expect(days == [D.date(2027, 3, 9), D.date(2027, 3, 23), D.date(2027, 4, 6)])
        let fromTuesday = Rhythm(
            every: 1,
            weekday: .tuesday,
            start: Self.time(19, 0),
            durationMinutes: 60,
            from: D.date(2027, 3, 9)
        )
        #expect(fromTuesday.firstDate == D.date(2027, 3, 9))
    }

    struct Invalid: CustomTestStringConvertible, Sendable {
        let text: String
        let part: String
        let rendered: String
        var testDescription: String { text }
    }

    static let invalid: [Invalid] = [
        Invalid(
            text: "each 2 weeks tuesday 19:00 120min",
            part: "each",
            rendered:
                "--rhythm:1: error: 'each' in 'each 2 weeks tuesday 19:00 120min' is not 'every'; expected a rhythm "
                + "such as 'every 2 weeks tuesday 19:00 120min'."
        ),
        Invalid(
            text: "every 2 weks tuesday 19:00 120min",
            part: "weks",
            rendered: "--rhythm:9: error: 'weks' in 'every 2 weks tuesday 19:00 120min' is not 'week' or 'weeks'; "
                + "expected a rhythm such as 'every 2 weeks tuesday 19:00 120min'."
        ),
        Invalid(
            text: "every 0 weeks tuesday 19:00 120min",
            part: "0",
            rendered: "--rhythm:7: error: '0' in 'every 0 weeks tuesday 19:00 120min' is not a number of weeks; "
                + "expected a number from 1 to 52."
        ),
        Invalid(
            text: "every 2 weeks mardi 19:00 120min",
            part: "mardi",
            rendered: "--rhythm:15: error: 'mardi' in 'every 2 weeks mardi 19:00 120min' is not a weekday; expected "
                + "monday, tuesday, wednesday, thursday, friday, saturday or sunday."
        ),
        Invalid(
            text: "every 2 weeks tuesday 7pm 120min",
            part: "7pm",
            rendered: "--rhythm:23: error: '7pm' in 'every 2 weeks tuesday 7pm 120min' is not a start time; expected a "
                + "time from 00:00 to 23:59 written HH:MM."
        ),
        Invalid(
            text: "every 2 weeks tuesday 24:00 120min",
            part: "24:00",
            rendered: "--rhythm:23: error: '24:00' in 'every 2 weeks tuesday 24:00 120min' is not a start time; "
                + "expected a time from 00:00 to 23:59 written HH:MM."
        ),
        Invalid(
            text: "every 2 weeks tuesday 19:00 two hours",
            part: "two",
            rendered: "--rhythm:29: error: 'two' in 'every 2 weeks tuesday 19:00 two hours' is not a duration; "
                + "expected minutes or hours such as '120min', '2h' or '1h30'."
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
                + "duration such as '120min' or '2h', as in 'every 2 weeks tuesday 19:00 120min'."
        ),
        Invalid(
            text: "every 2 weeks tuesday 19:00 120min at the café",
            part: "at",
            rendered: "--rhythm:36: error: 'at' in 'every 2 weeks tuesday 19:00 120min at the café' is not understood "
                + "after the duration; expected 'from YYYY-MM-DD' or 'until YYYY-MM-DD', or nothing."
        ),
        Invalid(
            text: "every 2 weeks tuesday 19:00 120min until 2027-02-30",
            part: "2027-02-30",
            rendered:
                "--rhythm:42: error: '2027-02-30' in 'every 2 weeks tuesday 19:00 120min until 2027-02-30' is not "
                + "a date that exists; expected a date written YYYY-MM-DD."
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
                + "2027-03-16' is given twice; expected one 'from' at most."
        ),
        Invalid(
            text: "",
            part: "",
            rendered: "--rhythm:1: error: The rhythm '' ends at once; expected 'every', as in 'every 2 weeks tuesday "
                + "19:00 120min'."
        ),
    ]

    @Test("Each malformed rhythm names its bad part in a located sentence", arguments: invalid)
    func refuses(_ invalid: Invalid) throws {
        let error = try #require(throws: RhythmError.self) { try Rhythm.parse(invalid.text, from: Self.dayAfter) }
        #expect(error.rendered() == invalid.rendered)
        #expect(error.description == invalid.rendered)
        #expect(error.part == invalid.part)
    }
}

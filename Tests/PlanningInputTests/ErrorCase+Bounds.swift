import PlanningInput

extension ErrorCase {
    /// Numbers out of bounds, candidates running past midnight, and wall-clock times that do not exist: what
    /// would otherwise overflow or be planned wrongly later.
    static let bounds: [ErrorCase] = [
        ErrorCase(
            "candidate duration of Int.max",
            "facilitator: luc}" => "facilitator: luc, duration-minutes: 9223372036854775807}",
            codes: [.invalidDuration],
            expected: """
                scenario.yaml:29:105: error: duration-minutes '9223372036854775807' of candidate 'f1-0126' must be at most 720 (12 hours).
                    - {id: f1-0126, date: 2027-01-26, start: 18:30, venue: salle-b, facilitator: luc, duration-minutes: 9223372036854775807}
                                                                                                                        ^
                """
        ),
        ErrorCase(
            "session duration just above 12 hours",
            "{duration-minutes: 120," => "{duration-minutes: 721,",
            codes: [.invalidDuration],
            expected: """
                scenario.yaml:24:33: error: duration-minutes '721' of session 'founding1' must be at most 720 (12 hours).
                  founding1: {duration-minutes: 721, days-after-previous: {min: 7, max: 28}}
                                                ^
                """
        ),
        ErrorCase(
            "session duration too large for a whole number",
            "{duration-minutes: 120," => "{duration-minutes: 99999999999999999999,",
            codes: [.invalidNumber],
            expected: """
                scenario.yaml:24:33: error: duration-minutes '99999999999999999999' of session 'founding1' must be at most 720 (12 hours).
                  founding1: {duration-minutes: 99999999999999999999, days-after-previous: {min: 7, max: 28}}
                                                ^
                """
        ),
        ErrorCase(
            "days-after-previous max of Int.max",
            "{min: 7, max: 28}" => "{min: 90, max: 9223372036854775807}",
            codes: [.invalidDayRange],
            expected: """
                scenario.yaml:24:74: error: max '9223372036854775807' of days-after-previous of session 'founding1' must be at most 3660 (about ten years).
                  founding1: {duration-minutes: 120, days-after-previous: {min: 90, max: 9223372036854775807}}
                                                                                         ^
                """
        ),
        ErrorCase(
            "days-after-previous max too large for a whole number",
            "{min: 7, max: 28}" => "{min: 7, max: 9223372036854775808}",
            codes: [.invalidNumber],
            expected: """
                scenario.yaml:24:73: error: max '9223372036854775808' of days-after-previous of session 'founding1' must be at most 3660 (about ten years).
                  founding1: {duration-minutes: 120, days-after-previous: {min: 7, max: 9223372036854775808}}
                                                                                        ^
                """
        ),
        ErrorCase(
            "days-after-previous min just above ten years",
            "{min: 7, max: 28}" => "{min: 3661, max: 4000}",
            codes: [.invalidDayRange, .invalidDayRange],
            expected: """
                scenario.yaml:24:65: error: min '3661' of days-after-previous of session 'founding1' must be at most 3660 (about ten years).
                  founding1: {duration-minutes: 120, days-after-previous: {min: 3661, max: 4000}}
                                                                                ^
                scenario.yaml:24:76: error: max '4000' of days-after-previous of session 'founding1' must be at most 3660 (about ten years).
                  founding1: {duration-minutes: 120, days-after-previous: {min: 3661, max: 4000}}
                                                                                           ^
                """
        ),
        ErrorCase(
            "quorum above 10000",
            "quorum: 2" => "quorum: 10001",
            codes: [.invalidQuorum],
            expected: """
                scenario.yaml:10:11: error: quorum '10001' must be at most 10000.
                  quorum: 10001
                          ^
                """
        ),
        ErrorCase(
            "quorum too negative for a whole number",
            "quorum: 2" => "quorum: -99999999999999999999",
            codes: [.invalidNumber],
            expected: """
                scenario.yaml:10:11: error: quorum '-99999999999999999999' must be at least 1.
                  quorum: -99999999999999999999
                          ^
                """
        ),
        ErrorCase(
            "maximum size above 10000",
            "maximum-size: 12" => "maximum-size: 20000",
            codes: [.invalidQuorum],
            expected: """
                scenario.yaml:11:17: error: maximum size '20000' must be at most 10000.
                  maximum-size: 20000
                                ^
                """
        ),
        ErrorCase(
            "capacity above 10000",
            "capacity: 10" => "capacity: 10001",
            codes: [.invalidCapacity],
            expected: """
                scenario.yaml:21:15: error: capacity '10001' of venue 'salle-b' must be at most 10000.
                    capacity: 10001
                              ^
                """
        ),
        ErrorCase(
            "capacity too large for a whole number",
            "capacity: 10" => "capacity: 99999999999999999999",
            codes: [.invalidNumber],
            expected: """
                scenario.yaml:21:15: error: capacity '99999999999999999999' of venue 'salle-b' must be at most 10000.
                    capacity: 99999999999999999999
                              ^
                """
        ),
        ErrorCase(
            "candidate ending after midnight with the session's duration",
            "date: 2027-01-12, start: \"18:30\"" => "date: 2027-01-12, start: \"23:30\"",
            codes: [.invalidDuration],
            expected: """
                scenario.yaml:27:48: error: candidate 'info-0112' ends at '01:00' the next day; a session must end on the day it starts.
                    - {id: info-0112, date: 2027-01-12, start: "23:30", venue: grand-pont, facilitator: anne}
                                                               ^
                """
        ),
        ErrorCase(
            "candidate ending after midnight with its own duration",
            "facilitator: luc}" => "facilitator: luc, duration-minutes: 360}",
            codes: [.invalidDuration],
            expected: """
                scenario.yaml:29:105: error: candidate 'f1-0126' ends at '00:30' the next day; a session must end on the day it starts.
                    - {id: f1-0126, date: 2027-01-26, start: 18:30, venue: salle-b, facilitator: luc, duration-minutes: 360}
                                                                                                                        ^
                """
        ),
        ErrorCase(
            "start skipped when clocks move forward",
            "date: 2027-01-12, start: \"18:30\"" => "date: 2027-03-28, start: \"02:30\"",
            codes: [.invalidTime],
            expected: """
                scenario.yaml:27:48: error: candidate 'info-0112' starts at '02:30' on 2027-03-28, a time that does not exist in Europe/Zurich (clocks move forward that night).
                    - {id: info-0112, date: 2027-03-28, start: "02:30", venue: grand-pont, facilitator: anne}
                                                               ^
                """
        ),
        ErrorCase(
            "start at the very beginning of the skipped hour",
            "date: 2027-01-12, start: \"18:30\"" => "date: 2027-03-28, start: \"02:00\"",
            codes: [.invalidTime],
            expected: """
                scenario.yaml:27:48: error: candidate 'info-0112' starts at '02:00' on 2027-03-28, a time that does not exist in Europe/Zurich (clocks move forward that night).
                    - {id: info-0112, date: 2027-03-28, start: "02:00", venue: grand-pont, facilitator: anne}
                                                               ^
                """
        ),
        ErrorCase(
            "end skipped when clocks move forward",
            "date: 2027-01-12, start: \"18:30\"" => "date: 2027-03-28, start: \"01:00\"",
            codes: [.invalidTime],
            expected: """
                scenario.yaml:27:48: error: candidate 'info-0112' ends at '02:30' on 2027-03-28, a time that does not exist in Europe/Zurich (clocks move forward that night).
                    - {id: info-0112, date: 2027-03-28, start: "01:00", venue: grand-pont, facilitator: anne}
                                                               ^
                """
        ),
        ErrorCase(
            "start skipped in another time zone",
            "  name: Centre d'entraide Vaud" => "  name: Centre d'entraide Vaud\n  time-zone: America/New_York",
            "date: 2027-01-26, start: 18:30" => "date: 2027-03-14, start: 2:15",
            codes: [.invalidTime],
            expected: """
                scenario.yaml:30:46: error: candidate 'f1-0126' starts at '02:15' on 2027-03-14, a time that does not exist in America/New_York (clocks move forward that night).
                    - {id: f1-0126, date: 2027-03-14, start: 2:15, venue: salle-b, facilitator: luc}
                                                             ^
                """
        ),
    ]
}

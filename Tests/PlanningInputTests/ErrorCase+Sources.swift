import PlanningInput

extension ErrorCase {
    /// Problems of the availability sources named in the scenario: canton, habits, polls, windows.
    static let sources: [ErrorCase] = [
        ErrorCase(
            "unknown canton",
            "  name: Centre d'entraide Vaud\n" => "  name: Centre d'entraide Vaud\n  canton: VS-FR\n",
            codes: [.unknownCanton],
            expected: """
                scenario.yaml:3:11: error: canton 'VS-FR' is not a Swiss canton code (e.g. VD, GE, ZH), nor 'none'.
                  canton: VS-FR
                          ^
                """
        ),
        ErrorCase(
            "weekly habit without a time range",
            "answers: {info-0112: yes, f1-0126: no}" => "answers: {info-0112: yes, f1-0126: no}\n    weekly: [tuesday]",
            codes: [.invalidWeeklyHabit],
            expected: """
                scenario.yaml:42:14: error: weekly habit 'tuesday' of participant 'p02' is not a weekday and a time \
                range (e.g. 'tuesday 18:00-21:30', 'mardi 18h-21h30'), with the end after the start.
                    weekly: [tuesday]
                             ^
                """
        ),
        ErrorCase(
            "weekly habit ending before it starts",
            "answers: {info-0112: yes, f1-0126: no}"
                => "answers: {info-0112: yes, f1-0126: no}\n    weekly: [\"mardi 21:30-18:00\"]",
            codes: [.invalidWeeklyHabit],
            expected: """
                scenario.yaml:42:14: error: weekly habit 'mardi 21:30-18:00' of participant 'p02' is not a weekday \
                and a time range (e.g. 'tuesday 18:00-21:30', 'mardi 18h-21h30'), with the end after the start.
                    weekly: ["mardi 21:30-18:00"]
                             ^
                """
        ),
        ErrorCase(
            "poll voter mapped to an unknown participant",
            "closures:\n" => "polls:\n  - {file: sondage.csv, voters: {\"Jean P.\": p2}}\nclosures:\n",
            codes: [.unknownParticipant],
            expected: """
                scenario.yaml:43:45: error: voter mapped to 'p2', which is not a participant id nor 'ignore'; did you \
                mean 'p02'?
                  - {file: sondage.csv, voters: {*********: p2}}
                                                            ^
                """
        ),
        ErrorCase(
            "poll of an unknown format",
            "closures:\n" => "polls:\n  - {file: sondage.csv, format: doodle}\nclosures:\n",
            codes: [.invalidChoice],
            expected: """
                scenario.yaml:43:33: error: poll format 'doodle' is not one of framadate, grid.
                  - {file: sondage.csv, format: doodle}
                                                ^
                """
        ),
        ErrorCase(
            "window with an unknown weekday",
            "  founding2:\n    - {id: f2-0209" => """
                  founding2:
                    - window: {from: 2027-02-01, to: 2027-02-14}
                      weekdays: [tuesdy]
                      starts: ["18:30"]
                      venues: [grand-pont]
                      facilitators: [anne]
                    - {id: f2-0209
                """,
            codes: [.invalidChoice],
            expected: """
                scenario.yaml:32:18: error: weekday 'tuesdy' is not one of monday … sunday, lundi … dimanche, \
                Montag … Sonntag, lunedì … domenica; did you mean 'tuesday'?
                      weekdays: [tuesdy]
                                 ^
                """
        ),
        ErrorCase(
            "window with an unknown venue",
            "  founding2:\n    - {id: f2-0209" => """
                  founding2:
                    - window: {from: 2027-02-01, to: 2027-02-14}
                      starts: ["18:30"]
                      venues: [grand-pnt]
                      facilitators: [anne]
                    - {id: f2-0209
                """,
            codes: [.unknownVenue],
            expected: """
                scenario.yaml:33:16: error: window #1 of founding2 uses unknown venue 'grand-pnt'; did you mean \
                'grand-pont'?
                      venues: [grand-pnt]
                               ^
                """
        ),
        ErrorCase(
            "window of two years",
            "  founding2:\n    - {id: f2-0209" => """
                  founding2:
                    - window: {from: 2027-02-01, to: 2029-02-01}
                      starts: ["18:30"]
                      venues: [grand-pont]
                      facilitators: [anne]
                    - {id: f2-0209
                """,
            codes: [.invalidPeriod],
            expected: """
                scenario.yaml:31:15: error: window #1 of founding2 spans 732 days; a window may span at most 550 days.
                    - window: {from: 2027-02-01, to: 2029-02-01}
                              ^
                """
        ),
        ErrorCase(
            "window generating an id written already",
            "  founding2:\n    - {id: f2-0209" => """
                  founding2:
                    - {id: f2-20270209-1830-grand-pont-anne, date: 2027-02-09, start: "18:30", venue: grand-pont, facilitator: anne}
                    - window: {from: 2027-02-09, to: 2027-02-09}
                      starts: ["18:30"]
                      venues: [grand-pont]
                      facilitators: [anne]
                    - {id: f2-0209
                """,
            codes: [.duplicateID],
            expected: """
                scenario.yaml:32:15: error: duplicate candidate id 'f2-20270209-1830-grand-pont-anne'; it is first used on \
                line 31.
                    - window: {from: 2027-02-09, to: 2027-02-09}
                              ^
                """
        ),
        ErrorCase(
            "window generating too many candidates",
            "  founding2:\n    - {id: f2-0209" => """
                  founding2:
                    - window: {from: 2027-02-01, to: 2027-12-31}
                      starts: ["18:00", "18:30", "19:00"]
                      venues: [grand-pont, salle-b]
                      facilitators: [anne, luc]
                    - {id: f2-0209
                """,
            codes: [.windowTooLarge],
            expected: """
                scenario.yaml:31:15: error: window #1 of founding2 would generate 4008 candidates (334 days × 3 \
                starts × 2 venues × 2 facilitators); at most 2000 per window: narrow the dates, weekdays, venues or \
                facilitators.
                    - window: {from: 2027-02-01, to: 2027-12-31}
                              ^
                """
        ),
    ]
}

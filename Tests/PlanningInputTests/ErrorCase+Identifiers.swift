import PlanningInput

extension ErrorCase {
    /// Ids that are not safe file-name components (`IdentifierRule`), and time-zone names the calendars
    /// cannot write or that name no place.
    static let identifiers: [ErrorCase] = [
        ErrorCase(
            "participant id made of dots",
            "  - id: p01" => "  - id: ..",
            "initiator: p01" => "initiator: p02",
            "    initiator: true\n" => "",
            codes: [.invalidID],
            expected: """
                scenario.yaml:33:9: error: participant id '..' must not start with '.'.
                  - id: ..
                        ^
                """
        ),
        ErrorCase(
            "hidden facilitator id",
            "{id: anne, name: Anne Rochat" => "{id: .anne, name: Anne Rochat",
            codes: [.invalidID],
            expected: """
                scenario.yaml:14:10: error: facilitator id '.anne' must not start with '.'.
                  - {id: .anne, name: Anne Rochat, email: anne.rochat@entraide-vd.example}
                         ^
                """
        ),
        ErrorCase(
            "venue id of 65 characters",
            "  - id: salle-b" => "  - id: \(String(repeating: "a", count: 65))",
            "venue: salle-b" => "venue: grand-pont",
            codes: [.invalidID],
            expected: """
                scenario.yaml:18:9: error: venue id 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' is 65 characters long; an id has at most 64.
                  - id: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                        ^
                """
        ),
        ErrorCase(
            "group id with an accent",
            "  id: proches-aidants" => "  id: proches-aidé·e·s",
            codes: [.invalidID],
            expected: """
                scenario.yaml:5:7: error: group id 'proches-aidé·e·s' may only contain the letters a-z and A-Z, digits, '-', '_' and '.' (not first).
                  id: proches-aidé·e·s
                      ^
                """
        ),
        ErrorCase(
            "participant id that is an e-mail address",
            "  - id: p02" => "  - id: jean.pittet@example.ch",
            codes: [.invalidID],
            expected: """
                scenario.yaml:38:9: error: participant #2: the id looks like a name or an e-mail address; an id is made of the letters a-z and A-Z, digits, '-', '_' and '.' (not first), and never names the person.
                  - id: **********************
                        ^
                """
        ),
        ErrorCase(
            "participant id that is a name",
            "  - id: p02" => "  - id: Jean Pittet",
            codes: [.invalidID],
            expected: """
                scenario.yaml:38:9: error: participant #2: the id looks like a name or an e-mail address; an id is made of the letters a-z and A-Z, digits, '-', '_' and '.' (not first), and never names the person.
                  - id: ***********
                        ^
                """
        ),
        ErrorCase(
            "window generating ids longer than 64 characters",
            "    - {id: f2-0209, date: 2027-02-09, start: \"18:30\", venue: grand-pont, facilitator: anne}"
                => "    - window: {from: 2027-02-01, to: 2027-02-10}\n      starts: [\"18:30\"]\n"
                + "      venues: [grand-pont, salle-b]\n      facilitators: [anne, luc]\n"
                + "      id-prefix: founding-two-of-the-group-proches-aidants",
            "f1-0126: if-need-be, f2-0209: yes}" => "f1-0126: if-need-be}",
            codes: [.invalidID],
            expected: """
                scenario.yaml:31:15: error: window #1 of founding2 would generate ids such as 'founding-two-of-the-group-proches-aidants-20270201-1830-grand-pont-anne', of 71 characters; an id has at most 64: shorten 'id-prefix', or the ids of the venues and facilitators it lists.
                    - window: {from: 2027-02-01, to: 2027-02-10}
                              ^
                """
        ),
        ErrorCase(
            "window id prefix starting with a dot",
            "    - {id: f2-0209, date: 2027-02-09, start: \"18:30\", venue: grand-pont, facilitator: anne}"
                => "    - {window: {from: 2027-02-01, to: 2027-02-10}, starts: [\"18:30\"], venues: [grand-pont], "
                + "facilitators: [anne], id-prefix: .f2}",
            "f1-0126: if-need-be, f2-0209: yes}" => "f1-0126: if-need-be}",
            codes: [.invalidID],
            expected: """
                scenario.yaml:31:126: error: id-prefix id '.f2' must not start with '.'.
                    - {window: {from: 2027-02-01, to: 2027-02-10}, starts: ["18:30"], venues: [grand-pont], facilitators: [anne], id-prefix: .f2}
                                                                                                                                             ^
                """
        ),
        ErrorCase(
            "time zone abbreviation",
            "  name: Centre d'entraide Vaud" => "  name: Centre d'entraide Vaud\n  time-zone: PST",
            codes: [.unknownTimeZone],
            expected: """
                scenario.yaml:3:14: error: time zone 'PST' is an abbreviation or a fixed offset, not the IANA time-zone name of a place; did you mean 'America/Los_Angeles'?
                  time-zone: PST
                             ^
                """
        ),
        ErrorCase(
            "time zone abbreviation of central Europe",
            "  name: Centre d'entraide Vaud" => "  name: Centre d'entraide Vaud\n  time-zone: CET",
            codes: [.unknownTimeZone],
            expected: """
                scenario.yaml:3:14: error: time zone 'CET' is an abbreviation or a fixed offset, not the IANA time-zone name of a place; did you mean 'Europe/Zurich'?
                  time-zone: CET
                             ^
                """
        ),
        ErrorCase(
            "time zone as a fixed offset",
            "  name: Centre d'entraide Vaud" => "  name: Centre d'entraide Vaud\n  time-zone: GMT+1",
            codes: [.unknownTimeZone],
            expected: """
                scenario.yaml:3:14: error: time zone 'GMT+1' is an abbreviation or a fixed offset, not the IANA time-zone name of a place; write the place whose clocks you follow (e.g. Europe/Zurich).
                  time-zone: GMT+1
                             ^
                """
        ),
        ErrorCase(
            "time zone alias",
            "  name: Centre d'entraide Vaud" => "  name: Centre d'entraide Vaud\n  time-zone: US/Pacific",
            codes: [.unknownTimeZone],
            expected: """
                scenario.yaml:3:14: error: time zone 'US/Pacific' is another name for 'America/Los_Angeles'; write 'America/Los_Angeles'.
                  time-zone: US/Pacific
                             ^
                """
        ),
        ErrorCase(
            "time zone misspelt",
            "  name: Centre d'entraide Vaud" => "  name: Centre d'entraide Vaud\n  time-zone: Europe/Zurch",
            codes: [.unknownTimeZone],
            expected: """
                scenario.yaml:3:14: error: time zone 'Europe/Zurch' is not a known IANA time-zone name; did you mean 'Europe/Zurich'?
                  time-zone: Europe/Zurch
                             ^
                """
        ),
        ErrorCase(
            "time zone of nowhere",
            "  name: Centre d'entraide Vaud" => "  name: Centre d'entraide Vaud\n  time-zone: Mars/Olympus_Mons",
            codes: [.unknownTimeZone],
            expected: """
                scenario.yaml:3:14: error: time zone 'Mars/Olympus_Mons' is not a known IANA time-zone name (e.g. Europe/Zurich).
                  time-zone: Mars/Olympus_Mons
                             ^
                """
        ),
    ]
}

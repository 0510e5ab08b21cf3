import PlanningInput

extension ErrorCase {
    /// Problems of structure: YAML syntax, keys, types, ids and references.
    static let structure: [ErrorCase] = [
        ErrorCase(
            "malformed YAML",
            "  region: Lausanne" => "  region: Lausanne: centre",
            codes: [.invalidYAML],
            expected: """
                scenario.yaml:9:19: error: invalid YAML: mapping values are not allowed in this context.
                  region: Lausanne: centre
                                  ^
                """
        ),
        ErrorCase(
            "duplicate YAML key",
            "  title: Proches aidants" => "  title: Proches aidants\n  title: Aidants",
            codes: [.duplicateKey],
            expected: """
                scenario.yaml:7:3: error: key 'title' appears twice in the same map; it is first used on line 6.
                  title: Aidants
                  ^
                """
        ),
        ErrorCase(
            "unknown key with a suggestion",
            "    address: Rue Centrale 5, 1003 Lausanne" => "    adress: Rue Centrale 5, 1003 Lausanne",
            codes: [.unknownKey],
            expected: """
                scenario.yaml:20:5: error: unknown key 'adress' in venue 'salle-b'; did you mean 'address'?
                    adress: Rue Centrale 5, 1003 Lausanne
                    ^
                """
        ),
        ErrorCase(
            "unknown key without a suggestion",
            "  maximum-size: 12" => "  maximum-size: 12\n  colour: blue",
            codes: [.unknownKey],
            expected: """
                scenario.yaml:12:3: error: unknown key 'colour' in the group; expected one of id, title, theme, type, region, quorum, maximum-size, initiator, public-text, audience, calendar-title.
                  colour: blue
                  ^
                """
        ),
        ErrorCase(
            "unknown top-level key",
            "closures:" => "closure:",
            codes: [.unknownKey],
            expected: """
                scenario.yaml:42:1: error: unknown key 'closure' in the scenario; did you mean 'closures'?
                closure:
                ^
                """
        ),
        ErrorCase(
            "wrong type, a list for a map",
            "    answers: {info-0112: yes, f1-0126: no}" => "    answers: [info-0112, f1-0126]",
            codes: [.wrongType],
            expected: """
                scenario.yaml:41:14: error: 'answers' of participant 'p02' must be a map, not a list.
                    answers: [info-0112, f1-0126]
                             ^
                """
        ),
        ErrorCase(
            "wrong type, a value for a map",
            "  organiser: {name: Groupes d'entraide, email: groupes@entraide-vd.example}"
                => "  organiser: Groupes d'entraide",
            codes: [.wrongType],
            expected: """
                scenario.yaml:3:14: error: 'organiser' of the organisation must be a map, not a single value.
                  organiser: Groupes d'entraide
                             ^
                """
        ),
        ErrorCase(
            "wrong type, a map for a list",
            "venues:\n  - {id: grand-pont" => "venues: {grand-pont: Salle du Grand-Pont}\nunused:\n  - {id: grand-pont",
            codes: [.wrongType, .unknownKey],
            expected: """
                scenario.yaml:16:9: error: 'venues' must be a list, not a map.
                venues: {grand-pont: Salle du Grand-Pont}
                        ^
                scenario.yaml:17:1: error: unknown key 'unused' in the scenario; expected one of organisation, group, \
                facilitators, venues, candidates, participants, rules, sessions, closures, polls.
                unused:
                ^
                """
        ),
        ErrorCase(
            "missing required key",
            "  theme: Soutien entre proches aidants\n" => "",
            codes: [.missingKey],
            expected: """
                scenario.yaml:5:3: error: the group is missing the required key 'theme'.
                  id: proches-aidants
                  ^
                """
        ),
        ErrorCase(
            "required key without value",
            "    name: Salle B" => "    name:",
            codes: [.missingKey],
            expected: """
                scenario.yaml:19:5: error: 'name' of venue 'salle-b' has no value.
                    name:
                    ^
                """
        ),
        ErrorCase(
            "duplicate participant id",
            "  - id: p02" => "  - id: p01",
            codes: [.duplicateID],
            expected: """
                scenario.yaml:38:9: error: duplicate participant id 'p01'; it is first used on line 33.
                  - id: p01
                        ^
                """
        ),
        ErrorCase(
            "duplicate facilitator id",
            "{id: luc, name: Luc Perret" => "{id: anne, name: Luc Perret",
            "facilitator: luc}" => "facilitator: anne}",
            codes: [.duplicateID],
            expected: """
                scenario.yaml:15:10: error: duplicate facilitator id 'anne'; it is first used on line 14.
                  - {id: anne, name: Luc Perret, email: luc.perret@entraide-vd.example, away: [2027-02-23]}
                         ^
                """
        ),
        ErrorCase(
            "duplicate venue id",
            "  - id: salle-b" => "  - id: grand-pont",
            "venue: salle-b" => "venue: grand-pont",
            codes: [.duplicateID],
            expected: """
                scenario.yaml:18:9: error: duplicate venue id 'grand-pont'; it is first used on line 17.
                  - id: grand-pont
                        ^
                """
        ),
        ErrorCase(
            "duplicate candidate id across kinds",
            "{id: f2-0209" => "{id: info-0112",
            ", f2-0209: yes}" => "}",
            codes: [.duplicateID],
            expected: """
                scenario.yaml:31:12: error: duplicate candidate id 'info-0112'; it is first used on line 27.
                    - {id: info-0112, date: 2027-02-09, start: "18:30", venue: grand-pont, facilitator: anne}
                           ^
                """
        ),
        ErrorCase(
            "answer for an unknown slot",
            "{info-0112: yes, f1-0126: no}" => "{info-0113: yes, f1-0126: no}",
            codes: [.unknownSlot],
            expected: """
                scenario.yaml:41:15: error: participant 'p02' answers for unknown candidate 'info-0113'; did you mean 'info-0112'?
                    answers: {info-0113: yes, f1-0126: no}
                              ^
                """
        ),
        ErrorCase(
            "unknown venue",
            "venue: salle-b" => "venue: salle-c",
            codes: [.unknownVenue],
            expected: """
                scenario.yaml:29:60: error: candidate 'f1-0126' uses unknown venue 'salle-c'; did you mean 'salle-b'?
                    - {id: f1-0126, date: 2027-01-26, start: 18:30, venue: salle-c, facilitator: luc}
                                                                           ^
                """
        ),
        ErrorCase(
            "unknown facilitator",
            "facilitator: luc}" => "facilitator: lucie}",
            codes: [.unknownFacilitator],
            expected: """
                scenario.yaml:29:82: error: candidate 'f1-0126' uses unknown facilitator 'lucie'; did you mean 'luc'?
                    - {id: f1-0126, date: 2027-01-26, start: 18:30, venue: salle-b, facilitator: lucie}
                                                                                                 ^
                """
        ),
        ErrorCase(
            "no participants",
            """
            participants:
              - id: p01
                name: Martine Favre
                email: martine.favre@example.ch
                initiator: true
                answers: {info-0112: yes, f1-0126: if-need-be, f2-0209: yes}
              - id: p02
                name: Jean Pittet
                email: jean.pittet@example.ch
                answers: {info-0112: yes, f1-0126: no}
            """ => "participants: []",
            codes: [.emptyList],
            expected: """
                scenario.yaml:32:15: error: the scenario has no participants; expected at least one.
                participants: []
                              ^
                """
        ),
        ErrorCase(
            "unknown initiator",
            "initiator: p01" => "initiator: p03",
            codes: [.unknownParticipant],
            expected: """
                scenario.yaml:12:14: error: initiator 'p03' is not a participant id; did you mean 'p01'?
                  initiator: p03
                             ^
                """
        ),
        ErrorCase(
            "initiator contradicting a flag",
            "    email: jean.pittet@example.ch" => "    email: jean.pittet@example.ch\n    initiator: true",
            codes: [.initiatorConflict],
            expected: """
                scenario.yaml:41:16: error: participant 'p02' is flagged as initiator, but the group's initiator is 'p01'.
                    initiator: true
                               ^
                """
        ),
        ErrorCase(
            "initiator flag false contradicting the group",
            "    initiator: true" => "    initiator: false",
            codes: [.initiatorConflict],
            expected: """
                scenario.yaml:36:16: error: participant 'p01' is flagged as not the initiator, but the group's initiator is 'p01'.
                    initiator: false
                               ^
                """
        ),
        ErrorCase(
            "two initiator flags",
            "  initiator: p01\n" => "",
            "    email: jean.pittet@example.ch" => "    email: jean.pittet@example.ch\n    initiator: true",
            codes: [.initiatorConflict],
            expected: """
                scenario.yaml:40:16: error: participant 'p02' is flagged as initiator, but so is participant 'p01'; a group has one initiator.
                    initiator: true
                               ^
                """
        ),
        ErrorCase(
            "unknown session kind under candidates",
            "  founding1:\n    - {id: f1-0126" => "  fondation1:\n    - {id: f1-0126",
            codes: [.unknownKey],
            expected: """
                scenario.yaml:28:3: error: unknown session kind 'fondation1' under candidates; did you mean 'founding1'?
                  fondation1:
                  ^
                """
        ),
        ErrorCase(
            "unknown session kind under sessions",
            "  founding1: {duration-minutes" => "  founding3: {duration-minutes",
            codes: [.unknownKey],
            expected: """
                scenario.yaml:24:3: error: unknown session kind 'founding3' under sessions; did you mean 'founding1'?
                  founding3: {duration-minutes: 120, days-after-previous: {min: 7, max: 28}}
                  ^
                """
        ),
        ErrorCase(
            "id with a space",
            "{id: info-0112, date" => "{id: info 0112, date",
            "{info-0112: yes, f1-0126: if-need-be" => "{info 0112: yes, f1-0126: if-need-be",
            "{info-0112: yes, f1-0126: no}" => "{info 0112: yes, f1-0126: no}",
            codes: [.invalidID],
            expected: """
                scenario.yaml:27:12: error: candidate id 'info 0112' may only contain the letters a-z and A-Z, digits, '-', '_' and '.' (not first).
                    - {id: info 0112, date: 2027-01-12, start: "18:30", venue: grand-pont, facilitator: anne}
                           ^
                """
        ),
    ]
}

import PlanningInput

extension ErrorCase {
    /// One mistake, one error: what was refused is not reported again through what refers to it, and a key
    /// repeated in a map does not hide the other problems of the file.
    static let recovery: [ErrorCase] = [
        ErrorCase(
            "invalid venue id, its references not reported",
            "{id: grand-pont, name" => "{id: grand pont, name",
            codes: [.invalidID],
            expected: """
                scenario.yaml:17:10: error: venue id 'grand pont' may only contain the letters a-z and A-Z, digits, '-', '_' and '.' (not first).
                  - {id: grand pont, name: Salle du Grand-Pont, address: "Rue du Grand-Pont 2, 1003 Lausanne", capacity: 16}
                         ^
                """
        ),
        ErrorCase(
            "invalid venue id never suggested",
            "{id: grand-pont, name" => "{id: grand pont, name",
            "venue: salle-b" => "venue: salle-c",
            codes: [.invalidID, .unknownVenue],
            expected: """
                scenario.yaml:17:10: error: venue id 'grand pont' may only contain the letters a-z and A-Z, digits, '-', '_' and '.' (not first).
                  - {id: grand pont, name: Salle du Grand-Pont, address: "Rue du Grand-Pont 2, 1003 Lausanne", capacity: 16}
                         ^
                scenario.yaml:29:60: error: candidate 'f1-0126' uses unknown venue 'salle-c'; did you mean 'salle-b'?
                    - {id: f1-0126, date: 2027-01-26, start: 18:30, venue: salle-c, facilitator: luc}
                                                                           ^
                """
        ),
        ErrorCase(
            "invalid facilitator id, its references not reported",
            "{id: anne, name: Anne Rochat" => "{id: anne!, name: Anne Rochat",
            codes: [.invalidID],
            expected: """
                scenario.yaml:14:10: error: facilitator id 'anne!' may only contain the letters a-z and A-Z, digits, '-', '_' and '.' (not first).
                  - {id: anne!, name: Anne Rochat, email: anne.rochat@entraide-vd.example}
                         ^
                """
        ),
        ErrorCase(
            "invalid candidate id, the answers for it not reported",
            "{id: f1-0126, date" => "{id: f1 0126, date",
            codes: [.invalidID],
            expected: """
                scenario.yaml:29:12: error: candidate id 'f1 0126' may only contain the letters a-z and A-Z, digits, '-', '_' and '.' (not first).
                    - {id: f1 0126, date: 2027-01-26, start: 18:30, venue: salle-b, facilitator: luc}
                           ^
                """
        ),
        ErrorCase(
            "invalid participant id, the initiator naming it not reported",
            "  - id: p01" => "  - id: p/01",
            codes: [.invalidID],
            expected: """
                scenario.yaml:33:9: error: participant id 'p/01' may only contain the letters a-z and A-Z, digits, '-', '_' and '.' (not first).
                  - id: p/01
                        ^
                """
        ),
        ErrorCase(
            "repeated key and another problem",
            "  title: Proches aidants" => "  title: Proches aidants\n  title: Aidants",
            "venue: salle-b" => "venue: salle-c",
            codes: [.duplicateKey, .unknownVenue],
            expected: """
                scenario.yaml:7:3: error: key 'title' appears twice in the same map; it is first used on line 6.
                  title: Aidants
                  ^
                scenario.yaml:30:60: error: candidate 'f1-0126' uses unknown venue 'salle-c'; did you mean 'salle-b'?
                    - {id: f1-0126, date: 2027-01-26, start: 18:30, venue: salle-c, facilitator: luc}
                                                                           ^
                """
        ),
        ErrorCase(
            "repeated answer on the next line of a flow map",
            "    answers: {info-0112: yes, f1-0126: no}"
                => "    answers: {info-0112: yes, f1-0126: no,\n      info-0112: no}",
            "capacity: 10" => "capacity: 0",
            codes: [.invalidCapacity, .duplicateKey],
            expected: """
                scenario.yaml:21:15: error: capacity '0' of venue 'salle-b' must be at least 1.
                    capacity: 0
                              ^
                scenario.yaml:42:7: error: key 'info-0112' appears twice in the same map; it is first used on line 41.
                      info-0112: no}
                      ^
                """
        ),
        ErrorCase(
            "repeated participant name, masked",
            "    name: Jean Pittet" => "    name: Jean Pittet\n    name: Jean-Marc Pittet",
            codes: [.duplicateKey],
            expected: """
                scenario.yaml:40:5: error: key 'name' appears twice in the same map; it is first used on line 39.
                    name: ****************
                    ^
                """
        ),
        ErrorCase(
            "key written three times, the first one quoted",
            "  region: Lausanne" => "  \"region\": Lausanne\n  region: Renens\n  region: Morges",
            codes: [.duplicateKey, .duplicateKey],
            expected: """
                scenario.yaml:10:3: error: key 'region' appears twice in the same map; it is first used on line 9.
                  region: Renens
                  ^
                scenario.yaml:11:3: error: key 'region' appears twice in the same map; it is first used on line 9.
                  region: Morges
                  ^
                """
        ),
        ErrorCase(
            "repeated key before a syntax error",
            "  title: Proches aidants" => "  title: Proches aidants\n  title: Aidants",
            "    name: Jean Pittet" => "    name: Jean Pittet: junior",
            codes: [.duplicateKey, .invalidYAML],
            expected: """
                scenario.yaml:7:3: error: key 'title' appears twice in the same map; it is first used on line 6.
                  title: Aidants
                  ^
                scenario.yaml:40:22: error: invalid YAML: mapping values are not allowed in this context.
                    name: *******************
                                     ^
                """
        ),
    ]
}

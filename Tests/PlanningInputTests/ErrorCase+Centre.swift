import PlanningInput

extension ErrorCase {
    /// Problems of a centre file, made by editing ``CentreFixtures/minimal``.
    static let centre: [ErrorCase] = [
        ErrorCase(
            "no organisation",
            "organisation:\n  name: Centre d'entraide Vaud\n" => "organisatio:\n  name: Centre d'entraide Vaud\n",
            codes: [.unknownKey],
            expected: """
                centre.yaml:1:1: error: unknown key 'organisatio' in the centre; did you mean 'organisation'?
                organisatio:
                ^
                """
        ),
        ErrorCase(
            "organisation left out",
            "organisation:\n  name: Centre d'entraide Vaud\n" => "venue-notes:\n  name: Centre d'entraide Vaud\n",
            codes: [.unknownKey, .missingKey],
            expected: """
                centre.yaml:1:1: error: unknown key 'venue-notes' in the centre; did you mean 'venues'?
                venue-notes:
                ^
                centre.yaml:1:1: error: the centre is missing the required key 'organisation'.
                venue-notes:
                ^
                """
        ),
        ErrorCase(
            "misspelt key of a facilitator",
            "    weekly-limit: 3" => "    weekly-limt: 3",
            codes: [.unknownKey],
            expected: """
                centre.yaml:14:5: error: unknown key 'weekly-limt' in facilitator 'anne'; did you mean 'weekly-limit'?
                    weekly-limt: 3
                    ^
                """
        ),
        ErrorCase(
            "phone with letters",
            "phone: 021 555 12 35" => "phone: 021 555 CALL",
            codes: [.invalidPhone],
            expected: """
                centre.yaml:11:12: error: phone '021 555 CALL' of facilitator 'anne' is not a phone number (e.g. +41 21 555 12 34).
                    phone: 021 555 CALL
                           ^
                """
        ),
        ErrorCase(
            "organisation phone too short",
            "  phone: \"+41 21 555 12 34\"" => "  phone: \"+41 21\"",
            codes: [.invalidPhone],
            expected: """
                centre.yaml:4:10: error: phone '+41 21' of the organisation is not a phone number (e.g. +41 21 555 12 34).
                  phone: "+41 21"
                         ^
                """
        ),
        ErrorCase(
            "travel buffer above 12 hours",
            "travel-buffer-minutes: 45" => "travel-buffer-minutes: 721",
            codes: [.invalidDuration],
            expected: """
                centre.yaml:5:26: error: travel-buffer-minutes '721' of the organisation must be at most 720 (12 hours).
                  travel-buffer-minutes: 721
                                         ^
                """
        ),
        ErrorCase(
            "language not led",
            "languages: [fr, de]" => "languages: [fr, rm]",
            codes: [.unknownLanguage],
            expected: """
                centre.yaml:12:21: error: language 'rm' is not one of fr, de, it, en.
                    languages: [fr, rm]
                                    ^
                """
        ),
        ErrorCase(
            "qualification for an unknown session kind",
            "sessions: [information, founding1, founding2]" => "sessions: [information, fondation1]",
            codes: [.unknownSessionKind],
            expected: """
                centre.yaml:13:46: error: unknown session kind 'fondation1' in the qualifications of facilitator 'anne'; did you mean 'founding1'?
                    qualifications: {sessions: [information, fondation1], workshops: [communication]}
                                                             ^
                """
        ),
        ErrorCase(
            "qualification for a workshop id that is not an id",
            "workshops: [communication]" => "workshops: [../communication]",
            codes: [.invalidID],
            expected: """
                centre.yaml:13:81: error: workshop id '../communication' may only contain the letters a-z and A-Z, digits, '-', '_' and '.' (not first).
                    qualifications: {sessions: [information, founding1, founding2], workshops: [../communication]}
                                                                                                ^
                """
        ),
        ErrorCase(
            "qualifications with an unknown key",
            "{sessions: [information, founding1, founding2]," => "{session: [information, founding1, founding2],",
            codes: [.unknownKey],
            expected: """
                centre.yaml:13:22: error: unknown key 'session' in the qualifications of facilitator 'anne'; did you mean 'sessions'?
                    qualifications: {session: [information, founding1, founding2], workshops: [communication]}
                                     ^
                """
        ),
        ErrorCase(
            "weekly limit of zero",
            "weekly-limit: 3" => "weekly-limit: 0",
            codes: [.invalidLimit],
            expected: """
                centre.yaml:14:19: error: weekly-limit '0' of facilitator 'anne' must be at least 1.
                    weekly-limit: 0
                                  ^
                """
        ),
        ErrorCase(
            "monthly limit not a number",
            "monthly-limit: 10" => "monthly-limit: ten",
            codes: [.invalidNumber],
            expected: """
                centre.yaml:15:20: error: 'monthly-limit' of facilitator 'anne' must be a whole number, not 'ten'.
                    monthly-limit: ten
                                   ^
                """
        ),
        ErrorCase(
            "opening hours without times",
            "\"saturday 09:00-12:00\"" => "\"samedi matin\"",
            codes: [.invalidOpeningHours],
            expected: """
                centre.yaml:23:66: error: opening hours 'samedi matin' of venue 'grand-pont' are not a weekday and a \
                time range (e.g. 'monday 08:00-22:00', 'lundi 8h-22h'), with the end after the start.
                    opening-hours: ["monday 08:00-22:00", "tuesday 08:00-22:00", "samedi matin"]
                                                                                 ^
                """
        ),
        ErrorCase(
            "access as a list",
            "    access: Entrée côté cour, 2e étage, ascenseur." => "    access: [Entrée côté cour]",
            codes: [.wrongType],
            expected: """
                centre.yaml:24:13: error: 'access' of venue 'grand-pont' must be text, not a list.
                    access: [Entrée côté cour]
                            ^
                """
        ),
        ErrorCase(
            "facilitator id starting with a dot",
            "  - id: anne" => "  - id: .anne",
            codes: [.invalidID],
            expected: """
                centre.yaml:8:9: error: facilitator id '.anne' must not start with '.'.
                  - id: .anne
                        ^
                """
        ),
        ErrorCase(
            "duplicate venue id",
            "{id: salle-b, name: Salle B" => "{id: grand-pont, name: Salle B",
            codes: [.duplicateID],
            expected: """
                centre.yaml:25:10: error: duplicate venue id 'grand-pont'; it is first used on line 18.
                  - {id: grand-pont, name: Salle B, address: "Rue Centrale 5, 1003 Lausanne", capacity: 10}
                         ^
                """
        ),
        ErrorCase(
            "time zone abbreviation",
            "  canton: VD" => "  canton: VD\n  time-zone: CET",
            codes: [.unknownTimeZone],
            expected: """
                centre.yaml:7:14: error: time zone 'CET' is an abbreviation or a fixed offset, not the IANA time-zone name of a place; did you mean 'Europe/Zurich'?
                  time-zone: CET
                             ^
                """
        ),
        ErrorCase(
            "unknown canton",
            "  canton: VD" => "  canton: VDD",
            codes: [.unknownCanton],
            expected: """
                centre.yaml:6:11: error: canton 'VDD' is not a Swiss canton code; did you mean 'VD'?
                  canton: VDD
                          ^
                """
        ),
        ErrorCase(
            "closure ending before it starts",
            "to: 2027-12-31" => "to: 2027-12-01",
            codes: [.invalidPeriod],
            expected: """
                centre.yaml:27:28: error: closure #1 ends on '2027-12-01', before it starts on '2027-12-24'.
                  - {from: 2027-12-24, to: 2027-12-01, reason: Fêtes de fin d'année}
                                           ^
                """
        ),
        ErrorCase(
            "workshops written as ids instead of the catalogue's entries",
            "closures:\n" => "workshops: [communication]\nclosures:\n",
            codes: [.wrongType],
            expected: """
                centre.yaml:26:13: error: entry #1 of 'workshops' must be a map, not a single value.
                workshops: [communication]
                            ^
                """
        ),
    ]
}

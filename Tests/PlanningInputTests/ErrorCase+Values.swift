import PlanningInput

extension ErrorCase {
    /// Problems of single values: times, dates, durations, numbers, e-mail addresses, choices.
    static let values: [ErrorCase] = [
        ErrorCase(
            "answer without a value",
            "f1-0126: no}" => "f1-0126: }",
            codes: [.invalidAvailability],
            expected: """
                scenario.yaml:41:31: error: participant 'p02' gives no answer for 'f1-0126'; expected one of yes, \
                if-need-be, no (in French: oui, si besoin, non).
                    answers: {info-0112: yes, f1-0126: }
                                              ^
                """
        ),
        ErrorCase(
            "answer not yes, if-need-be or no",
            "f1-0126: no}" => "f1-0126: peut-être}",
            codes: [.invalidAvailability],
            expected: """
                scenario.yaml:41:40: error: availability 'peut-être' is not one of yes, if-need-be, no (in French: oui, \
                si besoin, non).
                    answers: {info-0112: yes, f1-0126: peut-être}
                                                       ^
                """
        ),
        ErrorCase(
            "slot ending before it starts",
            "facilitator: luc}" => "facilitator: luc, end: \"17:30\"}",
            codes: [.invalidDuration],
            expected: """
                scenario.yaml:29:92: error: candidate 'f1-0126' ends at '17:30', before it starts at '18:30'.
                    - {id: f1-0126, date: 2027-01-26, start: 18:30, venue: salle-b, facilitator: luc, end: "17:30"}
                                                                                                           ^
                """
        ),
        ErrorCase(
            "slot ending when it starts",
            "facilitator: luc}" => "facilitator: luc, end: \"18:30\"}",
            codes: [.invalidDuration],
            expected: """
                scenario.yaml:29:92: error: candidate 'f1-0126' ends at '18:30', the time it starts; it must last at least one minute.
                    - {id: f1-0126, date: 2027-01-26, start: 18:30, venue: salle-b, facilitator: luc, end: "18:30"}
                                                                                                           ^
                """
        ),
        ErrorCase(
            "zero duration",
            "facilitator: luc}" => "facilitator: luc, duration-minutes: 0}",
            codes: [.invalidDuration],
            expected: """
                scenario.yaml:29:105: error: duration-minutes '0' of candidate 'f1-0126' must be at least 1.
                    - {id: f1-0126, date: 2027-01-26, start: 18:30, venue: salle-b, facilitator: luc, duration-minutes: 0}
                                                                                                                        ^
                """
        ),
        ErrorCase(
            "negative session duration",
            "{duration-minutes: 120," => "{duration-minutes: -30,",
            codes: [.invalidDuration],
            expected: """
                scenario.yaml:24:33: error: duration-minutes '-30' of session 'founding1' must be at least 1.
                  founding1: {duration-minutes: -30, days-after-previous: {min: 7, max: 28}}
                                                ^
                """
        ),
        ErrorCase(
            "both end and duration",
            "facilitator: luc}" => "facilitator: luc, end: \"20:30\", duration-minutes: 120}",
            codes: [.conflictingKeys],
            expected: """
                scenario.yaml:29:87: error: candidate 'f1-0126' gives both 'end' and 'duration-minutes'; give one of them.
                    - {id: f1-0126, date: 2027-01-26, start: 18:30, venue: salle-b, facilitator: luc, end: "20:30", duration-minutes: 120}
                                                                                                      ^
                """
        ),
        ErrorCase(
            "start that is not a time",
            "date: 2027-01-12, start: \"18:30\"" => "date: 2027-01-12, start: soir",
            codes: [.invalidTime],
            expected: """
                scenario.yaml:27:48: error: start 'soir' of candidate 'info-0112' is not a time (e.g. 18:30, 18.30, \
                18h30, 18 h 30, 19h).
                    - {id: info-0112, date: 2027-01-12, start: soir, venue: grand-pont, facilitator: anne}
                                                               ^
                """
        ),
        ErrorCase(
            "start that does not exist",
            "date: 2027-01-12, start: \"18:30\"" => "date: 2027-01-12, start: \"24:30\"",
            codes: [.invalidTime],
            expected: """
                scenario.yaml:27:48: error: start '24:30' of candidate 'info-0112' does not exist (expected 00:00 to 23:59).
                    - {id: info-0112, date: 2027-01-12, start: "24:30", venue: grand-pont, facilitator: anne}
                                                               ^
                """
        ),
        ErrorCase(
            "date that does not exist",
            "date: 2027-02-09" => "date: 2027-02-30",
            codes: [.invalidDate],
            expected: """
                scenario.yaml:31:27: error: date '2027-02-30' does not exist (February 2027 has 28 days).
                    - {id: f2-0209, date: 2027-02-30, start: "18:30", venue: grand-pont, facilitator: anne}
                                          ^
                """
        ),
        ErrorCase(
            "date without its year",
            "date: 2027-02-09" => "date: 9 févr.",
            codes: [.invalidDate],
            expected: """
                scenario.yaml:31:27: error: date '9 févr.' is not a date (e.g. 2027-03-06, 06.03.2027, 6.3.27, 6 mars \
                2027).
                    - {id: f2-0209, date: 9 févr., start: "18:30", venue: grand-pont, facilitator: anne}
                                          ^
                """
        ),
        ErrorCase(
            "date whose day and month may be read either way",
            "date: 2027-02-09" => "date: 03/02/2027",
            codes: [.invalidDate],
            expected: """
                scenario.yaml:31:27: error: date '03/02/2027' is ambiguous: 3 February 2027 (day/month/year) or 2 \
                March 2027 (month/day/year); write 2027-02-03 or 2027-03-02.
                    - {id: f2-0209, date: 03/02/2027, start: "18:30", venue: grand-pont, facilitator: anne}
                                          ^
                """
        ),
        ErrorCase(
            "date after a weekday that is not its own",
            "date: 2027-02-09" => "date: lundi 9 février 2027",
            codes: [.invalidDate],
            expected: """
                scenario.yaml:31:27: error: date 'lundi 9 février 2027' says monday, but 9 February 2027 is a tuesday.
                    - {id: f2-0209, date: lundi 9 février 2027, start: "18:30", venue: grand-pont, facilitator: anne}
                                          ^
                """
        ),
        ErrorCase(
            "date with month 13",
            "date: 2027-02-09" => "date: 2027-13-09",
            codes: [.invalidDate],
            expected: """
                scenario.yaml:31:27: error: date '2027-13-09' does not exist (months run from 01 to 12).
                    - {id: f2-0209, date: 2027-13-09, start: "18:30", venue: grand-pont, facilitator: anne}
                                          ^
                """
        ),
        ErrorCase(
            "unknown time zone",
            "  name: Centre d'entraide Vaud" => "  name: Centre d'entraide Vaud\n  time-zone: Europe/Zurick",
            codes: [.unknownTimeZone],
            expected: """
                scenario.yaml:3:14: error: time zone 'Europe/Zurick' is not a known IANA time-zone name; did you mean 'Europe/Zurich'?
                  time-zone: Europe/Zurick
                             ^
                """
        ),
        ErrorCase(
            "capacity zero",
            "capacity: 10" => "capacity: 0",
            codes: [.invalidCapacity],
            expected: """
                scenario.yaml:21:15: error: capacity '0' of venue 'salle-b' must be at least 1.
                    capacity: 0
                              ^
                """
        ),
        ErrorCase(
            "capacity negative",
            "capacity: 10" => "capacity: -4",
            codes: [.invalidCapacity],
            expected: """
                scenario.yaml:21:15: error: capacity '-4' of venue 'salle-b' must be at least 1.
                    capacity: -4
                              ^
                """
        ),
        ErrorCase(
            "capacity not a number",
            "capacity: 10" => "capacity: dix",
            codes: [.invalidNumber],
            expected: """
                scenario.yaml:21:15: error: 'capacity' of venue 'salle-b' must be a whole number, not 'dix'.
                    capacity: dix
                              ^
                """
        ),
        ErrorCase(
            "quorum above maximum size",
            "quorum: 2" => "quorum: 14",
            codes: [.invalidQuorum],
            expected: """
                scenario.yaml:10:11: error: quorum '14' is above the maximum size '12'.
                  quorum: 14
                          ^
                """
        ),
        ErrorCase(
            "quorum above default maximum size",
            "quorum: 2\n  maximum-size: 12" => "quorum: 13",
            codes: [.invalidQuorum],
            expected: """
                scenario.yaml:10:11: error: quorum '13' is above the maximum size '12' (the default).
                  quorum: 13
                          ^
                """
        ),
        ErrorCase(
            "quorum below 1",
            "quorum: 2" => "quorum: 0",
            codes: [.invalidQuorum],
            expected: """
                scenario.yaml:10:11: error: quorum '0' must be at least 1.
                  quorum: 0
                          ^
                """
        ),
        ErrorCase(
            "malformed participant e-mail",
            "email: jean.pittet@example.ch" => "email: jean.pittet(at)example.ch",
            codes: [.invalidEmail],
            expected: """
                scenario.yaml:40:12: error: participant 'p02': e-mail address is not valid (expected name@domain).
                    email: *************************
                           ^
                """
        ),
        ErrorCase(
            "malformed organiser e-mail",
            "email: groupes@entraide-vd.example" => "email: groupes-entraide-vd.example",
            codes: [.invalidEmail],
            expected: """
                scenario.yaml:3:48: error: the organiser: e-mail address is not valid (expected name@domain).
                  organiser: {name: Groupes d'entraide, email: groupes-entraide-vd.example}
                                                               ^
                """
        ),
        ErrorCase(
            "malformed facilitator e-mail",
            "email: anne.rochat@entraide-vd.example" => "email: anne.rochat@entraide",
            codes: [.invalidEmail],
            expected: """
                scenario.yaml:14:42: error: facilitator 'anne': e-mail address is not valid (expected name@domain).
                  - {id: anne, name: Anne Rochat, email: anne.rochat@entraide}
                                                         ^
                """
        ),
        ErrorCase(
            "days-after-previous min above max",
            "{min: 7, max: 28}" => "{min: 28, max: 7}",
            codes: [.invalidDayRange],
            expected: """
                scenario.yaml:24:65: error: days-after-previous of session 'founding1' has min '28' above max '7'.
                  founding1: {duration-minutes: 120, days-after-previous: {min: 28, max: 7}}
                                                                                ^
                """
        ),
        ErrorCase(
            "days-after-previous negative",
            "{min: 7, max: 28}" => "{min: -7, max: 28}",
            codes: [.invalidDayRange],
            expected: """
                scenario.yaml:24:65: error: min '-7' of days-after-previous of session 'founding1' must be at least 0.
                  founding1: {duration-minutes: 120, days-after-previous: {min: -7, max: 28}}
                                                                                ^
                """
        ),
        ErrorCase(
            "days-after-previous on the information session",
            "sessions:" => "sessions:\n  information: {days-after-previous: {min: 0, max: 7}}",
            codes: [.unknownKey],
            expected: """
                scenario.yaml:24:17: error: session 'information' comes first and takes no 'days-after-previous'.
                  information: {days-after-previous: {min: 0, max: 7}}
                                ^
                """
        ),
        ErrorCase(
            "unknown organisation language",
            "  name: Centre d'entraide Vaud" => "  name: Centre d'entraide Vaud\n  language: francais",
            codes: [.unknownLanguage],
            expected: """
                scenario.yaml:3:13: error: language 'francais' is not one of fr, de, it, en.
                  language: francais
                            ^
                """
        ),
        ErrorCase(
            "unknown participant language",
            "    name: Jean Pittet" => "    name: Jean Pittet\n    language: rm",
            codes: [.unknownLanguage],
            expected: """
                scenario.yaml:40:15: error: language 'rm' is not one of fr, de, it, en.
                    language: rm
                              ^
                """
        ),
        ErrorCase(
            "closure ending before it starts",
            "{from: 2027-02-15, to: 2027-02-19" => "{from: 2027-02-19, to: 2027-02-15",
            codes: [.invalidPeriod],
            expected: """
                scenario.yaml:44:28: error: closure #2 ends on '2027-02-15', before it starts on '2027-02-19'.
                  - {from: 2027-02-19, to: 2027-02-15, reason: Relâches}
                                           ^
                """
        ),
        ErrorCase(
            "away period ending before it starts",
            "away: [2027-02-23]" => "away: [{from: 2027-02-23, to: 2027-02-20}]",
            codes: [.invalidPeriod],
            expected: """
                scenario.yaml:15:102: error: an away period of facilitator 'luc' ends on '2027-02-20', before it starts on '2027-02-23'.
                  - {id: luc, name: Luc Perret, email: luc.perret@entraide-vd.example, away: [{from: 2027-02-23, to: 2027-02-20}]}
                                                                                                                     ^
                """
        ),
        ErrorCase(
            "closure with date and period",
            "{from: 2027-02-15, to: 2027-02-19" => "{date: 2027-02-15, to: 2027-02-19",
            codes: [.conflictingKeys],
            expected: """
                scenario.yaml:44:24: error: closure #2 gives both 'date' and 'to'; give either a 'date' or a period 'from' … 'to'.
                  - {date: 2027-02-15, to: 2027-02-19, reason: Relâches}
                                       ^
                """
        ),
        ErrorCase(
            "unknown group type",
            "type: talking-group" => "type: groupe-de-parole",
            codes: [.invalidChoice],
            expected: """
                scenario.yaml:8:9: error: group type 'groupe-de-parole' is not one of talking-group, information-exchange, shared-activity.
                  type: groupe-de-parole
                        ^
                """
        ),
        ErrorCase(
            "unknown calendar title",
            "type: talking-group" => "type: talking-group\n  calendar-title: visible",
            codes: [.invalidChoice],
            expected: """
                scenario.yaml:9:19: error: calendar title 'visible' is not one of neutral, public.
                  calendar-title: visible
                                  ^
                """
        ),
        ErrorCase(
            "unknown quorum scope",
            "sessions:" => "rules: {quorum-applies-to: all}\nsessions:",
            codes: [.invalidChoice],
            expected: """
                scenario.yaml:23:28: error: quorum-applies-to 'all' is not one of each-session, whole-sequence.
                rules: {quorum-applies-to: all}
                                           ^
                """
        ),
        ErrorCase(
            "not a Boolean",
            "    step-free: true" => "    step-free: oui",
            codes: [.invalidBoolean],
            expected: """
                scenario.yaml:22:16: error: 'step-free' of venue 'salle-b' must be true or false, not 'oui'.
                    step-free: oui
                               ^
                """
        ),
        ErrorCase(
            "uid-domain not a domain",
            "  name: Centre d'entraide Vaud" => "  name: Centre d'entraide Vaud\n  uid-domain: entraide vd",
            codes: [.invalidDomain],
            expected: """
                scenario.yaml:3:15: error: uid-domain 'entraide vd' is not a domain name (e.g. entraide-vd.example).
                  uid-domain: entraide vd
                              ^
                """
        ),
    ]
}

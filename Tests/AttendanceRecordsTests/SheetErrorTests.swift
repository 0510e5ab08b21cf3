import AttendanceRecords
import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// A filled-in sheet that must be refused, and everything the user is told.
struct BadSheet: CustomTestStringConvertible, Sendable {
    var summary: String
    var text: String
    var expected: String
    var session = "founding1"

    init(_ summary: String, _ text: String, _ expected: String, session: String = "founding1") {
        self.summary = summary
        self.text = text
        self.expected = expected
        self.session = session
    }

    var testDescription: String { summary }
}

@Suite struct SheetErrorTests {
    static let cases: [BadSheet] = [
        BadSheet(
            "an unknown participant id, with the nearest id; the name column is masked",
            "participant;nom;présence\np011;Nathalie Berthoud;présent\n",
            """
            founding1.csv:2:1: error: 'p011' is not a participant id; did you mean 'p01'?
            p011;*****************;présent
            ^
            """
        ),
        BadSheet(
            "a name in the id column is neither quoted nor shown",
            "participant;nom;présence\nNathalie;;présent\n",
            """
            founding1.csv:2:1: error: this cell of the `participant` column is not a participant id; write an id \
            of the scenario (such as 'p01'), or leave it empty for a newcomer.
            ********;;présent
            ^
            """
        ),
        BadSheet(
            "a participant's second row",
            "participant;nom;présence\np01;Nathalie B.;présent\np02;Olivier C.;absent\np01;Nathalie B.;absent\n",
            """
            founding1.csv:4:1: error: a second row for participant 'p01'; the first is on line 2.
            p01;***********;absent
            ^
            """
        ),
        BadSheet(
            "an attendance word not in the table lists the scenario language's words",
            "participant;nom;présence\np01;Nathalie B.;peut-être\n",
            """
            founding1.csv:2:17: error: attendance 'peut-être' is not one of présent·e, excusé·e, absent·e; leave \
            the cell empty when it is not known.
            p01;***********;peut-être
                            ^
            """
        ),
        BadSheet(
            "a header without the attendance column",
            "participant;nom\np01;Nathalie B.\n",
            """
            founding1.csv:1:1: error: the header has no `présence` column; expected the header \
            participant;nom;présence.
            participant;nom
            ^
            """
        ),
        BadSheet(
            "a misspelt heading, with the nearest, reported once",
            "participant;nom;presense\np01;Nathalie B.;présent\n",
            """
            founding1.csv:1:17: error: heading 'presense' is not one of participant, nom, présence; did you mean \
            'présence'?
            participant;nom;presense
                            ^
            """
        ),
        BadSheet(
            "a second attendance column",
            "participant;nom;présence;Présence\np01;Nathalie B.;présent;absent\n",
            """
            founding1.csv:1:26: error: a second `présence` column; the first starts at column 17.
            participant;nom;présence;Présence
                                     ^
            """
        ),
        BadSheet(
            "a row with more cells than the header",
            "participant;nom;présence\np01;Nathalie B.;présent;malade\n",
            """
            founding1.csv:2:25: error: this row has more cells than the header has columns (3); expected \
            participant;nom;présence.
            p01;***********;présent;******
                                    ^
            """
        ),
        BadSheet(
            "an attendance without id nor name",
            "participant;nom;présence\n;;présent\n",
            """
            founding1.csv:2:1: error: a row with an attendance but neither participant id nor name; write the id \
            of a registered participant, a newcomer's name (only counted, never kept), or delete the row.
            ;;présent
            ^
            """
        ),
        BadSheet(
            "a column with cells but no heading",
            "participant;nom;présence;\np01;Nathalie B.;présent;x\n",
            """
            founding1.csv:1:26: error: a column with cells but no heading; expected the header \
            participant;nom;présence.
            participant;nom;présence;
                                     ^
            """
        ),
        BadSheet(
            "a quoted name never closed: the CSV reader's error, the name masked",
            "participant;nom;présence\np01;\"Nathalie B.;présent\n",
            """
            founding1.csv:2:5: error: this quoted field is never closed; expected a closing double quote before \
            the end of the file.
            p01;********************
                ^
            """
        ),
        BadSheet(
            "nothing filled in",
            "\u{FEFF}participant;nom;présence\r\np01;Nathalie B.;\r\n;;\r\n",
            """
            founding1.csv: error: no attendance is filled in; write présent·e, excusé·e, absent·e in the \
            `présence` column of each participant.
            """
        ),
        BadSheet(
            "an empty file",
            "\u{FEFF}\r\n",
            """
            founding1.csv: error: the file is empty; expected the header participant;nom;présence, then one row \
            per participant.
            """
        ),
    ]

    @Test("a broken sheet gives these messages", arguments: cases)
    func broken(_ sheet: BadSheet) throws {
        let (scenario, result) = try AttendanceFixture.planned()
        let recorder = AttendanceRecorder(scenario: scenario, result: result)
        let session = try recorder.plannedSession(named: sheet.session, scenarioFile: "scenario.yaml")
        let rendered = AttendanceFixture.rendered {
            _ = try recorder.sheet(Array(sheet.text.utf8), file: "founding1.csv", of: session)
        }
        #expect(rendered == sheet.expected)
        #expect(!AttendanceFixture.names.contains { rendered.contains($0) })
    }

    @Test("every problem of the sheet at once, sorted, each with its code") func allAtOnce() throws {
        let (scenario, result) = try AttendanceFixture.planned()
        let recorder = AttendanceRecorder(scenario: scenario, result: result)
        let session = try recorder.plannedSession(named: "founding1", scenarioFile: "scenario.yaml")
        let text = "participant;nom;présence\np01;N;oui;x\np99;;absent\np01;N;absent\n;;présent\n"
        do {
            _ = try recorder.sheet(Array(text.utf8), file: "founding1.csv", of: session)
            Issue.record("no error")
        } catch {
            #expect(
                error.errors.map(\.code.rawValue) == [
                    "invalid-attendance", "extra-cell", "unknown-participant", "duplicate-row", "unnamed-row",
                ]
            )
            #expect(error.errors.map(\.line) == [2, 2, 3, 4, 5])
            #expect(error.errors.map(\.value) == ["oui", nil, "p99", "p01", nil])
        }
    }

    @Test("a German scenario lists the German words")
    func germanWords() throws {
        let yaml = AttendanceFixture.yaml.replacingOccurrences(of: "language: fr", with: "language: de")
        let (scenario, result) = try AttendanceFixture.planned(yaml)
        let recorder = AttendanceRecorder(scenario: scenario, result: result)
        let session = try recorder.plannedSession(named: "information", scenarioFile: "scenario.yaml")
        let rendered = AttendanceFixture.rendered {
            _ = try recorder.sheet(Array("teilnehmende;name\np01;x\n".utf8), file: "information.csv", of: session)
        }
        #expect(
            rendered == """
                information.csv:1:1: error: the header has no `anwesenheit` column; expected the header \
                teilnehmende;name;anwesenheit.
                teilnehmende;name
                ^
                """
        )
    }

    static let sessions: [(String, String)] = [
        (
            "fondation1",
            "scenario.yaml: error: unknown session 'fondation1'; expected information, founding1, founding2 or "
                + "review; did you mean 'founding1'?"
        ),
        (
            "workshop",
            "scenario.yaml: error: unknown session 'workshop'; expected information, founding1, founding2 or review."
        ),
        ("review", "scenario.yaml: error: session 'review' is not planned: the scenario proposes no candidate for it."),
    ]

    @Test("an unknown or unplanned session", arguments: sessions)
    func badSession(_ name: String, _ expected: String) throws {
        let (scenario, result) = try AttendanceFixture.planned()
        let recorder = AttendanceRecorder(scenario: scenario, result: result)
        #expect(
            AttendanceFixture.rendered { _ = try recorder.plannedSession(named: name, scenarioFile: "scenario.yaml") }
                == expected
        )
    }
}

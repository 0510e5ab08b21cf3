import AttendanceRecords
import AttendanceSheets
import Foundation
import PlanningDomain
import PlanningInput
import Testing

@Suite struct RecordFileTests {
    static let group: Group.ID = "parents-ados-test"

    static func record() throws -> AttendanceRecord {
        AttendanceRecord(
            group: group,
            sessions: [
                .information: SessionAttendance(
                    candidate: "info-0114",
                    date: try #require(LocalDate(year: 2027, month: 1, day: 14)),
                    attendance: ["p10": .present, "p02": .absent, "p01": .excused],
                    newcomers: 3
                )
            ]
        )
    }

    @Test("the record file sits beside the scenario, named after it")
    func path() {
        #expect(
            AttendanceRecord.path(besideScenario: "Resources/Examples/parents-ados-nyon/scenario.yaml")
                == "Resources/Examples/parents-ados-nyon/scenario.attendance.json"
        )
        #expect(AttendanceRecord.path(besideScenario: "groupe.yml") == "groupe.attendance.json")
        #expect(AttendanceRecord.path(besideScenario: "/tmp/x/groupe.v2.yaml") == "/tmp/x/groupe.v2.attendance.json")
    }

    @Test("keys are sorted, so the same record gives the same bytes")
    func deterministicBytes() throws {
        let bytes = try Self.record().jsonBytes
        #expect(
            String(decoding: bytes, as: UTF8.self) == """
                {
                  "format" : "entraide-attendance/1",
                  "group" : "parents-ados-test",
                  "sessions" : {
                    "information" : {
                      "attendance" : {
                        "p01" : "excused",
                        "p02" : "absent",
                        "p10" : "present"
                      },
                      "candidate" : "info-0114",
                      "date" : "2027-01-14",
                      "newcomers" : 3
                    }
                  }
                }

                """
        )
        #expect(try AttendanceRecord(json: bytes, file: "r.json", group: Self.group) == Self.record())
    }

    static let broken: [(String, String)] = [
        ("not json", "r.json: error: the file is not valid JSON."),
        (
            "[1, 2]",
            "r.json: error: the file is not a JSON object; expected an attendance record of the format entraide-attendance/1."
        ),
        (
            #"{"format": "entraide-attendance/2", "group": "parents-ados-test", "sessions": {}}"#,
            "r.json: error: format 'entraide-attendance/2' is not entraide-attendance/1; this file is not an attendance "
                + "record Entraide can read."
        ),
        (
            #"{"format": "entraide-attendance/1", "group": "proches-aidants", "sessions": {}}"#,
            "r.json: error: the record is for group 'proches-aidants', not for the scenario's group "
                + "'parents-ados-test'; record this group's sessions in a file of its own."
        ),
        (
            #"{"format": "entraide-attendance/1", "group": "parents-ados-test", "sessions": {"bilan": {}}}"#,
            "r.json: error: unknown session 'bilan' under `sessions`; expected information, founding1, founding2 or "
                + "review."
        ),
        (
            #"{"format": "entraide-attendance/1", "group": "parents-ados-test", "sessions": {"review": "#
                + #"{"candidate": "rev-0610", "date": "2027-06-31", "attendance": {"p01": "late"}, "newcomers": -1}}}"#,
            """
            r.json: error: session 'review': date '2027-06-31' is not a date written YYYY-MM-DD that exists.
            r.json: error: session 'review': attendance 'late' of participant 'p01' is not one of present, excused, \
            absent.
            r.json: error: session 'review': newcomers '-1' is below 0.
            """
        ),
        (
            #"{"format": "entraide-attendance/1", "group": "parents-ados-test", "sessions": {"review": "#
                + #"{"candidate": "rev-0610", "date": "2027-06-10", "attendance": {}, "newcomers": "two"}}}"#,
            "r.json: error: `sessions.review.newcomers` has the wrong type; expected a whole number."
        ),
    ]

    @Test("a broken record file gives these messages", arguments: broken)
    func brokenRecord(_ text: String, _ expected: String) {
        #expect(
            AttendanceFixture.rendered {
                _ = try AttendanceRecord(json: Array(text.utf8), file: "r.json", group: Self.group)
            } == expected
        )
    }

    @Test("no file yet reads as no record; a folder is refused")
    func missingFile() throws {
        let folder = try AttendanceFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            try AttendanceRecord.read(contentsOf: folder.appendingPathComponent("x.json").path, group: Self.group)
                == nil
        )
        #expect(
            AttendanceFixture.rendered { _ = try AttendanceRecord.read(contentsOf: folder.path, group: Self.group) }
                == "\(folder.path): error: this is a directory, not an attendance record."
        )
    }

    @Test("a write that fails leaves the old file and no temporary file")
    func failedWriteKeepsOldFile() throws {
        let folder = try AttendanceFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("scenario.attendance.json").path
        try Self.record().write(to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        // A folder in the way of the rename: rename(2) cannot replace a non-empty folder with a file.
        let blocked = folder.appendingPathComponent("blocked.attendance.json")
        try FileManager.default.createDirectory(
            at: blocked.appendingPathComponent("inside"),
            withIntermediateDirectories: true
        )
        #expect(throws: AttendanceRecord.WriteFailure.self) { try Self.record().write(to: blocked.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: blocked.path) == ["inside"])

        // A folder that does not exist: nothing is written at all.
        let nowhere = folder.appendingPathComponent("missing/scenario.attendance.json").path
        #expect(throws: AttendanceRecord.WriteFailure.self) { try Self.record().write(to: nowhere) }

        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["blocked.attendance.json", "scenario.attendance.json"]
        )
    }
}

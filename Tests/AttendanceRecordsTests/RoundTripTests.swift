import AttendanceRecords
import AttendanceSheets
import Foundation
import PlanningDomain
import PlanningEngine
import PlanningInput
import Testing

@Suite struct RoundTripTests {
    @Test("a sheet CSV written by SheetCSV, filled in, recorded, written and read back")
    func roundTrip() throws {
        let (scenario, result) = try AttendanceFixture.planned()
        let csv = try AttendanceFixture.sheetCSV(.founding1, scenario: scenario, result: result)
        #expect(csv.hasPrefix("\u{FEFF}participant;nom;présence\r\n"))
        let filled = AttendanceFixture.filled(
            csv,
            marks: ["p01": "présent·e", "p02": "Excusée", "p03": "absent", "p05": " PRESENT "],
            newcomers: [("Léa", "présente"), ("Marc", "absent")]
        )
        let recorder = AttendanceRecorder(scenario: scenario, result: result)
        let session = try recorder.plannedSession(named: "founding1", scenarioFile: "scenario.yaml")
        let sheet = try recorder.sheet(filled, file: "founding1.csv", of: session)

        #expect(sheet.kind == .founding1)
        #expect(
            sheet.attendance
                == SessionAttendance(
                    candidate: "f1-0211",
                    date: try #require(LocalDate(year: 2027, month: 2, day: 11)),
                    attendance: ["p01": .present, "p02": .excused, "p03": .absent, "p05": .present],
                    newcomers: 1
                )
        )
        #expect(sheet.notRecorded == ["p06"])
        #expect(sheet.unexpectedlyPresent.isEmpty)

        var record = AttendanceRecord(group: scenario.group.id)
        #expect(record.record(sheet.attendance, for: sheet.kind) == nil)
        let folder = try AttendanceFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = AttendanceRecord.path(besideScenario: folder.appendingPathComponent("scenario.yaml").path)
        #expect(path.hasSuffix("/scenario.attendance.json"))
        try record.write(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            text == """
                {
                  "format" : "entraide-attendance/1",
                  "group" : "parents-ados-test",
                  "sessions" : {
                    "founding1" : {
                      "attendance" : {
                        "p01" : "present",
                        "p02" : "excused",
                        "p03" : "absent",
                        "p05" : "present"
                      },
                      "candidate" : "f1-0211",
                      "date" : "2027-02-11",
                      "newcomers" : 1
                    }
                  }
                }

                """
        )
        #expect(!AttendanceFixture.names.contains { text.contains($0) } && !text.contains("Léa"))
        let read = try AttendanceRecord.read(contentsOf: path, group: scenario.group.id)
        #expect(read == record)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["scenario.attendance.json"])
    }

    @Test("recording a session again replaces its entry and keeps the others")
    func recordingAgainReplaces() throws {
        let (scenario, result) = try AttendanceFixture.planned()
        let recorder = AttendanceRecorder(scenario: scenario, result: result)
        var record = AttendanceRecord(group: scenario.group.id)
        for (kind, word) in [(SessionKind.information, "présent"), (.founding1, "présent"), (.founding1, "absent")] {
            let csv = try AttendanceFixture.sheetCSV(kind, scenario: scenario, result: result)
            let session = try recorder.plannedSession(named: kind.rawValue, scenarioFile: "scenario.yaml")
            let sheet = try recorder.sheet(
                AttendanceFixture.filled(csv, marks: ["p01": word]),
                file: "\(kind).csv",
                of: session
            )
            let replaced = record.record(sheet.attendance, for: kind)
            #expect((replaced != nil) == (kind == .founding1 && word == "absent"))
        }
        #expect(record.recordedKinds == [.information, .founding1])
        #expect(record.sessions[.founding1]?.attendance == ["p01": .absent])
        #expect(record.sessions[.information]?.attendance == ["p01": .present])
    }

    @Test("someone present though their answers said no is recorded, and noted")
    func unexpectedPresence() throws {
        let (scenario, result) = try AttendanceFixture.planned()
        let csv = try AttendanceFixture.sheetCSV(.founding1, scenario: scenario, result: result)
        #expect(!csv.contains("p04"))
        let filled = AttendanceFixture.filled(csv + "p04;;anwesend\r\n", marks: ["p01": "presente"])
        let recorder = AttendanceRecorder(scenario: scenario, result: result)
        let sheet = try recorder.sheet(
            filled,
            file: "founding1.csv",
            of: try recorder.plannedSession(named: "founding1", scenarioFile: "scenario.yaml")
        )
        #expect(sheet.attendance.attendance == ["p01": .present, "p04": .present])
        #expect(sheet.unexpectedlyPresent == ["p04"])
    }

    @Test("a sheet in German, with the columns in another order and a comma, reads the same")
    func otherLanguageAndOrder() throws {
        let (scenario, result) = try AttendanceFixture.planned()
        let recorder = AttendanceRecorder(scenario: scenario, result: result)
        let csv = "Anwesenheit,Teilnehmende,Name\nentschuldigt,p02,Olivier C.\nabwesend,p03,\n,,\n"
        let sheet = try recorder.sheet(
            Array(csv.utf8),
            file: "information.csv",
            of: try recorder.plannedSession(named: "information", scenarioFile: "scenario.yaml")
        )
        #expect(sheet.attendance.attendance == ["p02": .excused, "p03": .absent])
        #expect(sheet.notRecorded == ["p01", "p04", "p05", "p06"])
    }
}

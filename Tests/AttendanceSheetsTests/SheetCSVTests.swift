import AttendanceSheets
import Foundation
import PlanningDomain
import Testing

/// The CSV beside each sheet: bytes, quoting, header words and attendance words.
@Suite struct SheetCSVTests {
    @Test func theFileIsUTF8WithBOMSemicolonsAndCRLF() {
        let scenario = SheetFixtures.scenario(
            names: ["Zoé Favre", "Łukasz Wróbel", "Carl Meier"],
            ifNeedBe: [0],
            no: [2]
        )
        let sheet = AttendanceSheet(scenario: scenario, session: SheetFixtures.session(in: scenario), newcomerRows: 2)
        let bytes = SheetCSV.bytes(for: sheet)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: bytes.dropFirst(3), as: UTF8.self)
                == "participant;nom;présence\r\np02;Łukasz Wróbel;\r\np01;Zoé Favre;\r\n;;\r\n;;\r\n"
        )
    }

    @Test func rowsArePrintedNamesInSheetOrder() {
        let scenario = SheetFixtures.scenario(names: ["Nathalie Bovet", "Jiří Dvořák"], language: .german)
        let sheet = AttendanceSheet(
            scenario: scenario,
            session: SheetFixtures.session(in: scenario),
            privacy: .initials,
            newcomerRows: 0
        )
        #expect(
            String(decoding: SheetCSV.bytes(for: sheet).dropFirst(3), as: UTF8.self)
                == "teilnehmende;name;anwesenheit\r\np02;Jiří D.;\r\np01;Nathalie B.;\r\n"
        )
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("Dupont; Jo", "\"Dupont; Jo\""),
        ("Jo \"Jojo\" Dupont", "\"Jo \"\"Jojo\"\" Dupont\""),
        ("two\r\nlines", "\"two\r\nlines\""),
        ("line\nfeed", "\"line\nfeed\""),
        ("", ""),
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("+41 21", "'+41 21"),
        ("@home", "'@home"),
        ("-5", "'-5"),
        ("Anne-Marie", "Anne-Marie"),
    ])
    func fieldsFollowRFC4180(value: String, written: String) {
        #expect(SheetCSV.field(value) == written)
    }

    @Test func headersInEveryLanguage() {
        #expect(SheetCSV.headers(.french) == ["participant", "nom", "présence"])
        #expect(SheetCSV.headers(.german) == ["teilnehmende", "name", "anwesenheit"])
        #expect(SheetCSV.headers(.italian) == ["partecipante", "nome", "presenza"])
        #expect(SheetCSV.headers(.english) == ["participant", "name", "attendance"])
        #expect(SheetCSV.headers(Language("rm")) == SheetCSV.headers(.french))
    }

    @Test(arguments: [
        ("présent·e", Language.french, AttendanceMark.present),
        (" Présent ", .french, .present),
        ("PRESENTE", .french, .present),
        ("excusé·e", .french, .excused),
        ("Excusee", .french, .excused),
        ("absent·e", .french, .absent),
        ("anwesend", .german, .present),
        ("Entschuldigt", .german, .excused),
        ("unentschuldigt", .german, .absent),
        ("presente", .italian, .present),
        ("scusata", .italian, .excused),
        ("Scusato/a", .italian, .excused),
        ("assente", .italian, .absent),
        ("present", .english, .present),
        ("Excused", .english, .excused),
        ("ABSENT", .english, .absent),
    ])
    func attendanceWordsAreRead(cell: String, language: Language, mark: AttendanceMark) {
        #expect(SheetCSV.attendanceMark(for: cell, in: language) == mark)
        #expect(SheetCSV.attendanceMark(for: cell) == mark)
    }

    @Test func emptyOrUnknownCellsHoldNoMark() {
        #expect(SheetCSV.attendanceMark(for: "") == nil)
        #expect(SheetCSV.attendanceMark(for: "  ") == nil)
        #expect(SheetCSV.attendanceMark(for: "peut-être") == nil)
        #expect(SheetCSV.attendanceMark(for: "anwesend", in: .french) == nil)
    }

    @Test func noWordMeansTwoDifferentMarks() {
        var marks: [String: AttendanceMark] = [:]
        for table in SheetCSV.attendanceWords.values {
            for (mark, words) in table {
                for word in words {
                    #expect(SheetCSV.attendanceMark(for: word) == mark, "\(word)")
                    #expect(marks.updateValue(mark, forKey: word.lowercased()).map { $0 == mark } ?? true, "\(word)")
                }
            }
        }
        #expect(Set(SheetCSV.attendanceWords.keys) == [.french, .german, .italian, .english])
        #expect(SheetCSV.attendanceWords.values.allSatisfy { Set($0.keys) == Set(AttendanceMark.allCases) })
    }
}

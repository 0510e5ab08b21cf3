import AttendanceSheets
import Foundation
import PlanDocuments
import PlanningDomain

/// The words of a filled-in attendance sheet, from the table the sheets are written with (``SheetCSV``): its
/// column headings and its attendance words, in French, German, Italian and English.
///
/// Headings are compared without case or accents, attendance words as ``SheetCSV/attendanceMark(for:in:)``
/// compares them. A sheet may mix languages: each cell is read on its own.
enum SheetVocabulary {
    /// A column of the sheet, in the order ``SheetCSV/headerWords`` lists them.
    enum Column: Int, Hashable, Sendable, CaseIterable {
        /// The participant's id (`p01`); empty on a newcomer's row.
        case participant
        /// The name as printed on the sheet, or a newcomer's as written: personal, never shown in a message.
        case name
        /// What the staff member wrote: present, excused or absent.
        case attendance
    }

    /// The words messages show, in one language.
    struct Words: Sendable {
        /// The language (the scenario's, or French when there is no table for it).
        let language: Language

        init(_ language: Language) {
            self.language = SheetCSV.headerWords[language] == nil ? .french : language
        }

        /// `présence`: the heading of a column.
        func heading(_ column: Column) -> String {
            let headers = SheetCSV.headers(language)
            return column.rawValue < headers.count ? headers[column.rawValue] : ""
        }

        /// `participant;nom;présence`: the header a sheet starts with.
        var shownHeader: String { SheetCSV.headers(language).joined(separator: ";") }

        /// `présent·e, excusé·e, absent·e`: the attendance words messages list.
        var shownAttendance: String {
            AttendanceMark.allCases.compactMap { SheetCSV.attendanceWords[language]?[$0]?.first }
                .joined(separator: ", ")
        }
    }

    /// The attendance a cell says in any language, or `nil` when it is not one of the words.
    static func attendance(_ text: String) -> AttendanceMark? { SheetCSV.attendanceMark(for: text) }

    /// The column a heading names in any language, or `nil` when it names none.
    static func column(_ heading: String) -> Column? { columnByKey[key(heading)] }

    /// A heading as compared: lower case, without accents.
    static func key(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                    !(0x300...0x36F).contains($0.value)
                }
            )
        )
    }

    private static let columnByKey: [String: Column] = {
        var table: [String: Column] = [:]
        for headers in SheetCSV.headerWords.values {
            for (index, word) in headers.enumerated() {
                if let column = Column(rawValue: index) { table[key(word)] = column }
            }
        }
        return table
    }()
}

import Foundation
public import PlanningDomain

/// What staff write in the attendance column of a sheet's CSV for one person.
public enum AttendanceMark: String, Hashable, Sendable, CaseIterable {
    /// The person came.
    case present
    /// The person did not come and said so beforehand.
    case excused
    /// The person did not come without saying so.
    case absent
}

extension SheetCSV {
    /// The words accepted in the attendance column, by language; the first of each list is the one to teach.
    ///
    /// | language | present | excused | absent |
    /// | --- | --- | --- | --- |
    /// | `fr` | présent·e, présent, présente, présent.e, présent(e) | excusé·e, excusé, excusée, excusé.e, excusé(e) | absent·e, absent, absente, absent.e, absent(e) |
    /// | `de` | anwesend | entschuldigt | abwesend, unentschuldigt |
    /// | `it` | presente | scusato/a, scusato, scusata, scusato/scusata | assente |
    /// | `en` | present | excused | absent |
    ///
    /// Readers should compare with ``attendanceMark(for:in:)``, which ignores case, accents and surrounding
    /// spaces, so that `Présent`, `present` and ` PRÉSENT·E ` are all accepted. An empty cell is no mark:
    /// attendance was not recorded for that row.
    public static let attendanceWords: [Language: [AttendanceMark: [String]]] = [
        .french: [
            .present: ["présent·e", "présent", "présente", "présent.e", "présent(e)"],
            .excused: ["excusé·e", "excusé", "excusée", "excusé.e", "excusé(e)"],
            .absent: ["absent·e", "absent", "absente", "absent.e", "absent(e)"],
        ],
        .german: [
            .present: ["anwesend"],
            .excused: ["entschuldigt"],
            .absent: ["abwesend", "unentschuldigt"],
        ],
        .italian: [
            .present: ["presente"],
            .excused: ["scusato/a", "scusato", "scusata", "scusato/scusata"],
            .absent: ["assente"],
        ],
        .english: [
            .present: ["present"],
            .excused: ["excused"],
            .absent: ["absent"],
        ],
    ]

    /// The mark a cell of the attendance column holds, or `nil` when it holds none of ``attendanceWords``.
    ///
    /// With a `language`, only that language's words are accepted; with `nil`, the words of every language
    /// are (no word means different marks in two languages).
    public static func attendanceMark(for cell: String, in language: Language? = nil) -> AttendanceMark? {
        let key = NameOrder.key(cell.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !key.isEmpty else { return nil }
        let tables = language.map { attendanceWords[$0].map { [$0] } ?? [] } ?? Array(attendanceWords.values)
        for table in tables {
            for mark in AttendanceMark.allCases where table[mark]?.contains(where: { NameOrder.key($0) == key }) == true
            {
                return mark
            }
        }
        return nil
    }
}

public import PlanningDomain

/// The CSV beside each attendance sheet: the same rows, for staff to fill in a spreadsheet and for the
/// attendance recorder to read back.
///
/// The file opens by double-click in the spreadsheets of French-speaking Switzerland (Excel and LibreOffice
/// with a fr-CH locale):
///
/// - UTF-8 with a byte order mark (`EF BB BF`), without which Excel reads the names as Windows-1252;
/// - `;` between fields, the list separator of locales whose decimal separator is a comma;
/// - RFC 4180 quoting: a field holding `;`, `"`, CR or LF is enclosed in `"` and its `"` are doubled;
/// - CRLF after every line, the last one included.
///
/// Columns, in this order (header words in ``headerWords``):
///
/// | column | participant row | newcomer row |
/// | --- | --- | --- |
/// | participant id | `p01` | empty |
/// | name, as printed on the sheet | `Nathalie B.` | empty |
/// | attendance | empty: staff write one of ``attendanceWords`` | empty |
///
/// Rows follow the sheet: expected participants in the sheet's order, then ``AttendanceSheet/newcomerRows``
/// blank rows where staff write the name of someone who came without answering. A name beginning with `=`,
/// `+`, `-`, `@`, a tab or a CR is written after an apostrophe (`'=…`), which spreadsheets show as text instead
/// of running it as a formula; ids never begin so.
public enum SheetCSV {
    /// The header words of each language, in column order: participant id, name, attendance.
    ///
    /// | language | participant id | name | attendance |
    /// | --- | --- | --- | --- |
    /// | `fr` | `participant` | `nom` | `présence` |
    /// | `de` | `teilnehmende` | `name` | `anwesenheit` |
    /// | `it` | `partecipante` | `nome` | `presenza` |
    /// | `en` | `participant` | `name` | `attendance` |
    public static let headerWords: [Language: [String]] = [
        .french: ["participant", "nom", "présence"],
        .german: ["teilnehmende", "name", "anwesenheit"],
        .italian: ["partecipante", "nome", "presenza"],
        .english: ["participant", "name", "attendance"],
    ]

    /// The byte order mark every file starts with.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The field separator.
    public static let separator = ";"

    /// The header of a language (see ``headerWords``); French for a language without one.
    public static func headers(_ language: Language) -> [String] {
        headerWords[language] ?? headerWords[.french] ?? []
    }

    /// The whole file of a sheet: byte order mark, header in the sheet's language, one line per expected
    /// participant, then one blank line per newcomer row.
    public static func bytes(for sheet: AttendanceSheet) -> [UInt8] {
        var text = line(headers(sheet.language))
        for row in sheet.rows { text += line([row.participant.rawValue, row.name, ""]) }
        for _ in 0..<sheet.newcomerRows { text += line(["", "", ""]) }
        return byteOrderMark + Array(text.utf8)
    }

    /// One line: the fields quoted as needed, joined by ``separator``, ended by CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: separator) + "\r\n"
    }

    /// A field as written: defused if a spreadsheet would run it as a formula, then quoted if needed.
    public static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, formulaStarts.contains(first) { value = "'" + value }
        let needsQuotes = value.unicodeScalars.contains { $0 == ";" || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value.unicodeScalars {
            if character == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(character)
        }
        return quoted + "\""
    }

    /// First characters that make a spreadsheet read a cell as a formula.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}

import Foundation

/// A grid of the page, read back from the HTML for the tests: column headers, rows of cells, count rows.
///
/// It relies on the page's own regular markup (one `<tr>` per line), not on a general HTML parser.
struct GridTable {
    /// The `class` of each column header, in order (`c`, `x off`, `` …).
    var headerClasses: [String] = []
    /// The `title` of each column header.
    var headerTitles: [String] = []
    /// What each column header prints, tag left out: its date, time, room, facilitator and id, joined by ` | `.
    var headerLabels: [String] = []
    /// Participant id → the answer class of each cell (`y`, `m`, `n`).
    var rows: [String: [String]] = [:]
    /// Count rows by class (`yes`, `maybe`, `total`) → the numbers per column.
    var counts: [String: [Int]] = [:]
    /// The full markup of the table.
    var markup = ""

    /// The table `grid-<kind>` of a page, or `nil` when the page has none.
    init?(_ html: String, kind: String) {
        guard let start = html.range(of: "id=\"grid-\(kind)\">"),
            let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex)
        else { return nil }
        markup = String(html[start.upperBound..<end.lowerBound])
        for line in markup.split(separator: "\n").map(String.init) {
            if line.hasPrefix("<tr><th scope=\"col\" class=\"corner\">") {
                for header in Self.pieces(of: line, from: "<th scope=\"col\"").dropFirst() {
                    headerClasses.append(Self.attribute("class", in: header) ?? "")
                    headerTitles.append(Self.attribute("title", in: header) ?? "")
                    headerLabels.append(
                        ["day", "hour", "place", "who", "slot"].compactMap { Self.span($0, in: header) }
                            .joined(separator: " | ")
                    )
                }
            } else if line.hasPrefix("<tr><th scope=\"row\">") {
                let id = String(line.dropFirst("<tr><th scope=\"row\">".count).prefix { $0 != "<" })
                rows[id] = Self.pieces(of: line, from: "<td").map { cell in
                    String((Self.attribute("class", in: cell) ?? "").split(separator: " ").first ?? "")
                }
            } else if line.hasPrefix("<tr class=\"") {
                let rowClass = Self.attribute("class", in: line) ?? ""
                counts[rowClass] = Self.pieces(of: line, from: "<td").compactMap { cell in
                    cell.split(separator: ">").dropFirst().first.flatMap { Int($0.prefix { $0 != "<" }) }
                }
            }
        }
    }

    /// The parts of `line` that start with `marker`.
    private static func pieces(of line: String, from marker: String) -> [String] {
        line.components(separatedBy: marker).dropFirst().map { marker + $0 }
    }

    /// The text of the first `<span class="name">…</span>` in `text`.
    private static func span(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: "<span class=\"\(name)\">") else { return nil }
        return String(text[start.upperBound...].prefix { $0 != "<" })
    }

    /// The value of the first `name="…"` in `text`.
    private static func attribute(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: " \(name)=\"") else { return nil }
        return String(text[start.upperBound...].prefix { $0 != "\"" })
    }
}

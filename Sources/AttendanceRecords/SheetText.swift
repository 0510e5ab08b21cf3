import AvailabilityImport

/// Text helpers for reading sheets: what may be quoted, masking a cell.
enum SheetText {
    /// Whether an unknown value of the id column may be quoted in a message: it has the shape of an id (letters,
    /// digits, `-`, `_`, `.`) and a digit, as the ids people are given do (`p01`); a value without one may be a
    /// name written in the wrong column, and is neither quoted nor shown.
    static func isQuotable(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.contains { ("0"..."9").contains($0) }
            && value.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "-_.".unicodeScalars
                        .contains($0)
            }
    }

    /// `line` with the cell `field` (which starts on it) replaced by `*`, so columns stay put.
    static func masking(_ field: CSVField, in line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        let start = field.column - 1
        guard start >= 0, start < scalars.count else { return line }
        var end = scalars.count
        if field.isQuoted {
            var index = start + 1
            while index < scalars.count {
                if scalars[index] == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        index += 2
                        continue
                    }
                    end = index + 1
                    break
                }
                index += 1
            }
        } else {
            end = min(scalars.count, start + field.text.unicodeScalars.count)
        }
        var masked = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() { masked.append(start <= index && index < end ? "*" : scalar) }
        return String(masked)
    }
}

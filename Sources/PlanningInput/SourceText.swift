/// The lines of a scenario file, for the line an error shows, with personal data masked.
struct SourceText {
    /// A stretch of one line to mask, in Unicode-scalar columns starting from 1; `end` is excluded.
    struct Span: Hashable {
        var line: Int
        var start: Int
        var end: Int
    }

    let lines: [Substring]

    /// Cuts `text` at the characters `Character.isNewline` names (libYAML breaks lines at LF, CR, CRLF, NEL,
    /// LS and PS; VT and FF are breaks here too), scanning bytes: a large file is cut in one quick pass.
    init(_ text: String) {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            var end: String.Index?
            switch byte {
            case 0x0A, 0x0B, 0x0C:
                end = next
            case 0x0D:
                end = next != utf8.endIndex && utf8[next] == 0x0A ? utf8.index(after: next) : next
            case 0xC2 where next != utf8.endIndex && utf8[next] == 0x85:
                end = utf8.index(after: next)
            case 0xE2 where utf8[next...].starts(with: [0x80, 0xA8]) || utf8[next...].starts(with: [0x80, 0xA9]):
                end = utf8.index(next, offsetBy: 2)
            default:
                break
            }
            if let end {
                lines.append(text[start..<index])
                start = end
                index = end
            } else {
                index = next
            }
        }
        lines.append(text[start..<utf8.endIndex])
        self.lines = lines
    }

    /// The text of a line starting from 1, or `nil` past the end of the file.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
    }

    /// The whole text with `count` Unicode scalars from `column` of `line` replaced by as many `scalar`; `nil`
    /// when they are not all on that line.
    func replacing(line number: Int, column: Int, count: Int, with scalar: Unicode.Scalar) -> String? {
        guard number >= 1, number <= lines.count, column >= 1, count >= 0 else { return nil }
        let text = lines[number - 1]
        let scalars = text.unicodeScalars
        guard let start = scalars.index(scalars.startIndex, offsetBy: column - 1, limitedBy: scalars.endIndex),
            let end = scalars.index(start, offsetBy: count, limitedBy: scalars.endIndex)
        else { return nil }
        let whole = text.base
        let replacement = String(String.UnicodeScalarView(repeatElement(scalar, count: count)))
        return String(whole[..<start]) + replacement + String(whole[end...])
    }

    /// The line with each Unicode scalar of the spans on it replaced by `*`, so columns stay put.
    func maskedLine(_ number: Int, spans: [Span]) -> String? {
        guard let text = line(number) else { return nil }
        let onLine = spans.filter { $0.line == number }
        guard !onLine.isEmpty else { return text }
        var masked = String.UnicodeScalarView()
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let column = offset + 1
            let hidden = onLine.contains { $0.start <= column && column < $0.end }
            masked.append(hidden ? "*" : scalar)
        }
        return String(masked)
    }

    /// The end column (excluded) of a scalar written at `column` on `line`: through its closing quote when
    /// quoted, else as long as its value; to the end of the line when it continues on the next lines.
    func scalarEnd(line number: Int, column: Int, value: String) -> Int {
        guard let text = line(number) else { return column }
        let scalars = Array(text.unicodeScalars)
        let lineEnd = scalars.count + 1
        guard column >= 1, column <= scalars.count else { return lineEnd }
        let first = scalars[column - 1]
        if first == "'" || first == "\"" {
            var index = column  // 0-based index of the scalar after the opening quote
            while index < scalars.count {
                if first == "\"", scalars[index] == "\\" {
                    index += 2
                    continue
                }
                if scalars[index] == first {
                    if first == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
                        index += 2
                        continue
                    }
                    return index + 2
                }
                index += 1
            }
            return lineEnd
        }
        let length = value.unicodeScalars.count
        if value.contains(where: \.isNewline) || column + length > lineEnd { return lineEnd }
        return column + length
    }

    /// Spans of the values of `name:` and `email:` keys found by reading the text, for a file that is not
    /// well-formed YAML (so has no nodes to go by).
    func personalSpansByText(onLine number: Int) -> [Span] {
        guard let text = line(number) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var spans: [Span] = []
        for key in ["name", "email"] {
            let keyScalars = Array(key.unicodeScalars)
            var index = 0
            while index + keyScalars.count < scalars.count {
                defer { index += 1 }
                guard Array(scalars[index..<index + keyScalars.count]) == keyScalars,
                    index == 0 || " \t{,-".unicodeScalars.contains(scalars[index - 1])
                else { continue }
                var cursor = index + keyScalars.count
                while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
                guard cursor < scalars.count, scalars[cursor] == ":" else { continue }
                cursor += 1
                while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
                guard cursor < scalars.count else { continue }
                let start = cursor
                var end = cursor
                if scalars[start] == "'" || scalars[start] == "\"" {
                    end = scalarEnd(line: number, column: start + 1, value: "") - 1
                } else {
                    while end < scalars.count, !",}".unicodeScalars.contains(scalars[end]),
                        !(scalars[end] == "#" && end > 0 && scalars[end - 1] == " ")
                    {
                        end += 1
                    }
                    while end > start, scalars[end - 1] == " " { end -= 1 }
                }
                spans.append(Span(line: number, start: start + 1, end: end + 1))
            }
        }
        return spans
    }
}

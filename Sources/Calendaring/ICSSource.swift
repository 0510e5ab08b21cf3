/// The raw lines of a calendar file, kept only to check that it is UTF-8 text whose `BEGIN` and `END` lines
/// pair up, and to find the line of a problem that libical reports.
///
/// Nothing here reads a value: libical parses the file. This scanner looks at line starts, at the names of
/// `BEGIN`/`END` lines, and, when an error must be located, at the text of the few lines of one component.
struct ICSSource {
    /// One `BEGIN:…`/`END:…` pair, in file order (pre-order: a parent before its children).
    struct Span {
        /// The component name in upper case: `VEVENT`.
        let name: String
        /// Index into ``lineStarts`` of the `BEGIN` line.
        let begin: Int
        /// Index into ``lineStarts`` of the `END` line.
        var end: Int
        /// Index into ``spans`` of the enclosing component, or `nil` at the top level.
        let parent: Int?
    }

    /// The file's bytes, without a UTF-8 byte-order mark.
    let bytes: [UInt8]
    /// The name to show in errors.
    let file: String
    /// Byte offset of the first physical line of every content line (continuation lines are not listed).
    var lineStarts: [Int] = []
    /// Physical line number (1-based, in the file as given) of every content line.
    var lineNumbers: [Int] = []
    /// Every component of the file.
    var spans: [Span] = []

    /// Scans `bytes`; throws ``CalendarImportError/Code/invalidCalendar`` for a file that is not UTF-8 text once
    /// unfolded (every line at fault), has no `BEGIN:VCALENDAR` first, or whose `BEGIN` and `END` lines do not
    /// pair up.
    init(_ bytes: [UInt8], file: String) throws(CalendarImportErrors) {
        let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        self.bytes = hasByteOrderMark ? Array(bytes.dropFirst(3)) : bytes
        self.file = file
        do throws(CalendarImportError) {
            try checkContent()
        } catch {
            throw CalendarImportErrors(error)
        }
        let encodingErrors = encodingErrors()
        guard encodingErrors.isEmpty else { throw CalendarImportErrors(encodingErrors) }
        indexLines()
        do throws(CalendarImportError) {
            try checkNesting()
        } catch {
            throw CalendarImportErrors(error)
        }
    }

    // MARK: - Locating

    /// The line number of the `BEGIN` line of a component.
    func beginLine(of span: Int) -> Int { lineNumbers[spans[span].begin] }

    /// The components named `name` whose parent is a `VCALENDAR`, in file order.
    func calendarChildren(named name: String) -> [Int] {
        spans.indices.filter { index in
            guard spans[index].name == name, let parent = spans[index].parent else { return false }
            return spans[parent].name == "VCALENDAR"
        }
    }

    /// The line of the first property `name` of the component (not of its children) whose text contains
    /// `text`; failing that, of the first property `name`; failing that, the component's `BEGIN` line.
    func line(of name: String, containing text: String?, in span: Int) -> Int {
        var firstNamed: Int?
        var depth = 0
        let component = spans[span]
        for index in (component.begin + 1)..<component.end {
            let content = contentLine(index)
            let lineName = Self.name(of: content)
            if lineName == "BEGIN" { depth += 1 }
            if lineName == "END" { depth -= 1 }
            guard depth == 0, lineName == name else { continue }
            if firstNamed == nil { firstNamed = lineNumbers[index] }
            if let text, content.contains(text) { return lineNumbers[index] }
        }
        return firstNamed ?? beginLine(of: span)
    }

    /// The indices (into ``lineStarts``) of the content lines of a component that are its own properties: not
    /// its `BEGIN` and `END` lines, nor any line of a component inside it.
    func ownLines(of span: Int, children: [Int]) -> [Int] {
        var lines: [Int] = []
        var index = spans[span].begin + 1
        var nested = children.makeIterator()
        var next = nested.next()
        while index < spans[span].end {
            if let child = next, spans[child].begin == index {
                index = spans[child].end + 1
                next = nested.next()
                continue
            }
            lines.append(index)
            index += 1
        }
        return lines
    }

    /// The bytes of a content line as written, folded continuation lines and line ends included.
    func rawLine(_ index: Int) -> ArraySlice<UInt8> {
        let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        return bytes[lineStarts[index]..<end]
    }

    /// The line of the first content line anywhere in the file whose text contains `text`, or 0.
    func firstLine(containing text: String) -> Int {
        for index in lineStarts.indices where contentLine(index).contains(text) {
            return lineNumbers[index]
        }
        return 0
    }

    /// A content line with its folding undone (RFC 5545 §3.1), without the line break.
    func contentLine(_ index: Int) -> String {
        var text: [UInt8] = []
        var position = lineStarts[index]
        var isFirst = true
        while position < bytes.count {
            if !isFirst {
                guard bytes[position] == 0x20 || bytes[position] == 0x09 else { break }
                position += 1
            }
            isFirst = false
            while position < bytes.count, bytes[position] != 0x0A {
                if bytes[position] != 0x0D { text.append(bytes[position]) }
                position += 1
            }
            position += 1
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The property or keyword name of a content line, in upper case: `DTSTART`, `BEGIN`.
    static func name(of content: String) -> String {
        String(content.prefix { $0 != ";" && $0 != ":" }).trimmingSpaces().uppercased()
    }

    /// The text after the first `:` of a `BEGIN`/`END` line, in upper case: `VEVENT`.
    static func componentName(of content: String) -> String {
        guard let colon = content.firstIndex(of: ":") else { return "" }
        return String(content[content.index(after: colon)...]).trimmingSpaces().uppercased()
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }
}

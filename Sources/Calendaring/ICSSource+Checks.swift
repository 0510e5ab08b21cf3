extension ICSSource {
    /// Throws when the file is empty, holds a NUL byte, or is not well-formed UTF-8.
    mutating func checkEncoding() throws(CalendarImportError) {
        guard bytes.contains(where: { !Self.isBlank($0) }) else {
            throw CalendarImportError(
                code: .invalidCalendar,
                file: file,
                line: 0,
                message: "The file is empty; expected an iCalendar object that starts with 'BEGIN:VCALENDAR'."
            )
        }
        if let offset = bytes.firstIndex(of: 0) {
            throw CalendarImportError(
                code: .invalidCalendar,
                file: file,
                line: physicalLine(at: offset),
                value: "0x00",
                message: "The file holds a NUL byte '0x00'; expected an iCalendar text file, not a binary file."
            )
        }
        if let offset = Self.firstInvalidUTF8(in: bytes) {
            let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
            throw CalendarImportError(
                code: .invalidCalendar,
                file: file,
                line: physicalLine(at: offset),
                value: byte,
                message: "The byte '\(byte)' is not valid UTF-8; expected a calendar file saved as UTF-8 text."
            )
        }
    }

    /// Records where every content line starts, skipping continuation lines (RFC 5545 §3.1).
    mutating func indexLines() {
        var number = 1
        var position = 0
        while position < bytes.count {
            if bytes[position] != 0x20 && bytes[position] != 0x09 {
                lineStarts.append(position)
                lineNumbers.append(number)
            }
            while position < bytes.count, bytes[position] != 0x0A { position += 1 }
            position += 1
            number += 1
        }
    }

    /// Pairs `BEGIN` and `END` lines; throws unless the file starts with `BEGIN:VCALENDAR`, every `END` closes
    /// the component opened last and every top-level component is a `VCALENDAR`.
    mutating func checkNesting() throws(CalendarImportError) {
        var open: [Int] = []
        for index in lineStarts.indices {
            guard isKeywordLine(index) else {
                if spans.isEmpty, !isBlankLine(index) { throw notICalendar() }
                continue
            }
            let content = contentLine(index)
            let keyword = Self.name(of: content)
            let name = Self.componentName(of: content)
            if keyword == "BEGIN" {
                if open.isEmpty, name != "VCALENDAR" {
                    if spans.isEmpty { throw notICalendar() }
                    throw nestingError(
                        line: lineNumbers[index],
                        value: "BEGIN:\(name)",
                        "'BEGIN:\(name)' is outside any VCALENDAR; expected it between 'BEGIN:VCALENDAR' and "
                            + "'END:VCALENDAR'."
                    )
                }
                spans.append(Span(name: name, begin: index, end: index, parent: open.last))
                open.append(spans.count - 1)
            } else if keyword == "END" {
                guard let innermost = open.popLast() else {
                    if spans.isEmpty { throw notICalendar() }
                    throw nestingError(
                        line: lineNumbers[index],
                        value: "END:\(name)",
                        "'END:\(name)' has no matching 'BEGIN:\(name)'; expected every END to close the "
                            + "component opened last."
                    )
                }
                let expected = spans[innermost].name
                guard name == expected else {
                    throw nestingError(
                        line: lineNumbers[index],
                        value: "END:\(name)",
                        "'END:\(name)' closes 'BEGIN:\(expected)' of line \(beginLine(of: innermost)); expected "
                            + "'END:\(expected)' first."
                    )
                }
                spans[innermost].end = index
            }
        }
        if let unclosed = open.last {
            let name = spans[unclosed].name
            throw nestingError(
                line: beginLine(of: unclosed),
                value: "BEGIN:\(name)",
                "'BEGIN:\(name)' is never closed; expected 'END:\(name)' before the end of the file."
            )
        }
        if spans.isEmpty { throw notICalendar() }
    }

    // MARK: - Private helpers

    /// Whether the content line starts with `BEGIN` or `END` (any case), without decoding it.
    private func isKeywordLine(_ index: Int) -> Bool {
        let start = lineStarts[index]
        func matches(_ word: [UInt8]) -> Bool {
            guard start + word.count < bytes.count else { return false }
            for (offset, letter) in word.enumerated() where bytes[start + offset] | 0x20 != letter {
                return false
            }
            let next = bytes[start + word.count]
            return next == UInt8(ascii: ":") || next == UInt8(ascii: ";") || Self.isBlank(next)
        }
        return matches(Array("begin".utf8)) || matches(Array("end".utf8))
    }

    /// Whether the content line holds only spaces, tabs or line-break characters.
    private func isBlankLine(_ index: Int) -> Bool {
        var position = lineStarts[index]
        while position < bytes.count, bytes[position] != 0x0A {
            guard Self.isBlank(bytes[position]) else { return false }
            position += 1
        }
        return true
    }

    private func notICalendar() -> CalendarImportError {
        CalendarImportError(
            code: .invalidCalendar,
            file: file,
            line: 1,
            message: "The file does not start with 'BEGIN:VCALENDAR'; expected an iCalendar (.ics) file exported "
                + "from a calendar."
        )
    }

    private func nestingError(line: Int, value: String, _ message: String) -> CalendarImportError {
        CalendarImportError(code: .invalidCalendar, file: file, line: line, value: value, message: message)
    }

    /// The 1-based physical line of a byte offset.
    private func physicalLine(at offset: Int) -> Int {
        bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence (Unicode §3.9,
    /// table 3-7), or `nil`.
    private static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return index
            }
            guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return index }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
                return index
            }
            index += length
        }
        return nil
    }
}

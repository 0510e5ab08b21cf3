import Phrasebook

extension ICSSource {
    /// The most lines reported as not UTF-8; the rest are counted in one more problem.
    static let encodingErrorLimit = 20

    /// Throws when the file is empty or holds a NUL byte.
    func checkContent() throws(CalendarImportError) {
        guard bytes.contains(where: { !Self.isBlank($0) }) else {
            throw CalendarImportError(
                code: .invalidCalendar,
                file: file,
                line: 0,
                phrase: Phrase("calendar.emptyFile")
            )
        }
        if let offset = bytes.firstIndex(of: 0) {
            throw CalendarImportError(
                code: .invalidCalendar,
                file: file,
                line: bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 },
                value: "0x00",
                phrase: Phrase("calendar.nulByte")
            )
        }
    }

    /// One problem per line holding a byte that is not part of well-formed UTF-8 (Unicode §3.9, table 3-7)
    /// once the file is unfolded (RFC 5545 §3.1): a fold (a line break followed by a space or a tab) inside a
    /// multi-byte character, as some exporters write, is removed before the character is decoded.
    func encodingErrors() -> [CalendarImportError] {
        var errors: [CalendarImportError] = []
        var faultyLines = 0
        var line = 1
        var lastFaultyLine = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0A { line += 1 }
                index += 1
                continue
            }
            let leadLine = line
            var position = index + 1
            var isValid = true
            if let (length, second) = Self.sequence(startingWith: lead) {
                for offset in 1..<length {
                    position = skipFold(at: position, line: &line)
                    let allowed: ClosedRange<UInt8> = offset == 1 ? second : 0x80...0xBF
                    guard position < bytes.count, allowed.contains(bytes[position]) else {
                        isValid = false
                        break
                    }
                    position += 1
                }
            } else {
                isValid = false
            }
            guard !isValid else {
                index = position
                continue
            }
            // Report the lead byte once per line, then go on after it.
            if leadLine != lastFaultyLine {
                lastFaultyLine = leadLine
                faultyLines += 1
                if faultyLines <= Self.encodingErrorLimit {
                    let byte = "0x" + String(lead, radix: 16, uppercase: true)
                    errors.append(
                        CalendarImportError(
                            code: .invalidCalendar,
                            file: file,
                            line: leadLine,
                            value: byte,
                            phrase: Phrase("calendar.notUTF8", ["byte": .verbatim(byte)])
                        )
                    )
                }
            }
            line = leadLine
            index += 1
        }
        if faultyLines > Self.encodingErrorLimit {
            let more = faultyLines - Self.encodingErrorLimit
            errors.append(
                CalendarImportError(
                    code: .invalidCalendar,
                    file: file,
                    line: 0,
                    value: String(more),
                    phrase: Phrase("calendar.moreNotUTF8", ["count": .number(more)])
                )
            )
        }
        return errors
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
                        Phrase("calendar.outsideCalendar", ["name": .verbatim(name)])
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
                        Phrase("calendar.unmatchedEnd", ["name": .verbatim(name)])
                    )
                }
                let expected = spans[innermost].name
                guard name == expected else {
                    throw nestingError(
                        line: lineNumbers[index],
                        value: "END:\(name)",
                        Phrase(
                            "calendar.crossedEnd",
                            [
                                "name": .verbatim(name), "expected": .verbatim(expected),
                                "line": .number(beginLine(of: innermost)),
                            ]
                        )
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
                Phrase("calendar.unclosed", ["name": .verbatim(name)])
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
            phrase: Phrase("calendar.notICalendar")
        )
    }

    private func nestingError(line: Int, value: String, _ phrase: Phrase) -> CalendarImportError {
        CalendarImportError(code: .invalidCalendar, file: file, line: line, value: value, phrase: phrase)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// The length of a UTF-8 sequence and the range of its second byte (Unicode §3.9, table 3-7), or `nil` for
    /// a byte that cannot start one.
    private static func sequence(startingWith lead: UInt8) -> (Int, ClosedRange<UInt8>)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: nil
        }
    }

    /// The offset after a fold (CR LF or LF, then a space or a tab) at `position`, or `position` when there is
    /// none there; counts the line break.
    private func skipFold(at position: Int, line: inout Int) -> Int {
        var next = position
        if next < bytes.count, bytes[next] == 0x0D { next += 1 }
        guard next + 1 < bytes.count, bytes[next] == 0x0A, bytes[next + 1] == 0x20 || bytes[next + 1] == 0x09
        else { return position }
        line += 1
        return next + 2
    }
}

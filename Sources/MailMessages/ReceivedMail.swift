public import Phrasebook

/// An e-mail as received (RFC 5322 with MIME, RFC 2045–2046): who sent it, and the calendar parts it carries.
///
/// What `entraide replies import` needs of an `.eml` that carries a reply (iMIP, RFC 6047): the `From`
/// address, to compare with the attendee the reply speaks for, and the bytes of every `text/calendar` or
/// `.ics` part, decoded (base64, quoted-printable, 7bit, 8bit), in nested multiparts too. It does not try to be
/// a general mail reader: anything it cannot read is an error naming the file and the line.
public struct ReceivedMail: Hashable, Sendable {
    /// The `From` address (addr-spec), lower-cased.
    public var sender: String
    /// The decoded bytes of each calendar part, in order, identical parts once.
    public var calendars: [[UInt8]]

    /// Why an e-mail could not be read; names the file and the line, never an address.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The file as given.
        public var file: String
        /// The line (1-based) where the problem is, 0 for the whole file.
        public var line: Int
        /// What is wrong and what was expected, to be worded in the reader's language.
        public var phrase: Phrase

        /// What is wrong and what was expected, in English.
        public var message: String { phrase.english }

        /// `file:line: error: message`, as a phrase.
        public var diagnostic: Phrase {
            .joined([.verbatim("\(file):\(line): error: "), phrase], separator: "")
        }

        /// `file:line: error: message`.
        public var description: String { diagnostic.english }
    }

    /// Reads an e-mail file.
    public init(_ bytes: [UInt8], file: String) throws(Failure) {
        let lines = Self.lines(of: bytes)
        guard let (headers, bodyLine) = Self.headers(lines, from: 0) else {
            throw Failure(file: file, line: 1, phrase: Phrase("mail.notAMessage"))
        }
        guard let from = headers.first(where: { $0.name == "from" }) else {
            throw Failure(
                file: file,
                line: 1,
                phrase: Phrase("mail.noFrom")
            )
        }
        guard let sender = Self.address(in: from.value) else {
            throw Failure(
                file: file,
                line: from.line,
                phrase: Phrase("mail.badFrom")
            )
        }
        var calendars: [[UInt8]] = []
        try Self.collect(headers: headers, lines: lines, body: bodyLine..<lines.count, file: file, into: &calendars)
        guard !calendars.isEmpty else {
            throw Failure(
                file: file,
                line: 0,
                phrase: Phrase("mail.noCalendar")
            )
        }
        var unique: [[UInt8]] = []
        for calendar in calendars where !unique.contains(calendar) { unique.append(calendar) }
        self.sender = sender
        self.calendars = unique
    }

    // MARK: - Headers

    /// One header field, unfolded; `name` in lower case.
    struct Header {
        var name: String
        var value: String
        var line: Int
    }

    /// The lines of the message, without their line ends (CRLF, LF or CR), as bytes.
    static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13 || bytes[index] == 10 {
                result.append(bytes[start..<index])
                if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { result.append(bytes[start..<bytes.count]) }
        return result
    }

    /// The header fields from line `first` up to the empty line, and the index of the body's first line.
    static func headers(_ lines: [ArraySlice<UInt8>], from first: Int) -> ([Header], Int)? {
        var headers: [Header] = []
        var index = first
        while index < lines.count, !lines[index].isEmpty {
            let line = lines[index]
            if let byte = line.first, byte == 32 || byte == 9 {
                guard !headers.isEmpty else { return nil }
                headers[headers.count - 1].value += " " + text(line).trimmingWhitespace()
            } else {
                guard let colon = line.firstIndex(of: 58) else { return nil }
                let name = text(line[line.startIndex..<colon]).lowercased()
                guard !name.isEmpty, !name.contains(" ") else { return nil }
                headers.append(
                    Header(name: name, value: text(line[(colon + 1)...]).trimmingWhitespace(), line: index + 1)
                )
            }
            index += 1
        }
        guard !headers.isEmpty else { return nil }
        return (headers, min(index + 1, lines.count))
    }

    /// The one addr-spec of a `From` value (`"Name" <a@b>`, `a@b`, `Name <a@b>`), lower-cased; `nil` when there
    /// is none or several.
    static func address(in value: String) -> String? {
        var candidate = value
        if let open = value.lastIndex(of: "<"), let close = value.lastIndex(of: ">"), open < close {
            candidate = String(value[value.index(after: open)..<close])
            let outside = value[..<open]
            // A comma outside quotes before the angle address means a list of mailboxes.
            var isQuoted = false
            for character in outside {
                if character == "\"" { isQuoted.toggle() }
                if character == ",", !isQuoted { return nil }
            }
        } else if value.contains(",") {
            return nil
        }
        let address = candidate.trimmingWhitespace()
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !address.contains(where: { $0 == " " || $0 == "<" || $0 == ">" })
        else { return nil }
        return address.lowercased()
    }

    // MARK: - Parts

    /// Adds the calendar parts of the entity whose headers and body lines are given.
    private static func collect(
        headers: [Header],
        lines: [ArraySlice<UInt8>],
        body: Range<Int>,
        file: String,
        into calendars: inout [[UInt8]]
    ) throws(Failure) {
        let contentType = headers.first { $0.name == "content-type" }
        let (type, parameters) = contentType.map { mediaType($0.value) } ?? ("text/plain", [:])
        if type.hasPrefix("multipart/") {
            guard let boundary = parameters["boundary"], !boundary.isEmpty else {
                throw Failure(
                    file: file,
                    line: contentType?.line ?? 0,
                    phrase: Phrase("mail.noBoundary")
                )
            }
            for part in parts(of: lines, in: body, boundary: boundary) {
                guard let (partHeaders, partBody) = Self.headers(lines, from: part.lowerBound),
                    partBody <= part.upperBound
                else {
                    // A part without headers is plain text by default (RFC 2046 §5.1): nothing to collect.
                    continue
                }
                try collect(
                    headers: partHeaders,
                    lines: lines,
                    body: partBody..<part.upperBound,
                    file: file,
                    into: &calendars
                )
            }
            return
        }
        let disposition = headers.first { $0.name == "content-disposition" }.map { mediaType($0.value).1 } ?? [:]
        let name = (disposition["filename"] ?? parameters["name"] ?? "").lowercased()
        guard type == "text/calendar" || type == "application/ics" || name.hasSuffix(".ics") else { return }
        let encoding = headers.first { $0.name == "content-transfer-encoding" }?.value.lowercased() ?? "7bit"
        let raw = lines[body]
        let decoded: [UInt8]?
        switch encoding.trimmingWhitespace() {
        case "base64": decoded = base64(raw)
        case "quoted-printable": decoded = quotedPrintable(raw)
        case "7bit", "8bit", "binary", "": decoded = Array(raw.map(Array.init).joined(separator: [13, 10]))
        default: decoded = nil
        }
        guard let decoded else {
            throw Failure(
                file: file,
                line: body.lowerBound + 1,
                phrase: Phrase("mail.badEncoding", ["encoding": .verbatim(encoding)])
            )
        }
        calendars.append(decoded)
    }

    /// The line ranges of each part between `--boundary` delimiters (RFC 2046 §5.1.1).
    private static func parts(of lines: [ArraySlice<UInt8>], in body: Range<Int>, boundary: String) -> [Range<Int>] {
        let delimiter = Array("--\(boundary)".utf8)
        var result: [Range<Int>] = []
        var start: Int?
        for index in body {
            let line = Array(lines[index])
            guard line.starts(with: delimiter) else { continue }
            let rest = line.dropFirst(delimiter.count)
            let isClose = rest.starts(with: [45, 45])
            guard isClose || rest.allSatisfy({ $0 == 32 || $0 == 9 }) else { continue }
            if let start { result.append(start..<index) }
            if isClose { return result }
            start = index + 1
        }
        return result
    }

    /// `text/calendar; method=REPLY; charset="utf-8"` → (`text/calendar`, [method: REPLY, charset: utf-8]).
    static func mediaType(_ value: String) -> (String, [String: String]) {
        var fields: [String] = []
        var current = ""
        var isQuoted = false
        for character in value {
            if character == "\"" { isQuoted.toggle() }
            if character == ";", !isQuoted {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        let type = fields.first?.trimmingWhitespace().lowercased() ?? ""
        var parameters: [String: String] = [:]
        for field in fields.dropFirst() {
            guard let equals = field.firstIndex(of: "=") else { continue }
            let key = field[..<equals].trimmingWhitespace().lowercased()
            var value = field[field.index(after: equals)...].trimmingWhitespace()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            parameters[key] = value
        }
        return (type, parameters)
    }

    // MARK: - Transfer encodings

    /// Base64 (RFC 2045 §6.8), ignoring line breaks and white space; `nil` for anything else.
    static func base64(_ lines: ArraySlice<ArraySlice<UInt8>>) -> [UInt8]? {
        var values: [UInt8] = []
        for line in lines {
            for byte in line {
                switch byte {
                case 65...90: values.append(byte - 65)
                case 97...122: values.append(byte - 71)
                case 48...57: values.append(byte + 4)
                case 43: values.append(62)
                case 47: values.append(63)
                case 61, 32, 9: continue
                default: return nil
                }
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(values.count * 3 / 4)
        var index = 0
        while index + 1 < values.count {
            let chunk = values[index..<min(index + 4, values.count)].map(UInt32.init)
            var word: UInt32 = 0
            for (position, value) in chunk.enumerated() { word |= value << (18 - 6 * UInt32(position)) }
            output.append(UInt8((word >> 16) & 0xFF))
            if chunk.count > 2 { output.append(UInt8((word >> 8) & 0xFF)) }
            if chunk.count > 3 { output.append(UInt8(word & 0xFF)) }
            index += 4
        }
        return output
    }

    /// Quoted-printable (RFC 2045 §6.7): `=XX` escapes, `=` at a line's end joins it to the next.
    static func quotedPrintable(_ lines: ArraySlice<ArraySlice<UInt8>>) -> [UInt8]? {
        var output: [UInt8] = []
        for (position, line) in lines.enumerated() {
            var bytes = Array(line)
            while let last = bytes.last, last == 32 || last == 9 { bytes.removeLast() }
            var isSoftBreak = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 61 {
                    if index == bytes.count - 1 {
                        isSoftBreak = true
                        break
                    }
                    guard index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2])
                    else { return nil }
                    output.append(high << 4 | low)
                    index += 3
                } else {
                    output.append(byte)
                    index += 1
                }
            }
            if !isSoftBreak, position < lines.count - 1 { output += [13, 10] }
        }
        return output
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 65...70: byte - 55
        case 97...102: byte - 87
        default: nil
        }
    }

    private static func text<S: Sequence<UInt8>>(_ bytes: S) -> String { String(decoding: Array(bytes), as: UTF8.self) }
}

extension StringProtocol {
    /// Without spaces and tabs at either end.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}

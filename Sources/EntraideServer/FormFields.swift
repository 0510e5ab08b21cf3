import Foundation

/// The fields of a submitted form (`application/x-www-form-urlencoded`, or the text fields of
/// `multipart/form-data`), by name; a name may repeat (checkboxes).
struct FormFields: Sendable {
    /// Each name's values, in order.
    private(set) var values: [String: [String]] = [:]

    /// No field.
    init() {}

    /// The fields of an URL-encoded body (`a=1&b=x+y`); malformed escapes are kept as written.
    init(urlEncoded bytes: [UInt8]) {
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[name, default: []].append(value)
        }
    }

    /// Adds a value.
    mutating func append(_ value: String, for name: String) { values[name, default: []].append(value) }

    /// The first value of `name`, or `nil`.
    subscript(_ name: String) -> String? { values[name]?.first }

    /// Every value of `name`.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// The names that start with `prefix`, with their first values, the prefix removed.
    func withPrefix(_ prefix: String) -> [String: String] {
        var found: [String: String] = [:]
        for (name, list) in values where name.hasPrefix(prefix) {
            if let first = list.first { found[String(name.dropFirst(prefix.count))] = first }
        }
        return found
    }

    /// Whether a checkbox `name` was ticked.
    func isChecked(_ name: String) -> Bool { self[name] != nil }

    /// `+` is a space; `%XX` a byte; the bytes are UTF-8 (invalid sequences become U+FFFD).
    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                output.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 2
            } else {
                output.append(byte)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// A `multipart/form-data` body (RFC 7578): its text fields and its one file.
struct MultipartForm: Sendable {
    /// The text fields.
    var fields = FormFields()
    /// The file field's name as the browser sent it (only its last path component), and its bytes.
    var file: (name: String, bytes: [UInt8])?

    /// Why a body is not a multipart form this server reads.
    struct Malformed: Error {}

    /// Reads `body` with the boundary of `contentType`.
    init(_ body: [UInt8], contentType: String) throws(Malformed) {
        guard let boundary = Self.boundary(of: contentType) else { throw Malformed() }
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [ArraySlice<UInt8>] = []
        var searchFrom = body.startIndex
        var previous: Int?
        while let found = Self.find(delimiter, in: body, from: searchFrom) {
            if let previous { parts.append(body[previous..<found]) }
            var after = found + delimiter.count
            if body[after...].starts(with: Array("--".utf8)) { break }
            if body[after...].starts(with: [13, 10]) { after += 2 }
            previous = after
            searchFrom = after
        }
        guard !parts.isEmpty || previous == nil else { throw Malformed() }
        for part in parts {
            guard let split = Self.find([13, 10, 13, 10], in: Array(part), from: 0) else { throw Malformed() }
            let bytes = Array(part)
            let head = String(decoding: bytes[..<split], as: UTF8.self)
            var content = Array(bytes[(split + 4)...])
            if content.suffix(2) == [13, 10] { content.removeLast(2) }
            guard
                let disposition = head.split(separator: "\r\n").first(where: {
                    $0.lowercased().hasPrefix("content-disposition:")
                })
            else { throw Malformed() }
            guard let name = Self.parameter("name", in: String(disposition)) else { throw Malformed() }
            if let filename = Self.parameter("filename", in: String(disposition)) {
                let last = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
                if file == nil, !last.isEmpty || !content.isEmpty { file = (last, content) }
            } else {
                fields.append(String(decoding: content, as: UTF8.self), for: name)
            }
        }
    }

    private static func boundary(of contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        guard let value = parameter("boundary", in: contentType), !value.isEmpty, value.count <= 70 else { return nil }
        return value
    }

    /// `name="value"` or `name=value` in a header's parameters.
    private static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == name else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}

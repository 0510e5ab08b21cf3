/// The content transfer encodings of RFC 2045 §6 that messages use: base64 and quoted-printable.
///
/// Both produce 7-bit lines of at most 76 characters ended by CRLF, so every body line of a message stays
/// within the 78 characters RFC 5322 §2.1.1 recommends.
enum MIMEEncoding {
    /// The base64 alphabet of RFC 2045 §6.8, table 1.
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    /// Upper-case hexadecimal digits, as quoted-printable requires (RFC 2045 §6.7, rule 1).
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// `bytes` in base64 (RFC 2045 §6.8) on one line, with `=` padding.
    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            let b0 = UInt32(bytes[index])
            let b1 = count > 1 ? UInt32(bytes[index + 1]) : 0
            let b2 = count > 2 ? UInt32(bytes[index + 2]) : 0
            let group = b0 << 16 | b1 << 8 | b2
            output.append(alphabet[Int(group >> 18 & 63)])
            output.append(alphabet[Int(group >> 12 & 63)])
            output.append(count > 1 ? alphabet[Int(group >> 6 & 63)] : UInt8(ascii: "="))
            output.append(count > 2 ? alphabet[Int(group & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return output
    }

    /// `bytes` in base64 as a body: lines of 76 characters (RFC 2045 §6.8), each ended by CRLF.
    static func base64Body(_ bytes: [UInt8]) -> [UInt8] {
        let encoded = base64(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(encoded.count + encoded.count / 76 * 2 + 2)
        var start = 0
        while start < encoded.count {
            let end = min(start + 76, encoded.count)
            output += encoded[start..<end]
            output += crlf
            start = end
        }
        return output
    }

    /// UTF-8 text in quoted-printable as a body (RFC 2045 §6.7), each line ended by CRLF.
    ///
    /// Line breaks of the text (`\n` or `\r\n`) become hard line breaks (rule 4). Printable ASCII other than
    /// `=` stays literal (rule 2); every other octet, and a space or tab that ends a line (rule 3), becomes
    /// `=XX`. Lines longer than 76 characters are cut by soft line breaks (`=` CRLF, rule 5) that never split
    /// an `=XX`. A `.` that starts a line is encoded too, so no relay mistakes it for the end of data.
    static func quotedPrintable(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        let lines = text.replacingCarriageReturns().split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            let bytes = Array(line.utf8)
            var length = 0
            for (offset, byte) in bytes.enumerated() {
                let isLast = offset == bytes.count - 1
                let isLiteral =
                    (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
                    || ((byte == 32 || byte == 9) && !isLast)
                let token: [UInt8] =
                    isLiteral && !(offset == 0 && byte == UInt8(ascii: "."))
                    ? [byte] : [UInt8(ascii: "="), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 15)]]
                // Keep room for the `=` of a soft line break: at most 75 characters before it.
                if length + token.count > (isLast ? 76 : 75) {
                    output += [UInt8(ascii: "=")] + crlf
                    length = 0
                }
                output += token
                length += token.count
            }
            output += crlf
        }
        return output
    }

    /// Carriage return, line feed: the line end of every message line (RFC 5322 §2.1).
    static let crlf: [UInt8] = [13, 10]
}

extension StringProtocol {
    /// The text with `\r\n` and lone `\r` turned into `\n`.
    fileprivate func replacingCarriageReturns() -> String {
        var result = ""
        var previousWasReturn = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result.unicodeScalars.append("\n")
                previousWasReturn = true
                continue
            }
            if !(scalar == "\n" && previousWasReturn) { result.unicodeScalars.append(scalar) }
            previousWasReturn = false
        }
        return result
    }
}

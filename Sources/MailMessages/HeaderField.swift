/// Header fields as RFC 5322 §2.2 writes them: `Name: value`, folded at whitespace into lines of at most
/// 78 characters (§2.1.1, §2.2.3), with text outside printable ASCII in RFC 2047 encoded-words.
enum HeaderField {
    /// The longest line a header field is folded to, CRLF excluded (RFC 5322 §2.1.1).
    static let lineLimit = 78
    /// UTF-8 octets per encoded-word: 39 octets give 52 base64 characters, so a word is 64 characters long
    /// (RFC 2047 §2 allows 75) and fits after the longest field name on the first line.
    private static let octetsPerWord = 39

    /// The field `name` with `words` separated by single spaces, folded before a word that would pass the
    /// limit (RFC 5322 §2.2.3: a fold is CRLF before existing whitespace), ended by CRLF.
    static func line(_ name: String, _ words: [String]) -> [UInt8] {
        var output: [UInt8] = []
        var line = "\(name):"
        var hasWord = false
        for word in words where !word.isEmpty {
            if hasWord, line.utf8.count + 1 + word.utf8.count > lineLimit {
                output += Array(line.utf8) + MIMEEncoding.crlf
                line = " \(word)"
            } else {
                line += " \(word)"
            }
            hasWord = true
        }
        return output + Array(line.utf8) + MIMEEncoding.crlf
    }

    /// Unstructured text such as `Subject` (RFC 5322 §3.6.5): its own words when it is printable ASCII,
    /// else RFC 2047 encoded-words, which §5 (1) allows in any unstructured field.
    static func unstructured(_ text: String) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        let isPlain =
            isPrintableASCII(text) && !text.contains("=?")
            && words.allSatisfy { $0.utf8.count <= lineLimit - "Subject: ".utf8.count }
        return isPlain ? words : encodedWords(text)
    }

    /// A display name (RFC 5322 §3.4 `display-name`, a `phrase`): a quoted-string (§3.2.4) when it is short
    /// printable ASCII, else RFC 2047 encoded-words, which §5 (3) allows as words of a phrase.
    static func phrase(_ text: String) -> [String] {
        if isPrintableASCII(text), text.utf8.count <= 60 {
            var quoted = "\""
            for character in text {
                if character == "\"" || character == "\\" { quoted.append("\\") }
                quoted.append(character)
            }
            return [quoted + "\""]
        }
        return encodedWords(text)
    }

    /// A mailbox (RFC 5322 §3.4 `name-addr`): the display name on one line, then the address in angle brackets.
    ///
    /// The address must already be checked by ``isAddress(_:)``: it is written as given.
    static func mailbox(name: String, address: String) -> [String] {
        let name = name.singleLine
        return (name.isEmpty ? [] : phrase(name)) + ["<\(address)>"]
    }

    /// Whether `address` is an `addr-spec` (RFC 5322 §3.4.1) this module writes: a `dot-atom` local part
    /// and a `dot-atom` domain of ASCII letters, digits and hyphens, with no whitespace or control character.
    static func isAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return isDotAtom(parts[0], allowing: atext) && isDomain(parts[1])
    }

    /// Whether `domain` is a dot-atom of ASCII letters, digits and hyphens (RFC 5322 §3.4.1, RFC 1035 §2.3.1).
    static func isDomain(_ domain: some StringProtocol) -> Bool {
        isDotAtom(domain, allowing: { $0.isLetterOrDigit || $0 == UInt8(ascii: "-") })
    }

    /// RFC 2047 encoded-words (`=?utf-8?B?…?=`, §2 and §4.1) for `text`, cut between Unicode scalars so each
    /// word decodes on its own (§5: a multi-octet character is never split across words).
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let octets = Array(String(scalar).utf8)
            if chunk.count + octets.count > octetsPerWord {
                words.append(encodedWord(chunk))
                chunk = []
            }
            chunk += octets
        }
        if !chunk.isEmpty || words.isEmpty { words.append(encodedWord(chunk)) }
        return words
    }

    // MARK: - Private

    /// `atext` of RFC 5322 §3.2.3: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
    private static func atext(_ byte: UInt8) -> Bool {
        byte.isLetterOrDigit || Array("!#$%&'*+-/=?^_`{|}~".utf8).contains(byte)
    }

    /// Whether `text` is one or more runs of `allowed` octets joined by single dots (RFC 5322 §3.2.3).
    private static func isDotAtom(_ text: some StringProtocol, allowing allowed: (UInt8) -> Bool) -> Bool {
        let runs = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return !runs.isEmpty && runs.allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed) }
    }

    private static func encodedWord(_ octets: [UInt8]) -> String {
        "=?utf-8?B?" + String(decoding: MIMEEncoding.base64(octets), as: UTF8.self) + "?="
    }

    private static func isPrintableASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 >= 32 && $0 <= 126 } }
}

extension UInt8 {
    /// Whether the octet is an ASCII letter or digit.
    fileprivate var isLetterOrDigit: Bool {
        (self >= 48 && self <= 57) || (self >= 65 && self <= 90) || (self >= 97 && self <= 122)
    }
}

extension String {
    /// The text on one line: every run of whitespace or control characters (line breaks included) becomes
    /// one space, and none is left at either end, so a name can neither add a header nor break a body line.
    var singleLine: String {
        var result = ""
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.unicodeScalars.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

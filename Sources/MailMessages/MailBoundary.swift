/// The two boundaries of a message (RFC 2046 §5.1.1): one for `multipart/mixed`, one for the
/// `multipart/alternative` inside it.
///
/// Derived from a hash of the parts' content, so the same message has the same bytes every time. Each
/// starts with `=_`, which neither base64 (no `=` before `_`, RFC 2045 §6.8) nor quoted-printable (`=` is
/// followed by two hexadecimal digits or a line break, RFC 2045 §6.7) can produce; the parts are still
/// searched, and the hash is taken again with a counter in the unlikely case that one occurs.
struct MailBoundary {
    /// The boundary of the outer `multipart/mixed`.
    let mixed: String
    /// The boundary of the inner `multipart/alternative`.
    let alternative: String

    /// Boundaries that occur in none of `parts` (the encoded bodies).
    init(parts: [[UInt8]]) {
        var attempt = 0
        while true {
            var hash = StableHash()
            hash.combine(field: String(attempt))
            for part in parts {
                hash.combine(part)
                hash.combine([0])
            }
            let mixed = "=_entraide-mixed-\(hash.hex)"
            let alternative = "=_entraide-alt-\(hash.hex)"
            let isUnused = parts.allSatisfy { part in
                !Self.contains(part, Array(mixed.utf8)) && !Self.contains(part, Array(alternative.utf8))
            }
            if isUnused {
                self.mixed = mixed
                self.alternative = alternative
                return
            }
            attempt += 1
        }
    }

    /// Whether `needle` occurs in `haystack`.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}

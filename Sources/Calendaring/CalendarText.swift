/// Cleans values before they reach libical, which does the escaping itself.
///
/// RFC 5545 §3.3.11 forbids control characters in TEXT other than horizontal tab; libical escapes line
/// feeds as `\n` but would copy other control characters through. Parameter values (§3.2) cannot hold
/// line breaks at all.
enum CalendarText {
    /// A TEXT value: CR LF and lone CR become LF (escaped by libical), other controls become spaces.
    static func text(_ value: String) -> String {
        // Most values hold no control character but LF and TAB, which stay: nothing to rebuild.
        if !value.utf8.contains(where: { isControl($0) && $0 != 0x0A && $0 != 0x09 }) { return value }
        var scalars = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in value.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCarriageReturn: continue
            case "\r", "\n": scalars.append("\n")
            case "\t": scalars.append(scalar)
            case _ where isControl(scalar): scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// A parameter value or an identifier: every control character becomes a space.
    static func parameter(_ value: String) -> String {
        if !value.utf8.contains(where: isControl) { return value }
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            scalars.append(isControl(scalar) ? " " : scalar)
        }
        return String(scalars)
    }

    /// C0 controls and DEL, the CONTROL rule of RFC 5545 §3.1 (plus HTAB, handled by the callers).
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }

    /// The same for one byte of UTF-8 (every byte of a multi-byte scalar is 0x80 or more).
    private static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }
}

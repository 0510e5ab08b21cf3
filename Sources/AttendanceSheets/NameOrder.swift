import Foundation

/// The order of names on a sheet: alphabetical, ignoring case and accents, the same on every machine.
///
/// Foundation's locale-aware comparison depends on the system's ICU data and locale; this key does not. Each
/// name is decomposed (NFD), combining marks are dropped, letters are lowercased, and the few Latin letters
/// that carry their mark inside the letter itself are spelled out (« Ł » as « l », « ø » as « o », « ß » as
/// « ss », « Đ » as « d »), so « Łukasz » sorts among the L and « Østergård » among the O.
enum NameOrder {
    /// The comparison key of a name.
    static func key(_ name: String) -> String {
        var key = ""
        key.reserveCapacity(name.utf8.count)
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark || category == .spacingMark { continue }
            if let spelled = spelledOut[scalar] {
                key += spelled
            } else {
                key += String(scalar).lowercased()
            }
        }
        return key
    }

    /// Letters whose mark is part of the letter, so that decomposition leaves them alone.
    private static let spelledOut: [Unicode.Scalar: String] = [
        "Ł": "l", "ł": "l", "Ø": "o", "ø": "o", "ß": "ss", "ẞ": "ss", "Đ": "d", "đ": "d", "Ð": "d", "ð": "d",
        "Æ": "ae", "æ": "ae", "Œ": "oe", "œ": "oe", "Þ": "th", "þ": "th", "ı": "i", "Ħ": "h", "ħ": "h",
    ]
}

/// How every reader compares what people write: trimmed, without case, accents or punctuation.
///
/// `Si nécessaire`, `si necessaire` and `SI NÉCESSAIRE` are one word; `Jean-Daniel  PITTET` and
/// `jean daniel pittet` are one name.
public enum WrittenText {
    /// `text` without leading and trailing white space and line breaks.
    public static func trimmed(_ text: some StringProtocol) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// A word, name or answer as compared: lower case, without accents, punctuation and runs of white space
    /// made one space.
    public static func normalised(_ text: some StringProtocol) -> String {
        words(of: text).joined(separator: " ")
    }

    /// The words of `text`, lower case and without accents; white space and punctuation split words.
    public static func words(of text: some StringProtocol) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        func endWord() {
            if !word.isEmpty { words.append(String(word)) }
            word = String.UnicodeScalarView()
        }
        for scalar in text.lowercased().unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }  // combining accents of decomposed text
            if scalar.isASCII {
                if (0x61...0x7A).contains(scalar.value) || (0x30...0x39).contains(scalar.value) {
                    word.append(scalar)
                } else {
                    endWord()
                }
            } else if let plain = accentFree[scalar] {
                word.append(contentsOf: plain.unicodeScalars)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(scalar)
            } else {
                endWord()
            }
        }
        endWord()
        return words
    }

    /// The letter without its accent (`é` → `e`, `ß` → `ss`), for one lower-case scalar; `nil` when it has none.
    static func plain(_ scalar: Unicode.Scalar) -> String? { accentFree[scalar] }

    /// A value as a message quotes it: as written, or its first 60 characters and its length when it is longer
    /// than 80 (a message never repeats a whole pasted paragraph).
    public static func quoted(_ text: String) -> String {
        guard text.count > 80 else { return text }
        return String(text.prefix(60)) + "… (\(text.count) characters)"
    }

    /// Latin letters with accents (Latin-1 Supplement and Latin Extended-A, lower case) and their plain forms.
    private static let accentFree: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżž", "z"), ("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("ð", "d"), ("þ", "th"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, plain) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = plain }
        }
        return table
    }()
}

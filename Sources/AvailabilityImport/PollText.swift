/// Text comparisons for poll files: trimming, folding case and accents, normalising names, near misses.
enum PollText {
    /// `text` without leading and trailing white space and line breaks.
    static func trimmed(_ text: some StringProtocol) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// A name, answer word or moment as compared: lower case, without accents, punctuation and runs of white
    /// space made one space.
    ///
    /// `Jean-Daniel  PITTET` and `jean daniel pittet` are equal, and so are `Si nécessaire` and `SI NECESSAIRE`.
    static func normalisedName(_ text: some StringProtocol) -> String {
        words(of: text).joined(separator: " ")
    }

    /// The words of `text`, lower case and without accents; white space and punctuation split words.
    static func words(of text: some StringProtocol) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        func endWord() {
            if !word.isEmpty { words.append(String(word)) }
            word = String.UnicodeScalarView()
        }
        for scalar in text.lowercased().unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }  // combining accents of decomposed text
            if let plain = accentFree[scalar] {
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

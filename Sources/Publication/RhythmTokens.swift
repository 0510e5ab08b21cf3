/// The words of a `--rhythm` text with their columns, read one after the other by ``Rhythm/parse(_:from:)``.
struct RhythmTokens {
    /// One word and where it starts.
    struct Token {
        /// As written.
        let text: String
        /// 1-based column of its first character.
        let column: Int
        /// In lower case.
        var lowered: String { text.lowercased() }
    }

    /// The whole text.
    let text: String
    private let tokens: [Token]
    private var index = 0

    /// Splits `text` at spaces and tabs.
    init(_ text: String) {
        self.text = text
        var tokens: [Token] = []
        var current = ""
        var start = 0
        for (offset, character) in text.enumerated() {
            if character == " " || character == "\t" {
                if !current.isEmpty { tokens.append(Token(text: current, column: start + 1)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(Token(text: current, column: start + 1)) }
        self.tokens = tokens
    }

    /// The next word, not consumed.
    var peek: Token? { index < tokens.count ? tokens[index] : nil }

    /// Consumes the next word.
    mutating func advance() { index += 1 }

    /// Consumes the next word, or throws saying what is missing.
    mutating func next(expecting what: String) throws(RhythmError) -> Token {
        guard let token = peek else {
            let last = tokens.last.map { "after '\($0.text)'" } ?? "at once"
            throw RhythmError(
                text: text,
                part: "",
                column: text.count + 1,
                message: "The rhythm '\(text)' ends \(last); expected \(what), as in '\(Rhythm.example)'."
            )
        }
        advance()
        return token
    }

    /// Consumes `word` (any case), or throws.
    mutating func expect(_ word: String) throws(RhythmError) {
        let token = try next(expecting: "'\(word)'")
        guard token.lowered == word else { throw error(at: token, "is not '\(word)'") }
    }

    /// The duration: one word (`120min`, `2h`, `1h30`) or a number then `min` (`120 min`); 1 to 720 minutes.
    mutating func duration() throws(RhythmError) -> Int {
        let token = try next(expecting: "a duration such as '120min' or '2h'")
        var minutes = Rhythm.minutes(token.text)
        if minutes == nil, let count = Int(token.text), let unit = peek, ["min", "h"].contains(unit.lowered) {
            advance()
            minutes = unit.lowered == "h" ? count * 60 : count
        }
        guard let minutes else {
            throw error(at: token, "is not a duration", expected: "minutes or hours such as '120min', '2h' or '1h30'")
        }
        guard (1...720).contains(minutes) else {
            throw error(at: token, "is out of range", expected: "a duration from 1 minute to 12 hours")
        }
        return minutes
    }

    /// An error at `token`, with the part quoted, the problem and what was expected.
    func error(
        at token: Token?,
        _ problem: String,
        expected: String = "a rhythm such as '\(Rhythm.example)'"
    ) -> RhythmError {
        let part = token?.text ?? ""
        return RhythmError(
            text: text,
            part: part,
            column: token?.column ?? text.count + 1,
            message: "'\(part)' in '\(text)' \(problem); expected \(expected)."
        )
    }
}

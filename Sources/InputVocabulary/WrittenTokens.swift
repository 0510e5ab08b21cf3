/// A text cut into numbers, words and signs, each with its column: what the date, time, duration and rhythm
/// readers walk through.
///
/// `mar. 02.03.2027 18h30` is `mar` `.` `02` `.` `03` `.` `2027` `18` `h` `30`. Words are compared lower case and
/// without accents (``Token/word``); white space only separates (``Token/isSpaced`` says whether some came
/// before).
public struct WrittenTokens: Sendable {
    /// One piece of the text.
    public struct Token: Hashable, Sendable {
        /// What the piece is.
        public enum Kind: Hashable, Sendable {
            /// ASCII digits, with their value (capped at 999 999 999) and how many there are.
            case number(Int, digits: Int)
            /// Letters, lower case and without accents (`décembre` → `decembre`).
            case word(String)
            /// Any other character that is not white space (`.`, `:`, `,`, `-`, `'`).
            case sign(Character)
        }

        /// What the piece is.
        public let kind: Kind
        /// The piece as written.
        public let text: String
        /// The 1-based column (in characters) of its first character.
        public let column: Int
        /// Whether white space comes right before it.
        public let isSpaced: Bool

        /// The number's value, for a number.
        public var number: Int? {
            if case .number(let value, _) = kind { return value }
            return nil
        }

        /// How many digits a number has; 0 for anything else.
        public var digits: Int {
            if case .number(_, let digits) = kind { return digits }
            return 0
        }

        /// The normalised word, for a word.
        public var word: String? {
            if case .word(let word) = kind { return word }
            return nil
        }

        /// Whether this is the sign `character`.
        public func isSign(_ character: Character) -> Bool { kind == .sign(character) }
    }

    /// The text cut.
    public let text: String
    /// Its pieces, in order.
    public let tokens: [Token]

    /// Cuts `text`.
    public init(_ text: String) {
        self.text = text
        var tokens: [Token] = []
        var current = ""
        var currentKind = 0  // 0 none, 1 digits, 2 letters
        var start = 0
        var spaced = false
        var pendingSpace = false
        func flush() {
            guard !current.isEmpty else { return }
            if currentKind == 1 {
                let value = Int(current.prefix(9)) ?? 0
                tokens.append(
                    Token(
                        kind: .number(value, digits: current.count),
                        text: current,
                        column: start + 1,
                        isSpaced: spaced
                    )
                )
            } else {
                tokens.append(
                    Token(
                        kind: .word(WrittenText.normalised(current)),
                        text: current,
                        column: start + 1,
                        isSpaced: spaced
                    )
                )
            }
            current = ""
            currentKind = 0
        }
        for (offset, character) in text.enumerated() {
            let kind =
                character.isASCII && character.isWholeNumber
                ? 1
                : (character.isLetter || character.unicodeScalars.allSatisfy { (0x300...0x36F).contains($0.value) })
                    ? 2 : 0
            if kind != 0, kind == currentKind {
                current.append(character)
                continue
            }
            flush()
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            spaced = pendingSpace || tokens.isEmpty
            pendingSpace = false
            if kind == 0 {
                tokens.append(
                    Token(
                        kind: .sign(character),
                        text: String(character),
                        column: offset + 1,
                        isSpaced: spaced
                    )
                )
            } else {
                current.append(character)
                currentKind = kind
                start = offset
            }
        }
        flush()
        self.tokens = tokens
    }

    /// The column after the last character, where something missing is reported.
    public var endColumn: Int { text.count + 1 }
}

/// The one rule every id follows, whatever it identifies: a group, a person, a room, a candidate, a workshop.
///
/// Ids become file names (`participants/p01/information.ics`), parts of calendar UIDs and keys in the
/// workspace, so an id is a safe file-name component by construction: ASCII letters, digits, `-`, `_` and `.`,
/// not starting with `.` (so `.`, `..` and hidden names cannot be formed), at most ``maximumLength``
/// characters. Every reader checks ids with ``problem(with:)`` and reports the problem where the id is written.
public enum IdentifierRule {
    /// The longest id, in characters (all ASCII, so also in bytes).
    public static let maximumLength = 64

    /// What is wrong with an id.
    public enum Problem: Hashable, Sendable {
        /// The id is empty.
        case empty
        /// The id is longer than ``IdentifierRule/maximumLength`` characters; the length is given.
        case tooLong(Int)
        /// The id starts with a dot.
        case leadingDot
        /// The id holds a character outside letters, digits, `-`, `_` and `.`; the first such character.
        case forbiddenCharacter(Character)

        /// What was expected, as the end of an error sentence: "may only contain …".
        public var expectation: String {
            switch self {
            case .empty: "must not be empty"
            case .tooLong(let length):
                "is \(length) characters long; an id has at most \(IdentifierRule.maximumLength)"
            case .leadingDot: "must not start with '.'"
            case .forbiddenCharacter:
                "may only contain the letters a-z and A-Z, digits, '-', '_' and '.' (not first)"
            }
        }
    }

    /// The problem with `raw` as an id, or `nil` when it is a valid id.
    public static func problem(with raw: String) -> Problem? {
        guard !raw.isEmpty else { return .empty }
        for character in raw where !isAllowed(character) { return .forbiddenCharacter(character) }
        if raw.utf8.count > maximumLength { return .tooLong(raw.utf8.count) }
        if raw.utf8.first == UInt8(ascii: ".") { return .leadingDot }
        return nil
    }

    /// Whether `raw` is a valid id.
    public static func isValid(_ raw: String) -> Bool { problem(with: raw) == nil }

    private static func isAllowed(_ character: Character) -> Bool {
        guard character.isASCII, let byte = character.asciiValue else { return false }
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }
}

extension Identifier {
    /// Whether the raw value follows ``IdentifierRule``: only such ids may name files.
    public var isSafe: Bool { IdentifierRule.isValid(rawValue) }
}

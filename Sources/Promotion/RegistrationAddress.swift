internal import Phrasebook

/// The address of a group's registration page, as printed on its flyer and encoded in its QR code.
///
/// Accepted: `https://` or `http://`, a host of letters, digits, `-` and `.` (with an optional port), then any
/// path and query without spaces or control characters; at most ``maximumLength`` characters, so that the QR code
/// stays small enough to be read from paper (version 10 or below at error correction level M).
public struct RegistrationAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address as given.
    public let text: String

    /// The longest address accepted, in bytes.
    public static let maximumLength = 200

    /// Checks an address.
    ///
    /// - Throws: ``PromotionError/Code-swift.struct/invalidRegistrationAddress`` with what is expected.
    public init(_ text: String) throws(PromotionError) {
        func refuse(_ problem: String, _ parts: [String: Phrase] = [:]) -> PromotionError {
            let expected = Phrase("promotion.address.\(problem)", parts)
            return PromotionError(
                code: .invalidRegistrationAddress,
                value: text,
                expected: expected.english,
                expectedPhrase: expected
            )
        }
        guard text.utf8.count <= Self.maximumLength else {
            throw refuse("tooLong", ["bytes": .number(text.utf8.count), "maximum": .number(Self.maximumLength)])
        }
        let lower = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else {
            throw refuse("scheme")
        }
        guard
            !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F })
        else { throw refuse("space") }
        let rest = text.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let isHostCharacter = { (character: Character) in
            character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == ".")
        }
        guard let name = host.first, !name.isEmpty, name.allSatisfy(isHostCharacter), name.contains("."),
            !name.hasPrefix("."), !name.hasSuffix("."),
            host.count == 1 || (host[1].count <= 5 && !host[1].isEmpty && host[1].allSatisfy(\.isNumber))
        else { throw refuse("host") }
        self.text = text
    }

    /// The address.
    public var description: String { text }
}

/// What the public may read about a group: the words staff wrote for its flyer, its announcement and its public
/// page (`group.public-text` and `group.audience` in the scenario).
///
/// A flyer is public by nature, so it never prints the group's internal theme (``Group/theme``, agreed in the
/// intake interview) when a public text exists; without one it falls back to the theme and says so (see
/// ``text(orTheme:)``).
public struct PublicDescription: Hashable, Sendable {
    /// The group's public text, a short paragraph or two (line breaks start new paragraphs); `nil` when staff
    /// have not written one.
    public var text: String?
    /// Who the group is for, in one or two sentences (« Pour les proches qui accompagnent… »); `nil` when not
    /// written.
    public var audience: String?

    /// A description; both parts are optional.
    public init(text: String? = nil, audience: String? = nil) {
        self.text = text
        self.audience = audience
    }

    /// No public words yet.
    public static let none = PublicDescription()

    /// The text to print: the public text when written, else `theme`, and whether the theme was used.
    public func text(orTheme theme: String) -> (text: String, isTheme: Bool) {
        if let text, !text.allSatisfy(\.isWhitespace) { return (text, false) }
        return (theme, true)
    }
}

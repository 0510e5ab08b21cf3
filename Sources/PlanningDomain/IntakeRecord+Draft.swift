/// How an intake record becomes the group's draft: title, theme and type.
///
/// - **Title**: the working title when the interview chose one; otherwise the theme's first clause (up to the
///   first `.`, `;`, `:`, `!`, `?` or line break), its first letter in capitals, cut after at most
///   ``draftTitleLength`` characters at a word boundary (with `…`), followed by ` – ` and the region unless the
///   clause already names it.
/// - **Theme**: the theme as written, spaces trimmed.
/// - **Type** and **region**: as recorded. Quorum and maximum size: the centres' defaults unless given.
///
/// The need, the members' profile, the role and the motivation stay in the record: they are staff's notes, not
/// the group's public words. The draft has no public text either: staff write it for the flyer
/// (``PublicDescription``), so that nothing said in confidence reaches print by default.
extension IntakeRecord {
    /// The longest derived title clause, in characters (the region comes on top).
    public static let draftTitleLength = 60

    /// The group's draft title.
    public var draftTitle: String {
        if let workingTitle, !workingTitle.trimmed.isEmpty { return workingTitle.trimmed }
        var clause = Self.firstClause(of: theme.trimmed)
        if clause.count > Self.draftTitleLength {
            let words = clause.split(separator: " ")
            var cut = ""
            for word in words where cut.count + word.count + (cut.isEmpty ? 0 : 1) <= Self.draftTitleLength - 1 {
                cut += (cut.isEmpty ? "" : " ") + word
            }
            clause = (cut.isEmpty ? String(clause.prefix(Self.draftTitleLength - 1)) : cut) + "…"
        }
        if let first = clause.first { clause = first.uppercased() + clause.dropFirst() }
        let place = region.trimmed
        guard !place.isEmpty, !clause.lowercased().contains(place.lowercased()) else { return clause }
        return clause.isEmpty ? place : "\(clause) – \(place)"
    }

    /// The group's draft theme: the theme as written.
    public var draftTheme: String { theme.trimmed }

    /// The group as drafted from the interview: id, draft title and theme, type, region; no initiator yet (the
    /// initiator becomes a participant when they register).
    public func draftGroup(quorum: Int = 6, maximumSize: Int = 12) -> Group {
        Group(
            id: group,
            title: draftTitle,
            theme: draftTheme,
            type: groupType,
            region: region.trimmed,
            quorum: quorum,
            maximumSize: maximumSize,
            initiator: nil
        )
    }

    /// The text up to the first end of a clause, spaces trimmed.
    private static func firstClause(of text: String) -> String {
        let ends: Set<Character> = [".", ";", ":", "!", "?", "\n"]
        return String(text.prefix { !ends.contains($0) }).trimmed
    }
}

extension String {
    /// The text without leading and trailing spaces and line breaks.
    fileprivate var trimmed: String {
        let isSpace = { (character: Character) in character.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}

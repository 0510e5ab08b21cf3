/// How much of a participant's name an attendance sheet prints.
///
/// Discretion is a promise (DOMAIN.md): a sheet lies on a table during the session and may be seen by
/// everyone present, so a centre may choose to print first names and initials only. The same choice applies
/// to the sheet's CSV, whose rows are those of the PDF.
public enum NamePrivacy: String, Sendable, CaseIterable {
    /// The name as registered: « Nathalie Bovet ».
    case full
    /// The first word of the name and the initial of the last one: « Nathalie B. ».
    case initials

    /// The name as this level prints it, with runs of spaces, tabs and line breaks folded into one space.
    ///
    /// With ``initials``, a name of one word is printed whole; otherwise its first word is kept (« Jean-Daniel »)
    /// and its last word shrinks to its first character and a full stop (« Pittet » → « P. »). Particles in
    /// between (« de », « van der ») are left out. Characters are whole graphemes, so « Østergård » gives « Ø. »
    /// and « Ánh » gives « Á. », however the accent is encoded.
    public func printedName(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).map(String.init)
        switch self {
        case .full:
            return words.joined(separator: " ")
        case .initials:
            guard let first = words.first, let last = words.last, words.count > 1, let initial = last.first else {
                return words.joined(separator: " ")
            }
            return "\(first) \(initial)."
        }
    }
}

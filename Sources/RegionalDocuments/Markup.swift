internal import PlanDocuments

/// Writing HTML by hand, safely: every text that reaches the page goes through ``escape(_:)``.
enum Markup {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references.
    static func escape(_ text: String) -> String { MarkupText.escaped(text) }

    /// `<name a="…">content</name>`; `content` is markup already, attribute values are escaped here and left
    /// out when `nil`.
    static func element(_ name: String, _ attributes: [(String, String?)] = [], _ content: String) -> String {
        let written = attributes.compactMap { key, value in value.map { " \(key)=\"\(escape($0))\"" } }.joined()
        return "<\(name)\(written)>\(content)</\(name)>"
    }

    /// The element with escaped plain text as its content.
    static func text(_ name: String, _ attributes: [(String, String?)] = [], _ text: String) -> String {
        element(name, attributes, escape(text))
    }
}

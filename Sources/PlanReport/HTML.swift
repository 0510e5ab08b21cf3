internal import PlanDocuments

/// Writing HTML by hand, safely: every text that reaches the page goes through ``escape(_:)``.
///
/// Names of groups, venues and facilitators come from the scenario file and may hold `<`, `&` or quotes;
/// wording templates are escaped too, after their values are filled in, so nothing is escaped twice.
enum HTML {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references: safe in element content
    /// and in double-quoted attribute values.
    static func escape(_ text: String) -> String { MarkupText.escaped(text) }

    /// `<name class="…" title="…">content</name>`; `content` is markup already, attributes are escaped here.
    ///
    /// Attributes are written in the order given, and left out when their value is `nil`, so the same call
    /// gives the same bytes.
    static func element(_ name: String, _ attributes: [(String, String?)] = [], _ content: String) -> String {
        "<\(name)\(attributeText(attributes))>\(content)</\(name)>"
    }

    /// The element with escaped plain text as its content.
    static func text(_ name: String, _ attributes: [(String, String?)] = [], _ text: String) -> String {
        element(name, attributes, escape(text))
    }

    /// ` class="…" title="…"`, each value escaped, `nil` values left out.
    static func attributeText(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(escape($0))\"" } }.joined()
    }

    /// A symbol for the eye and a word for screen readers: `✓` is hidden from them, « oui » from the eye.
    static func symbol(_ symbol: String, spoken: String) -> String {
        "<span aria-hidden=\"true\">\(escape(symbol))</span><span class=\"sr\">\(escape(spoken))</span>"
    }
}

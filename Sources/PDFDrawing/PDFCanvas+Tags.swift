internal import CCairo

/// Tagged PDF (ISO 32000-1 §14.8): the document's logical structure for screen readers, and links.
///
/// cairo 1.16 (Debian 12) writes a structure tree (`StructTreeRoot`, `MarkInfo` marked) from the tags opened
/// and closed around what is drawn, and a link annotation for a `Link` tag. It does not write alternative text
/// (`Alt`) for a figure, the document's language (`Lang`), nor `DisplayDocTitle`: a figure's meaning must be
/// given by text drawn beside it.
extension PDFCanvas {
    /// Runs `body` inside `tag`: what `body` draws belongs to that structure element (or link).
    public func tagged<T>(_ tag: PDFTag, _ body: () throws(PDFError) -> T) throws(PDFError) -> T {
        cairo_tag_begin(cairo, tag.name, tag.attributes)
        defer { cairo_tag_end(cairo, tag.name) }
        return try body()
    }

    /// Runs `body` inside `tag`, for bodies that cannot fail.
    public func tagged<T>(_ tag: PDFTag, _ body: () -> T) -> T {
        cairo_tag_begin(cairo, tag.name, tag.attributes)
        defer { cairo_tag_end(cairo, tag.name) }
        return body()
    }
}

/// A structure element or a link of a tagged PDF.
public enum PDFTag: Hashable, Sendable {
    /// `Document`: the whole document.
    case document
    /// `Sect`: a section.
    case section
    /// `H1` … `H6`: a heading of that level (clamped to 1…6).
    case heading(Int)
    /// `P`: a paragraph.
    case paragraph
    /// `Figure`: a picture (give its meaning as text beside it: cairo 1.16 writes no `Alt`).
    case figure
    /// `Link` to a URI: a link annotation over what is drawn inside (ISO 32000-1 §12.5.6.5).
    case link(uri: String)

    /// The tag's name, as cairo knows it.
    var name: String {
        switch self {
        case .document: "Document"
        case .section: "Sect"
        case .heading(let level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .figure: "Figure"
        case .link: CAIRO_TAG_LINK
        }
    }

    /// cairo's attribute string: `uri='…'` for a link, with `\` and `'` escaped; empty otherwise.
    var attributes: String {
        guard case .link(let uri) = self else { return "" }
        var escaped = ""
        for character in uri {
            if character == "\\" || character == "'" { escaped.append("\\") }
            escaped.append(character)
        }
        return "uri='\(escaped)'"
    }
}

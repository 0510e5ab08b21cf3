import Foundation

/// plan.html inside a page of the server: its body, and its style sheet served as a file, so that the
/// Content-Security-Policy can forbid every inline style.
///
/// `PlanReportHTML` writes one inline style, the proportions of the attendance bar (`style="flex-grow: 3"`);
/// here each becomes a class (`g-3`) that the served style sheet defines. Everything else is plan.html as
/// written (and escaped) by `PlanReportHTML`.
enum ReportEmbedding {
    /// The largest proportion the style sheet defines; larger counts share its width.
    static let largestGrowth = 1000

    /// The body of a whole plan.html page, ready to embed.
    static func body(of page: String) -> String {
        guard let start = page.range(of: "<body>"), let end = page.range(of: "</body>", options: .backwards),
            start.upperBound <= end.lowerBound
        else { return "" }
        return classesForInlineStyles(String(page[start.upperBound..<end.lowerBound]))
    }

    /// plan.html's style sheet, with the classes that replace the inline proportions.
    static func styleSheet(of page: String) -> String {
        guard let start = page.range(of: "<style>"), let end = page.range(of: "</style>"),
            start.upperBound <= end.lowerBound
        else { return "" }
        var css = String(page[start.upperBound..<end.lowerBound])
        css += accessibleColours
        css += "\n/* Proportions of the attendance bar (inline styles of plan.html, as classes). */\n"
        css += (0...largestGrowth).map { ".bar .g-\($0) { flex-grow: \($0); }" }.joined(separator: "\n") + "\n"
        return css
    }

    /// On the web page, every text meets WCAG 2.1 AA contrast (4.5:1): plan.html's grey for « no » (#8d96a1 on
    /// white, 3:1) and its faded excluded columns are darkened here, the page itself left as it is.
    static let accessibleColours = """

        /* WCAG 2.1 AA contrast on the web page (axe-core): « no » in a darker grey, excluded columns not faded. */
        .n { color: #555e69; }
        .grid td.off { opacity: 1; color: #555e69; }
        /* The page's own frame keeps its look: plan.html's body and header rules are for plan.html alone. */
        body { max-width: none; padding: 0; }
        header.site { border-left: 0; padding: 0.75rem 1.5rem; }
        footer.site { padding: 0.75rem 1.5rem; }

        """

    /// `class="y" style="flex-grow: 3"` → `class="y g-3"`.
    static func classesForInlineStyles(_ html: String) -> String {
        let marker = "\" style=\"flex-grow: "
        guard html.contains(marker) else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let found = rest.range(of: marker) {
            result += rest[..<found.lowerBound]
            let afterMarker = rest[found.upperBound...]
            let digits = afterMarker.prefix { $0.isASCII && $0.isNumber }
            let closing = afterMarker.dropFirst(digits.count)
            guard !digits.isEmpty, closing.hasPrefix("\"") else {
                // Not the shape PlanReportHTML writes: leave it out rather than let an inline style through.
                result += "\""
                rest = afterMarker.drop { $0 != "\"" }.dropFirst()
                continue
            }
            let growth = min(Int(digits) ?? 0, largestGrowth)
            result += " g-\(growth)\""
            rest = closing.dropFirst()
        }
        result += rest
        return result
    }
}

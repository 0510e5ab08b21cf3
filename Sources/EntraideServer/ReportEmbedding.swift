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
        let bytes = Array(page.utf8)
        guard let start = find(Array("<body>".utf8), in: bytes, from: 0),
            let end = findLast(Array("</body>".utf8), in: bytes),
            start + 6 <= end
        else { return "" }
        return classesForInlineStyles(bytes[(start + 6)..<end])
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
    static func classesForInlineStyles(_ html: String) -> String { classesForInlineStyles(Array(html.utf8)[...]) }

    /// The same on UTF-8 bytes, in one pass (the grid of 200 people is half a megabyte; searching it as a
    /// `String` with Foundation took a tenth of the page's time).
    private static func classesForInlineStyles(_ html: ArraySlice<UInt8>) -> String {
        let marker = Array("\" style=\"flex-grow: ".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(html.count)
        var index = html.startIndex
        while index < html.endIndex {
            guard html[index] == marker[0], html[index...].starts(with: marker) else {
                result.append(html[index])
                index += 1
                continue
            }
            var cursor = index + marker.count
            var growth = 0
            while cursor < html.endIndex, html[cursor] >= 0x30, html[cursor] <= 0x39 {
                growth = min(growth * 10 + Int(html[cursor] - 0x30), largestGrowth)
                cursor += 1
            }
            if cursor > index + marker.count, cursor < html.endIndex, html[cursor] == 0x22 {
                result += Array(" g-\(growth)\"".utf8)
                index = cursor + 1
            } else {
                // Not the shape PlanReportHTML writes: leave it out rather than let an inline style through.
                result.append(0x22)
                index = cursor
                while index < html.endIndex, html[index] != 0x22 { index += 1 }
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index...].starts(with: needle) { return index }
            index += 1
        }
        return nil
    }

    private static func findLast(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.count - needle.count
        while index >= 0 {
            if haystack[index] == needle[0], haystack[index...].starts(with: needle) { return index }
            index -= 1
        }
        return nil
    }
}

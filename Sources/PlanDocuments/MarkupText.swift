/// Text made safe for HTML and SVG written by hand: what a web page, a flyer's QR code or a chart embeds.
public enum MarkupText {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references: safe in element content and
    /// in quoted attribute values.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

internal import PDFDrawing
import PlanningDomain

/// Draws one flyer page on a ``PDFCanvas``, tagged for screen readers.
///
/// The page has two parts. The top part (centre, kicker, title, region, public text, who it is for, the
/// information session) flows from the top margin; the bottom part (the registration box with the QR code,
/// the contact, the discretion promise) is anchored at the bottom margin. When the top part is too long, all
/// its fonts shrink together (``FlyerGeometry/fits``); at the smallest, the public text is cut with an ellipsis
/// so that nothing overlaps.
struct FlyerRenderer {
    let content: FlyerContent
    let wording: FlyerWording
    let geometry: FlyerGeometry
    let canvas: PDFCanvas
    let text: TextLayout
    let qr: QRCode?

    /// The accent colour of headings and rules: a dark teal (#00586A), 8:1 against white, dark in grayscale.
    static let accent = PDFColor(red: 0, green: 0.345, blue: 0.416)
    /// Secondary text: dark gray, 10:1 against white.
    static let secondary = PDFColor.gray(0.3)

    /// Draws the page.
    func draw() {
        let bottomHeight = bottom(top: 0, isDrawing: false)
        let available = geometry.pageHeight - geometry.margin - bottomHeight - 18 * geometry.scale
        let fits = geometry.fits
        var chosen = (fit: fits.last ?? 1, body: content.text)
        if let fit = fits.first(where: { top(fit: $0, body: content.text, isDrawing: false) <= available }) {
            chosen.fit = fit
        } else {
            chosen.body = truncated(content.text) { top(fit: chosen.fit, body: $0, isDrawing: false) <= available }
        }
        canvas.tagged(.document) {
            _ = top(fit: chosen.fit, body: chosen.body, isDrawing: true)
            _ = bottom(top: geometry.pageHeight - geometry.margin - bottomHeight, isDrawing: true)
        }
        canvas.showPage()
    }

    // MARK: - The top part

    /// Lays out the top part with fonts × `fit` and `body` as the public text, drawing it when asked; returns
    /// where it ends.
    private func top(fit: Double, body: String, isDrawing: Bool) -> Double {
        let s = geometry.scale * fit
        let x = geometry.margin
        let width = geometry.contentWidth
        var y = geometry.margin
        let place = Placer(text: text, canvas: canvas, isDrawing: isDrawing, x: x, width: width)
        let centre = FontDescription(size: 10 * geometry.scale)
        y += place.text(content.centre, centre, y: y, color: Self.secondary, tag: .paragraph) + 6
        let kicker = "\(wording.kicker) · \(wording.groupType)".uppercased()
        y += place.text(
            kicker,
            FontDescription(size: 12 * s, bold: true),
            y: y,
            lines: 2,
            color: Self.accent,
            tag: .paragraph
        )
        y += 7 * s
        if isDrawing { canvas.line(x, y, x + width, y, width: 2.2 * s, color: Self.accent) }
        y += 14 * s
        let title = FontDescription(size: 30 * s, bold: true)
        y += place.text(content.title, title, y: y, lines: 3, tag: .heading(1)) + 4 * s
        if wording.showsRegion {
            y += place.text(content.region, FontDescription(size: 15 * s), y: y, color: Self.secondary, tag: .paragraph)
        }
        y += 18 * s
        let bodyFont = FontDescription(size: 13 * s)
        let flow = TextLayout.Flow(lines: 1000, lineSpacing: 1.3)
        // One paragraph per line of the text, each its own `P`, with some space between them.
        for paragraph in body.split(separator: "\n").map(String.init) where !paragraph.allSatisfy(\.isWhitespace) {
            y += place.text(paragraph, bodyFont, y: y, flow: flow, tag: .paragraph) + 7 * s
        }
        y += 11 * s
        let heading = FontDescription(size: 14 * s, bold: true)
        let detail = FontDescription(size: 12.5 * s)
        if let audience = content.audience {
            y += place.text(wording.audienceHeading, heading, y: y, color: Self.accent, tag: .heading(2)) + 4 * s
            let audienceFlow = TextLayout.Flow(lines: 6, isMultiParagraph: true, lineSpacing: 1.25)
            y += place.text(audience, detail, y: y, flow: audienceFlow, tag: .paragraph) + 16 * s
        }
        y += place.text(wording.informationHeading, heading, y: y, color: Self.accent, tag: .heading(2)) + 4 * s
        if let session = content.information {
            let when = FontDescription(size: 13 * s, bold: true)
            y += place.text(wording.when(session), when, y: y, lines: 2, tag: .paragraph) + 3 * s
            for line in wording.place(session) {
                y += place.text(line, detail, y: y, lines: 2, tag: .paragraph) + 1 * s
            }
        } else {
            y += place.text(wording.informationUnknown, detail, y: y, lines: 3, color: Self.secondary, tag: .paragraph)
        }
        return y
    }

    /// The longest beginning of `text` that `fits`, cut at a space and followed by `…`.
    ///
    /// The first word alone when nothing longer fits. A binary search over the spaces: the fewest layouts for a
    /// long text.
    private func truncated(_ text: String, fits: (String) -> Bool) -> String {
        let cuts = text.indices.filter { text[$0].isWhitespace }
        guard !cuts.isEmpty else { return text }
        var low = 0
        var high = cuts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if fits(String(text[..<cuts[middle]]) + " …") { low = middle } else { high = middle - 1 }
        }
        return String(text[..<cuts[low]]) + " …"
    }
}

/// Places texts one under the other, drawing them (inside their tag) or only measuring them.
struct Placer {
    let text: TextLayout
    let canvas: PDFCanvas
    let isDrawing: Bool
    let x: Double
    let width: Double

    /// Places `string` at `y`, on at most `lines` lines, and returns its height.
    func text(
        _ string: String,
        _ font: FontDescription,
        y: Double,
        lines: Int = 1,
        color: PDFColor = .black,
        tag: PDFTag? = nil,
        x: Double? = nil,
        width: Double? = nil,
        alignment: TextLayout.Alignment = .left
    ) -> Double {
        self.text(
            string,
            font,
            y: y,
            flow: TextLayout.Flow(lines: lines, lineSpacing: 0),
            color: color,
            tag: tag,
            x: x,
            width: width,
            alignment: alignment
        )
    }

    /// Places `string` at `y`, broken as `flow` says, and returns its height.
    func text(
        _ string: String,
        _ font: FontDescription,
        y: Double,
        flow: TextLayout.Flow,
        color: PDFColor = .black,
        tag: PDFTag? = nil,
        x: Double? = nil,
        width: Double? = nil,
        alignment: TextLayout.Alignment = .left
    ) -> Double {
        let left = x ?? self.x
        let span = width ?? self.width
        guard isDrawing else { return text.size(of: string, font: font, width: span, flow: flow).height }
        let draw = {
            text.draw(string, font: font, x: left, y: y, width: span, flow: flow, alignment: alignment, color: color)
                .height
        }
        guard let tag else { return draw() }
        return canvas.tagged(tag, draw)
    }

    /// Runs `body` inside `tag` when drawing; measuring opens no tag.
    func tagged<T>(_ tag: PDFTag, _ body: () -> T) -> T {
        isDrawing ? canvas.tagged(tag, body) : body()
    }
}

internal import CCairo

/// Pango text drawn on a ``PDFCanvas``: one pango context and one layout, reused for every text of a document.
///
/// The context comes from pango's default font map for cairo, which pango keeps per thread and which caches
/// fontconfig's answers and loaded faces; so only the first document drawn on a thread pays for font lookup.
/// The resolution is set to 72 dpi, so that a 10-point font is 10 units of the PDF's point coordinates. Text is
/// shaped by HarfBuzz and drawn as real text (selectable, extractable), its font subset embedded by cairo.
public final class TextLayout {
    /// How a text sits in the width it is given.
    public enum Alignment: Sendable {
        case left
        case center
        case right
    }

    /// How a text is broken into lines.
    public struct Flow: Hashable, Sendable {
        /// The most lines of the whole text (one paragraph) or of each paragraph; the last one is ellipsised.
        public var lines: Int
        /// Whether line breaks in the text start new paragraphs (else the text is one paragraph).
        public var isMultiParagraph: Bool
        /// Line height as a factor of the font's (pango ≥ 1.44); 0 keeps the font's own.
        public var lineSpacing: Double

        /// A flow.
        public init(lines: Int = 1, isMultiParagraph: Bool = false, lineSpacing: Double = 0) {
            self.lines = lines
            self.isMultiParagraph = isMultiParagraph
            self.lineSpacing = lineSpacing
        }
    }

    /// The `PangoContext *`, owned.
    private let context: OpaquePointer
    /// The `PangoLayout *`, owned.
    private let layout: OpaquePointer
    /// The `cairo_t *` of the canvas, borrowed: the canvas outlives this layout.
    private let cairo: OpaquePointer
    private let canvas: PDFCanvas

    /// A layout drawing on `canvas`.
    public init(canvas: PDFCanvas) throws(PDFError) {
        guard let context = pango_cairo_create_context(canvas.cairo) else {
            throw PDFError(code: .drawingFailed, value: "pango_cairo_create_context returned NULL")
        }
        pango_cairo_context_set_resolution(context, 72)
        guard let layout = pango_layout_new(context) else {
            g_object_unref(UnsafeMutableRawPointer(context))
            throw PDFError(code: .drawingFailed, value: "pango_layout_new returned NULL")
        }
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        pango_layout_set_single_paragraph_mode(layout, 1)
        self.context = context
        self.layout = layout
        self.cairo = canvas.cairo
        self.canvas = canvas
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// The width and height `text` takes in `width` points, on at most `lines` lines, the last one ellipsised.
    public func size(
        of text: String,
        font: FontDescription,
        width: Double,
        lines: Int = 1,
        alignment: Alignment = .left
    ) -> (width: Double, height: Double) {
        size(of: text, font: font, width: width, flow: Flow(lines: lines), alignment: alignment)
    }

    /// The width and height `text` takes in `width` points, broken as `flow` says.
    public func size(
        of text: String,
        font: FontDescription,
        width: Double,
        flow: Flow,
        alignment: Alignment = .left
    ) -> (width: Double, height: Double) {
        prepare(text, font: font, width: width, flow: flow, alignment: alignment)
        var logicalWidth: Int32 = 0
        var logicalHeight: Int32 = 0
        pango_layout_get_size(layout, &logicalWidth, &logicalHeight)
        let scale = Double(PANGO_SCALE)
        return (Double(logicalWidth) / scale, Double(logicalHeight) / scale)
    }

    /// The distance from the top of `text`'s first line to its baseline.
    public func baseline(of text: String, font: FontDescription) -> Double {
        prepare(text, font: font, width: 1000, flow: Flow(), alignment: .left)
        return Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
    }

    /// Whether `text` is ellipsised in `width` points on one line.
    public func isEllipsized(_ text: String, font: FontDescription, width: Double) -> Bool {
        isEllipsized(text, font: font, width: width, flow: Flow())
    }

    /// Whether `text` is ellipsised in `width` points, broken as `flow` says.
    public func isEllipsized(_ text: String, font: FontDescription, width: Double, flow: Flow) -> Bool {
        prepare(text, font: font, width: width, flow: flow, alignment: .left)
        return pango_layout_is_ellipsized(layout) != 0
    }

    /// Draws `text` with its top left corner at (`x`, `y`) in `width` points, and returns the size it took.
    @discardableResult
    public func draw(
        _ text: String,
        font: FontDescription,
        x: Double,
        y: Double,
        width: Double,
        lines: Int = 1,
        alignment: Alignment = .left,
        gray: Double = 0
    ) -> (width: Double, height: Double) {
        draw(
            text,
            font: font,
            x: x,
            y: y,
            width: width,
            flow: Flow(lines: lines),
            alignment: alignment,
            color: .gray(gray)
        )
    }

    /// Draws `text` broken as `flow` says, in `color`, with its top left corner at (`x`, `y`) in `width` points,
    /// and returns the size it took.
    @discardableResult
    public func draw(
        _ text: String,
        font: FontDescription,
        x: Double,
        y: Double,
        width: Double,
        flow: Flow,
        alignment: Alignment = .left,
        color: PDFColor
    ) -> (width: Double, height: Double) {
        let size = size(of: text, font: font, width: width, flow: flow, alignment: alignment)
        canvas.setColor(color)
        cairo_move_to(cairo, x, y)
        pango_cairo_show_layout(cairo, layout)
        return size
    }

    private func prepare(_ text: String, font: FontDescription, width: Double, flow: Flow, alignment: Alignment) {
        pango_layout_set_font_description(layout, font.pointer)
        pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded(.down)))
        pango_layout_set_height(layout, Int32(-max(1, flow.lines)))
        pango_layout_set_single_paragraph_mode(layout, flow.isMultiParagraph ? 0 : 1)
        pango_layout_set_line_spacing(layout, Float(flow.lineSpacing))
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        pango_layout_set_text(layout, text, -1)
    }
}

/// A layout belongs to the one render, on one thread, that created it: pango objects are not thread-safe.
@available(*, unavailable)
extension TextLayout: Sendable {}

/// A pango font description (family, weight, style, size), owned and freed in `deinit`.
public final class FontDescription {
    /// The `PangoFontDescription *`.
    let pointer: OpaquePointer

    /// DejaVu Sans at `size` points, bold and oblique as asked.
    public init(size: Double, bold: Bool = false, oblique: Bool = false) {
        guard let pointer = pango_font_description_new() else {
            // GLib aborts on out of memory rather than return NULL, so this is not reached.
            preconditionFailure("pango_font_description_new returned NULL")
        }
        pango_font_description_set_family(pointer, "DejaVu Sans")
        pango_font_description_set_absolute_size(pointer, size * Double(PANGO_SCALE))
        pango_font_description_set_weight(pointer, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(pointer, oblique ? PANGO_STYLE_OBLIQUE : PANGO_STYLE_NORMAL)
        self.pointer = pointer
    }

    deinit { pango_font_description_free(pointer) }
}

/// A font description belongs to the one render that created it.
@available(*, unavailable)
extension FontDescription: Sendable {}

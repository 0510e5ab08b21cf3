internal import CCairo

/// A cairo PDF surface that writes into memory, and the cairo context drawing on it: the one place Entraide
/// draws PDF pages (attendance sheets, flyers).
///
/// The canvas owns both C objects and destroys them in `deinit`; it is used by one render on one thread and
/// is deliberately not `Sendable`. Coordinates are PDF points (1/72 inch) from the page's top left corner.
public final class PDFCanvas {
    /// The `cairo_surface_t *` of the PDF.
    let surface: OpaquePointer
    /// The `cairo_t *` drawing on ``surface``.
    let cairo: OpaquePointer
    /// Where cairo's write callback appends; kept alive as long as the surface, which points to it.
    private let sink: ByteSink

    /// A PDF of pages `width` × `height` points, empty until drawn on and finished.
    public init(width: Double, height: Double) throws(PDFError) {
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        // cairo returns an error surface rather than NULL; a NULL would break its own contract.
        guard let surface = cairo_pdf_surface_create_for_stream(write, closure, width, height) else {
            throw PDFError(code: .drawingFailed, value: "cairo_pdf_surface_create_for_stream returned NULL")
        }
        guard let cairo = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw PDFError(code: .drawingFailed, value: "cairo_create returned NULL")
        }
        self.sink = sink
        self.surface = surface
        self.cairo = cairo
        try check("PDF surface", cairo_surface_status(surface))
        try check("cairo context", cairo_status(cairo))
    }

    deinit {
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// Writes the document information dictionary: title, subject, author, creator and creation date.
    ///
    /// - Throws: ``PDFError/Code-swift.struct/invalidCreationDate`` when the date is not one
    ///   ``PDFCreationDate/isValid(_:)`` accepts; nothing is set then.
    public func setMetadata(_ metadata: PDFMetadata) throws(PDFError) {
        guard PDFCreationDate.isValid(metadata.creationDate) else {
            throw PDFError(code: .invalidCreationDate, value: metadata.creationDate)
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate)
    }

    /// Ends the current page and starts the next one.
    public func showPage() { cairo_show_page(cairo) }

    /// Writes the PDF's trailer and returns its bytes; the canvas cannot be drawn on afterwards.
    public func finish() throws(PDFError) -> [UInt8] {
        try check("drawing", cairo_status(cairo))
        cairo_surface_finish(surface)
        try check("writing the PDF", cairo_surface_status(surface))
        return sink.bytes
    }

    // MARK: - Lines and boxes

    /// A straight line from (`x0`, `y0`) to (`x1`, `y1`).
    public func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, width: Double, color: PDFColor) {
        setColor(color)
        cairo_set_line_width(cairo, width)
        cairo_move_to(cairo, x0, y0)
        cairo_line_to(cairo, x1, y1)
        cairo_stroke(cairo)
    }

    /// The outline of a rectangle `lineWidth` wide, or the rectangle filled.
    public func rectangle(_ rectangle: PDFRectangle, lineWidth: Double, color: PDFColor, isFilled: Bool) {
        setColor(color)
        cairo_rectangle(cairo, rectangle.x, rectangle.y, rectangle.width, rectangle.height)
        if isFilled {
            cairo_fill(cairo)
        } else {
            cairo_set_line_width(cairo, lineWidth)
            cairo_stroke(cairo)
        }
    }

    /// Fills many rectangles as one path, with one fill: what a QR code's dark modules become (vector
    /// rectangles, sharp at any size, no seam between touching rectangles).
    public func fill(_ rectangles: [PDFRectangle], color: PDFColor) {
        guard !rectangles.isEmpty else { return }
        setColor(color)
        for rectangle in rectangles {
            cairo_rectangle(cairo, rectangle.x, rectangle.y, rectangle.width, rectangle.height)
        }
        cairo_fill(cairo)
    }

    /// Makes `color` the colour of what is drawn next.
    func setColor(_ color: PDFColor) { cairo_set_source_rgb(cairo, color.red, color.green, color.blue) }

    // MARK: - Errors

    /// Throws when `status` is not success, with cairo's description of it.
    private func check(_ step: String, _ status: cairo_status_t) throws(PDFError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw PDFError(code: .drawingFailed, value: "\(step): \(String(cString: cairo_status_to_string(status)))")
    }
}

/// A canvas belongs to the one render, on one thread, that created it.
@available(*, unavailable)
extension PDFCanvas: Sendable {}

/// The bytes of a PDF, appended by cairo's write callback.
private final class ByteSink {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(48 * 1024) }
}

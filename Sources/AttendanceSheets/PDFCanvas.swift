internal import CCairo

/// A cairo PDF surface that writes into memory, and the cairo context drawing on it.
///
/// The canvas owns both C objects and destroys them in `deinit`; it is used by one render on one thread and
/// is deliberately not `Sendable`.
final class PDFCanvas {
    /// The `cairo_surface_t *` of the PDF.
    let surface: OpaquePointer
    /// The `cairo_t *` drawing on ``surface``.
    let cairo: OpaquePointer
    /// Where cairo's write callback appends; kept alive as long as the surface, which points to it.
    private let sink: ByteSink

    /// A PDF of pages `width` × `height` points, empty until drawn on and finished.
    init(width: Double, height: Double) throws(SheetError) {
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
            throw SheetError(code: .drawingFailed, value: "cairo_pdf_surface_create_for_stream returned NULL")
        }
        guard let cairo = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw SheetError(code: .drawingFailed, value: "cairo_create returned NULL")
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

    /// Sets one entry of the PDF's document information dictionary.
    func setMetadata(_ entry: cairo_pdf_metadata_t, _ value: String) {
        cairo_pdf_surface_set_metadata(surface, entry, value)
    }

    /// Ends the current page and starts the next one.
    func showPage() { cairo_show_page(cairo) }

    /// Writes the PDF's trailer and returns its bytes; the canvas cannot be drawn on afterwards.
    func finish() throws(SheetError) -> [UInt8] {
        try check("drawing", cairo_status(cairo))
        cairo_surface_finish(surface)
        try check("writing the PDF", cairo_surface_status(surface))
        return sink.bytes
    }

    /// Throws when `status` is not success, with cairo's description of it.
    private func check(_ step: String, _ status: cairo_status_t) throws(SheetError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw SheetError(code: .drawingFailed, value: "\(step): \(String(cString: cairo_status_to_string(status)))")
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

internal import PDFDrawing

/// A group's flyer as PDF: one page, A4 or A5, drawn with cairo and pango.
///
/// Text is real text, shaped by HarfBuzz and set in DejaVu Sans, whose subsets cairo embeds: it can be selected,
/// searched, copied and read aloud. The registration page's address is printed and encoded in a QR code drawn as
/// vector rectangles, both inside a link. The page is tagged (a structure tree: document, headings, paragraphs,
/// a figure, links) as far as cairo 1.16 allows (see `PDFCanvas`). The metadata holds the group's title, the
/// centre as author and the creation date given: the same content and date give the same bytes.
public enum FlyerPDF {
    /// The PDF of a flyer.
    ///
    /// - Parameters:
    ///   - content: what the flyer says.
    ///   - size: A4 or A5.
    ///   - creationDate: ISO 8601, `2027-01-05T09:00:00Z` (an instant's `iso8601`), written as the PDF's creation
    ///     date.
    /// - Returns: the bytes of the PDF file, one page.
    /// - Throws: ``PromotionError/Code-swift.struct/invalidCreationDate``,
    ///   ``PromotionError/Code-swift.struct/qrEncodingFailed``, ``PromotionError/Code-swift.struct/drawingFailed``.
    public static func bytes(
        for content: FlyerContent,
        size: FlyerSize,
        creationDate: String
    ) throws(PromotionError) -> [UInt8] {
        let qr = try content.registration.map { address throws(PromotionError) in try QRCode(encoding: address.text) }
        let wording = FlyerWording(content)
        let geometry = FlyerGeometry(size)
        do throws(PDFError) {
            let canvas = try PDFCanvas(width: geometry.pageWidth, height: geometry.pageHeight)
            try canvas.setMetadata(
                PDFMetadata(
                    title: wording.documentTitle,
                    subject: wording.kicker,
                    author: content.centre,
                    creationDate: creationDate
                )
            )
            let text = try TextLayout(canvas: canvas)
            FlyerRenderer(
                content: content,
                wording: wording,
                geometry: geometry,
                canvas: canvas,
                text: text,
                qr: qr
            ).draw()
            return try canvas.finish()
        } catch {
            throw PromotionError(code: PromotionError.Code(rawValue: error.code.rawValue), value: error.value)
        }
    }
}

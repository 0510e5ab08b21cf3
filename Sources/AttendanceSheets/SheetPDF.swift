public import PDFDrawing

/// Attendance sheets as PDF: one A4 document per session, drawn with cairo and pango.
///
/// Text is shaped by HarfBuzz through pango and set in DejaVu Sans, whose subsets cairo embeds, so every name
/// written in a European script, Vietnamese included, prints as written on any printer. The PDF's metadata
/// holds the group's title and the session (never a participant's name), the centre as author, and the
/// creation date given: the same sheet and date give the same bytes.
///
/// Rendering is synchronous and uses pango's per-thread font map, so sheets may be drawn on several threads
/// at once; each thread pays for font lookup once.
public enum SheetPDF {
    /// The PDF of a sheet.
    ///
    /// - Parameters:
    ///   - sheet: the sheet to print.
    ///   - creationDate: ISO 8601 local date and time, `2027-01-05T09:00:00`, optionally followed by `Z` or
    ///     an offset `+01:00`; written as the PDF's creation date.
    /// - Returns: the bytes of the PDF file, one A4 page or more.
    /// - Throws: `SheetError/Code-swift.struct/invalidCreationDate` for a malformed date,
    ///   `SheetError/Code-swift.struct/drawingFailed` when cairo fails.
    public static func bytes(for sheet: AttendanceSheet, creationDate: String) throws(SheetError) -> [UInt8] {
        guard PDFCreationDate.isValid(creationDate) else {
            throw SheetError(code: .invalidCreationDate, value: creationDate)
        }
        let wording = SheetWording(sheet)
        let canvas = try PDFCanvas(width: SheetGeometry.pageWidth, height: SheetGeometry.pageHeight)
        try canvas.setMetadata(
            PDFMetadata(
                title: wording.documentTitle,
                subject: wording.title,
                author: sheet.centre,
                creationDate: creationDate
            )
        )
        let text = try TextLayout(canvas: canvas)
        SheetRenderer(sheet: sheet, wording: wording, canvas: canvas, text: text).draw()
        return try canvas.finish()
    }
}

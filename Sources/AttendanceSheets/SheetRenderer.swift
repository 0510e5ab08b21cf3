internal import PDFDrawing

/// Draws one sheet on a ``PDFCanvas``: page header, table, legend, closing block and footer on each page.
///
/// Pages follow ``SheetPagination``; the first page opens with the full header (centre, group, session, date,
/// time, venue, facilitator), the others with a one-line running head, and every page repeats the table's
/// column titles.
struct SheetRenderer {
    typealias Geometry = SheetGeometry

    let sheet: AttendanceSheet
    let wording: SheetWording
    let canvas: PDFCanvas
    let text: TextLayout
    let fonts = Fonts()

    /// The fonts of a sheet, all DejaVu Sans.
    struct Fonts {
        let small = FontDescription(size: 8)
        let smallBold = FontDescription(size: 8.5, bold: true)
        let columnTitle = FontDescription(size: 8, bold: true)
        let body = FontDescription(size: 10)
        let bodyBold = FontDescription(size: 10, bold: true)
        let session = FontDescription(size: 12.5)
        let title = FontDescription(size: 17, bold: true)
        let footer = FontDescription(size: 8, oblique: true)
    }

    /// Gray levels: 0 is black.
    enum Gray {
        static let text = 0.0
        static let label = 0.35
        static let rule = 0.45
        static let headerFill = 0.9
    }

    /// Draws every page.
    func draw() {
        let rowCount = sheet.rows.count + sheet.newcomerRows
        let firstTableTop = measureHeader()
        let laterTableTop = Geometry.marginTop + runningHeadHeight
        let pagination = SheetPagination(
            rowCount: rowCount,
            firstPage: Geometry.bodyBottom - firstTableTop,
            laterPages: Geometry.bodyBottom - laterTableTop,
            rowHeight: Geometry.rowHeight,
            tableHeader: Geometry.tableHeaderHeight,
            tableFooter: sheet.hasIfNeedBeRows ? Geometry.legendHeight : 0,
            closing: Geometry.closingHeight
        )
        for (index, page) in pagination.pages.enumerated() {
            var y = index == 0 ? drawHeader() : drawRunningHead()
            if !page.rows.isEmpty {
                y = drawTable(rows: page.rows, top: y)
                if sheet.hasIfNeedBeRows { y = drawLegend(top: y) }
            }
            if page.hasClosing { drawClosing(top: y) }
            drawFooter(page: index + 1, of: pagination.pages.count)
            canvas.showPage()
        }
    }

    // MARK: - Lines and boxes

    /// A straight line from (`x0`, `y0`) to (`x1`, `y1`).
    func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, width: Double = 0.6, gray: Double = Gray.rule) {
        canvas.line(x0, y0, x1, y1, width: width, color: .gray(gray))
    }

    /// The outline of a rectangle, or a filled rectangle.
    func rectangle(
        x: Double,
        y: Double,
        width: Double,
        height: Double,
        lineWidth: Double = 0.6,
        gray: Double = Gray.rule,
        isFilled: Bool = false
    ) {
        canvas.rectangle(
            PDFRectangle(x: x, y: y, width: width, height: height),
            lineWidth: lineWidth,
            color: .gray(gray),
            isFilled: isFilled
        )
    }
}

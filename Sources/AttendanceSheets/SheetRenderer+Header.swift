internal import PDFDrawing

/// The top of each page and the footer.
extension SheetRenderer {
    /// Width of the labels column of the details (date, time, venue, facilitator).
    private static let labelWidth = 76.0
    /// Width given to the sheet's title at the top right.
    private static let titleWidth = 170.0

    /// Height of the running head of the pages after the first, rule and gap included.
    var runningHeadHeight: Double { 24 }

    /// The first page's header: where the table starts under it, measured without drawing.
    func measureHeader() -> Double { header(isDrawing: false) }

    /// Draws the first page's header and returns where the table starts.
    func drawHeader() -> Double { header(isDrawing: true) }

    /// Draws the running head of a later page and returns where the table starts.
    func drawRunningHead() -> Double {
        let x = Geometry.marginX
        let y = Geometry.marginTop
        let width = Geometry.contentWidth
        text.draw(wording.runningHead, font: fonts.small, x: x, y: y, width: width - Self.titleWidth, gray: Gray.label)
        text.draw(
            wording.title.uppercased(),
            font: fonts.smallBold,
            x: x + width - Self.titleWidth,
            y: y,
            width: Self.titleWidth,
            alignment: .right,
            gray: Gray.label
        )
        line(x, y + 14, x + width, y + 14, width: 0.5)
        return y + runningHeadHeight
    }

    /// Draws the footer of a page: a rule, the discretion notice and « page n / total ».
    func drawFooter(page: Int, of count: Int) {
        let x = Geometry.marginX
        let width = Geometry.contentWidth
        let top = Geometry.pageHeight - Geometry.marginBottom - Geometry.footerHeight + 8
        line(x, top, x + width, top, width: 0.5)
        text.draw(wording.footer, font: fonts.footer, x: x, y: top + 4, width: width - 100, gray: Gray.label)
        text.draw(
            wording.page(page, of: count),
            font: fonts.small,
            x: x + width - 100,
            y: top + 4,
            width: 100,
            alignment: .right,
            gray: Gray.label
        )
    }

    /// Lays out the first page's header, drawing it when asked, and returns where the table starts.
    private func header(isDrawing: Bool) -> Double {
        let x = Geometry.marginX
        let width = Geometry.contentWidth
        var y = Geometry.marginTop
        let place = { (string: String, font: FontDescription, x: Double, y: Double, width: Double, lines: Int) in
            isDrawing
                ? text.draw(string, font: font, x: x, y: y, width: width, lines: lines)
                : text.size(of: string, font: font, width: width, lines: lines)
        }
        if isDrawing {
            text.draw(wording.centre, font: fonts.small, x: x, y: y, width: width - Self.titleWidth, gray: Gray.label)
            text.draw(
                wording.title.uppercased(),
                font: fonts.smallBold,
                x: x + width - Self.titleWidth,
                y: y,
                width: Self.titleWidth,
                alignment: .right,
                gray: Gray.label
            )
        }
        y += 16
        y += place(wording.group, fonts.title, x, y, width, 2).height + 1
        y += place(wording.session, fonts.session, x, y, width, 1).height + 8
        if isDrawing { line(x, y, x + width, y, width: 1.2, gray: Gray.text) }
        y += 8
        for detail in wording.details {
            let valueX = x + Self.labelWidth
            let value = place(detail.value, fonts.body, valueX, y, width - Self.labelWidth, 2).height
            if isDrawing {
                // The label sits on the baseline of the value's first line.
                let offset =
                    text.baseline(of: detail.value, font: fonts.body)
                    - text.baseline(of: detail.label, font: fonts.smallBold)
                text.draw(
                    detail.label,
                    font: fonts.smallBold,
                    x: x,
                    y: y + offset,
                    width: Self.labelWidth - 6,
                    gray: Gray.label
                )
            }
            y += value + 3
        }
        return y + 10
    }
}

internal import PDFDrawing

/// The table of participants, the legend and the closing block.
extension SheetRenderer {
    /// Width of the facilitator's signature box.
    private static let signatureBoxWidth = 250.0
    /// Height of the facilitator's signature box.
    private static let signatureBoxHeight = 64.0

    /// Draws the column titles and the rows `rows` (participants first, then blank newcomer rows) from `top`;
    /// returns the table's bottom.
    func drawTable(rows: Range<Int>, top: Double) -> Double {
        let edges = Geometry.columnEdges
        let left = Geometry.marginX
        let right = edges[edges.count - 1]
        let bottom = top + Geometry.tableHeaderHeight + Double(rows.count) * Geometry.rowHeight
        rectangle(
            x: left,
            y: top,
            width: right - left,
            height: Geometry.tableHeaderHeight,
            gray: Gray.headerFill,
            isFilled: true
        )
        for (column, title) in wording.columns.enumerated() {
            let isBoxColumn = column == 1 || column == 2
            cell(
                title,
                font: fonts.columnTitle,
                column: column,
                top: top,
                height: Geometry.tableHeaderHeight,
                alignment: isBoxColumn ? .center : .left
            )
        }
        var y = top + Geometry.tableHeaderHeight
        for index in rows {
            if index < sheet.rows.count { drawParticipant(sheet.rows[index], top: y) }
            for column in 1...2 {
                let x = edges[column] + (Geometry.columnWidths[column] - Geometry.boxSide) / 2
                let boxTop = y + (Geometry.rowHeight - Geometry.boxSide) / 2
                rectangle(x: x, y: boxTop, width: Geometry.boxSide, height: Geometry.boxSide, lineWidth: 0.8, gray: 0.2)
            }
            y += Geometry.rowHeight
            line(left, y, right, y)
        }
        line(left, top + Geometry.tableHeaderHeight, right, top + Geometry.tableHeaderHeight, width: 0.9, gray: 0.2)
        for edge in edges.dropFirst().dropLast() { line(edge, top, edge, bottom) }
        rectangle(x: left, y: top, width: right - left, height: bottom - top, lineWidth: 0.9, gray: 0.2)
        return bottom
    }

    /// Draws the legend of the « if need be » mark under the table; returns its bottom.
    func drawLegend(top: Double) -> Double {
        text.draw(
            wording.legend,
            font: fonts.small,
            x: Geometry.marginX,
            y: top + 4,
            width: Geometry.contentWidth,
            gray: Gray.label
        )
        return top + Geometry.legendHeight
    }

    /// Draws the line for the count of people present and the facilitator's signature box from `top`.
    func drawClosing(top: Double) {
        let left = Geometry.marginX
        let boxTop = top + Geometry.closingHeight - Self.signatureBoxHeight
        let boxLeft = left + Geometry.contentWidth - Self.signatureBoxWidth
        let count = text.draw(wording.presentCount, font: fonts.body, x: left, y: boxTop + 4, width: 170)
        let lineY = boxTop + 4 + count.height
        line(left + count.width + 6, lineY, min(left + count.width + 66, boxLeft - 12), lineY, width: 0.8, gray: 0.2)
        rectangle(
            x: boxLeft,
            y: boxTop,
            width: Self.signatureBoxWidth,
            height: Self.signatureBoxHeight,
            lineWidth: 0.9,
            gray: 0.2
        )
        text.draw(
            wording.facilitatorSignature,
            font: fonts.small,
            x: boxLeft + 5,
            y: boxTop + 4,
            width: Self.signatureBoxWidth - 10,
            gray: Gray.label
        )
    }

    /// The name cell of a participant's row: the name, ellipsised to the column, and the mark if need be.
    private func drawParticipant(_ row: AttendanceSheet.Row, top: Double) {
        let mark = row.isIfNeedBe ? " \(wording.ifNeedBeMark)" : ""
        let markWidth = mark.isEmpty ? 0 : text.size(of: mark, font: fonts.body, width: 100).width
        let drawn = cell(
            row.name,
            font: fonts.body,
            column: 0,
            top: top,
            height: Geometry.rowHeight,
            reserve: markWidth
        )
        guard !mark.isEmpty else { return }
        text.draw(
            mark,
            font: fonts.body,
            x: Geometry.columnEdges[0] + Geometry.cellPadding + drawn.width,
            y: drawn.y,
            width: markWidth + 1
        )
    }

    /// Draws one line of text in a cell, centred vertically; returns its width and top.
    @discardableResult
    private func cell(
        _ string: String,
        font: FontDescription,
        column: Int,
        top: Double,
        height: Double,
        alignment: TextLayout.Alignment = .left,
        reserve: Double = 0
    ) -> (width: Double, y: Double) {
        let width = Geometry.columnWidths[column] - 2 * Geometry.cellPadding - reserve
        let size = text.size(of: string, font: font, width: width, alignment: alignment)
        let y = top + (height - size.height) / 2
        text.draw(
            string,
            font: font,
            x: Geometry.columnEdges[column] + Geometry.cellPadding,
            y: y,
            width: width,
            alignment: alignment,
            gray: Gray.text
        )
        return (size.width, y)
    }
}

/// Where things go on an A4 sheet, in PDF points (1/72 inch, about 0.353 mm), from the top left corner.
enum SheetGeometry {
    /// A4 width, 210 mm.
    static let pageWidth = 595.2756
    /// A4 height, 297 mm.
    static let pageHeight = 841.8898
    /// Left and right margins, 15 mm: inside what office printers can print.
    static let marginX = 42.52
    /// Top margin, 15 mm.
    static let marginTop = 42.52
    /// Bottom margin, below the footer, 12 mm.
    static let marginBottom = 34.0
    /// The width between the margins.
    static let contentWidth = pageWidth - 2 * marginX
    /// The footer band: a rule, then the discretion notice and the page number.
    static let footerHeight = 24.0
    /// The lowest point the body (table, legend, closing block) may reach.
    static let bodyBottom = pageHeight - marginBottom - footerHeight

    /// The height of the table's header row.
    static let tableHeaderHeight = 22.0
    /// The height of a participant's row: room for a signature, about 9 mm.
    static let rowHeight = 25.5
    /// The height of the legend line under the table, when the sheet has marked rows.
    static let legendHeight = 16.0
    /// The gap above the closing block and the block itself (count of people present, facilitator's box).
    static let closingHeight = 86.0
    /// The side of a check box.
    static let boxSide = 11.0
    /// Space between a cell's border and its text.
    static let cellPadding = 6.0

    /// Column widths: name, present, excused, signature (the rest).
    static let columnWidths: [Double] = {
        let fixed = [195.0, 71.0, 71.0]
        return fixed + [contentWidth - fixed.reduce(0, +)]
    }()

    /// The left edge of each column, and the table's right edge last.
    static let columnEdges: [Double] = columnWidths.reduce(into: [marginX]) { edges, width in
        edges.append((edges.last ?? marginX) + width)
    }
}

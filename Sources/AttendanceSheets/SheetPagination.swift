/// How a sheet's table rows are spread over pages: as many rows per page as fit, the closing block (people
/// present, facilitator's signature) after the last row.
///
/// When the closing block does not fit under the last rows, the last two rows move to the next page with it,
/// so that the facilitator never signs a page that lists nobody. Pagination is pure arithmetic on heights;
/// ``SheetRenderer`` measures the first page's header and passes what is left.
struct SheetPagination: Hashable {
    /// One page: the rows it lists (participants, then blank newcomer rows) and whether it closes the sheet.
    struct Page: Hashable {
        /// Indices into the sheet's rows followed by its newcomer rows.
        var rows: Range<Int>
        /// Whether the count of people present and the facilitator's signature box follow the rows.
        var hasClosing: Bool
    }

    /// The pages, in order; never empty.
    var pages: [Page]

    /// Spreads `rowCount` rows over pages whose body is `firstPage` points high on the first page and
    /// `laterPages` on the others.
    ///
    /// Each page with rows spends `tableHeader` on the table's header and `tableFooter` under it (the legend);
    /// the last page also spends `closing`. Every page lists at least one row, however small the heights.
    init(
        rowCount: Int,
        firstPage: Double,
        laterPages: Double,
        rowHeight: Double,
        tableHeader: Double,
        tableFooter: Double,
        closing: Double
    ) {
        var pages: [Page] = []
        var start = 0
        while true {
            let rowSpace = (pages.isEmpty ? firstPage : laterPages) - tableHeader - tableFooter
            let fit = max(1, Int((rowSpace / rowHeight).rounded(.down)))
            let remaining = rowCount - start
            if remaining > fit {
                pages.append(Page(rows: start..<(start + fit), hasClosing: false))
                start += fit
                continue
            }
            if Double(remaining) * rowHeight + closing <= rowSpace {
                pages.append(Page(rows: start..<rowCount, hasClosing: true))
                break
            }
            let kept = remaining - min(remaining, 2)
            if kept == 0 {
                // Too few rows to split: they stay, and the closing block gets a page of its own.
                pages.append(Page(rows: start..<rowCount, hasClosing: false))
                pages.append(Page(rows: rowCount..<rowCount, hasClosing: true))
                break
            }
            pages.append(Page(rows: start..<(start + kept), hasClosing: false))
            start += kept
        }
        self.pages = pages
    }
}

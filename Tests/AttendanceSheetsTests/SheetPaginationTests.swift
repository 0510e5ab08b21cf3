import Testing

@testable import AttendanceSheets

/// Rows spread over pages, with the closing block after the last row.
@Suite struct SheetPaginationTests {
    /// Pages of 10 rows of 10 points under a 5-point table header, with a 25-point closing block.
    func pages(_ rowCount: Int, first: Double = 105, later: Double = 105) -> [SheetPagination.Page] {
        SheetPagination(
            rowCount: rowCount,
            firstPage: first,
            laterPages: later,
            rowHeight: 10,
            tableHeader: 5,
            tableFooter: 0,
            closing: 25
        ).pages
    }

    @Test func rowsAndClosingThatFitTakeOnePage() {
        #expect(pages(7) == [.init(rows: 0..<7, hasClosing: true)])
    }

    @Test func anEmptySheetStillHasItsClosingBlock() {
        #expect(pages(0) == [.init(rows: 0..<0, hasClosing: true)])
    }

    @Test func fullPagesThenTheRestWithTheClosing() {
        #expect(
            pages(23) == [
                .init(rows: 0..<10, hasClosing: false), .init(rows: 10..<20, hasClosing: false),
                .init(rows: 20..<23, hasClosing: true),
            ]
        )
    }

    @Test func whenTheClosingDoesNotFitTwoRowsGoWithIt() {
        #expect(pages(9) == [.init(rows: 0..<7, hasClosing: false), .init(rows: 7..<9, hasClosing: true)])
        #expect(pages(10) == [.init(rows: 0..<8, hasClosing: false), .init(rows: 8..<10, hasClosing: true)])
    }

    @Test func theFirstPageMayHoldFewerRows() {
        #expect(
            pages(12, first: 65) == [.init(rows: 0..<6, hasClosing: false), .init(rows: 6..<12, hasClosing: true)]
        )
    }

    @Test func tinyPagesStillMakeProgress() {
        let tiny = pages(3, first: 1, later: 1)
        #expect(tiny.map(\.rows) == [0..<1, 1..<2, 2..<3, 3..<3])
        #expect(tiny.map(\.hasClosing) == [false, false, false, true])
    }

    @Test func everyRowIsOnExactlyOnePageInOrder() {
        for count in 0...60 {
            let spread = pages(count, first: 75)
            #expect(spread.flatMap { Array($0.rows) } == Array(0..<count))
            #expect(spread.map(\.hasClosing) == Array(repeating: false, count: spread.count - 1) + [true])
        }
    }

    @Test func theLegendTakesRoomOnEveryPage() {
        let spread = SheetPagination(
            rowCount: 20,
            firstPage: 105,
            laterPages: 105,
            rowHeight: 10,
            tableHeader: 5,
            tableFooter: 10,
            closing: 25
        ).pages
        #expect(spread.map(\.rows) == [0..<9, 9..<18, 18..<20])
    }
}

import GRDB

/// The position of each column of a query's rows, by name as the code spells it, and without regard to ASCII
/// case as SQLite compares names (the first column of a name wins, as in GRDB).
final class ColumnIndex: Sendable {
    private let exact: [String: Int]
    private let folded: [String: Int]

    /// The columns of `row`.
    init(_ row: Row) {
        var exact: [String: Int] = [:]
        var folded: [String: Int] = [:]
        for (index, name) in row.columnNames.enumerated() {
            if exact[name] == nil { exact[name] = index }
            let key = name.lowercased()
            if folded[key] == nil { folded[key] = index }
        }
        self.exact = exact
        self.folded = folded
    }

    /// The position of `column`, or `nil` when the rows have no such column.
    func position(of column: String) -> Int? {
        exact[column] ?? folded[column.lowercased()]
    }
}

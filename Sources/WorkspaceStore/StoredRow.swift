import Foundation
import GRDB
import PlanningDomain

/// One row of a workspace table, read column by column: every accessor throws ``StoredValueError`` for a
/// missing column, a NULL where a value is required, a value of the wrong type or one that does not read back,
/// and never traps (GRDB's subscripts stop the process on a mismatch, and the crash report would print the
/// row, names and addresses included).
struct StoredRow {
    /// The row as fetched.
    let row: Row
    /// The table it comes from, for errors.
    let table: String
    /// The columns that identify the row (ids only), for errors.
    let keyColumns: [String]
    /// Where each column is, shared by the rows of one query.
    private let columns: ColumnIndex

    /// Wraps a fetched row of `table` identified by `keyColumns`.
    init(_ row: Row, table: String, key keyColumns: [String]) {
        self.init(row, table: table, key: keyColumns, columns: ColumnIndex(row))
    }

    private init(_ row: Row, table: String, key keyColumns: [String], columns: ColumnIndex) {
        self.row = row
        self.table = table
        self.keyColumns = keyColumns
        self.columns = columns
    }

    /// Fetches the rows of `table` that `sql` selects, wrapped.
    static func fetchAll(
        _ db: Database,
        table: String,
        key: [String],
        sql: String,
        arguments: StatementArguments = []
    ) throws -> [StoredRow] {
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        guard let first = rows.first else { return [] }
        // One statement's rows have the same columns: their positions are found once.
        let columns = ColumnIndex(first)
        return rows.map { StoredRow($0, table: table, key: key, columns: columns) }
    }

    /// `group_id 'g', id 'p01'`: the key columns as stored (text and integers only; anything else is `?`).
    var key: String {
        keyColumns.map { column in
            switch value(of: column)?.storage {
            case .string(let text) where IdentifierRule.isValid(text) || text.isEmpty: "\(column) '\(text)'"
            case .int64(let number): "\(column) \(number)"
            default: "\(column) ?"
            }
        }.joined(separator: ", ")
    }

    /// The error for `column`, expecting what `expected` says.
    func problem(_ column: String, _ expected: String) -> StoredValueError {
        StoredValueError(table: table, column: column, key: key, expected: expected)
    }

    // MARK: - Scalars

    /// A text column.
    func text(_ column: String) throws -> String {
        guard let text = try optionalText(column) else { throw problem(column, "a text") }
        return text
    }

    /// A text column that may be NULL.
    func optionalText(_ column: String) throws -> String? {
        switch try stored(column) {
        case .null: return nil
        case .string(let text): return text
        default: throw problem(column, "a text")
        }
    }

    /// An integer column.
    func integer(_ column: String) throws -> Int {
        guard let number = try optionalInteger(column) else { throw problem(column, "an integer") }
        return number
    }

    /// An integer column that may be NULL.
    func optionalInteger(_ column: String) throws -> Int? {
        switch try stored(column) {
        case .null: return nil
        case .int64(let number):
            guard let value = Int(exactly: number) else { throw problem(column, "an integer") }
            return value
        default: throw problem(column, "an integer")
        }
    }

    /// A Boolean column: 0 or 1.
    func bool(_ column: String) throws -> Bool {
        switch try stored(column) {
        case .int64(0): return false
        case .int64(1): return true
        default: throw problem(column, "a Boolean (0 or 1)")
        }
    }

    /// A blob column (an empty blob reads as no bytes).
    func bytes(_ column: String) throws -> [UInt8] {
        switch try stored(column) {
        case .blob(let data): return Array(data)
        default: throw problem(column, "bytes (a blob)")
        }
    }

    /// A nullable blob column.
    func optionalBytes(_ column: String) throws -> [UInt8]? {
        if case .null = try stored(column) { return nil }
        return try bytes(column)
    }

    // MARK: - Domain values

    /// An id column, as a typed id.
    func id<Owner>(_ column: String, _: Owner.Type = Owner.self) throws -> Identifier<Owner> {
        Identifier(try text(column))
    }

    /// An enumeration stored as its raw value.
    func value<T: RawRepresentable & CaseIterable>(_ column: String, _: T.Type = T.self) throws -> T
    where T.RawValue == String {
        guard let value = T(rawValue: try text(column)) else {
            throw problem(column, "one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    /// An instant stored as seconds since 1970.
    func instant(_ column: String) throws -> Instant {
        guard let instant = try optionalInstant(column) else { throw problem(column, Self.instantForm) }
        return instant
    }

    /// An instant that may be NULL.
    func optionalInstant(_ column: String) throws -> Instant? {
        switch try stored(column) {
        case .null: return nil
        case .int64(let seconds):
            guard let instant = Instant(secondsSince1970: seconds) else { throw problem(column, Self.instantForm) }
            return instant
        default: throw problem(column, Self.instantForm)
        }
    }

    /// A date (`2027-01-12`).
    func date(_ column: String) throws -> LocalDate {
        guard let date = StoredText.date(try text(column)) else { throw problem(column, "a date (2027-01-12)") }
        return date
    }

    /// A wall-clock date and time (`2027-01-12T18:30`).
    func dateTime(_ column: String) throws -> LocalDateTime {
        guard let value = StoredText.dateTime(try text(column)) else {
            throw problem(column, "a date and time (2027-01-12T18:30)")
        }
        return value
    }

    /// A JSON column decoded as `T`.
    func json<T: Decodable>(_ column: String, _: T.Type = T.self, _ expected: String) throws -> T {
        let text = try text(column)
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw problem(column, expected)
        }
    }

    // MARK: - Private helpers

    private static let instantForm = "an instant (seconds since 1970, up to the year 9999)"

    /// The column's value as stored, or `nil` when the row has no such column (names compare as SQLite does,
    /// without regard to ASCII case).
    ///
    /// The column's position comes from ``ColumnIndex`` (GRDB's lookup by name lower-cases every column's name
    /// at every read, which took a third of the time of the live grid of 200 people); the value is read by
    /// position, which never traps for a position of this row (only GRDB's typed subscripts do).
    private func value(of column: String) -> DatabaseValue? {
        guard let index = columns.position(of: column), index < row.count else { return nil }
        return (row[index] as (any DatabaseValueConvertible)?)?.databaseValue ?? .null
    }

    private func stored(_ column: String) throws -> DatabaseValue.Storage {
        guard let value = value(of: column) else { throw problem(column, "a column of that name") }
        return value.storage
    }
}

public import PlanningInput

/// The problems of poll exports and answer grids (CSV files), besides the scenario's own codes that they reuse:
/// `invalid-date`, `invalid-availability`, `unknown-slot` and `unknown-participant`.
extension ScenarioError.Code {
    // MARK: - The CSV file

    /// The file is in no encoding the readers know (neither UTF-8, nor UTF-16 with its byte-order mark, nor
    /// Windows-1252), or a broken UTF-16 file.
    public static let invalidEncoding = Self(rawValue: "invalid-encoding")
    /// A quoted field whose closing quote never comes.
    public static let unterminatedQuote = Self(rawValue: "unterminated-quote")
    /// A double quote inside a field that does not start with one.
    public static let strayQuote = Self(rawValue: "stray-quote")
    /// Text between a field's closing quote and the next separator or line end.
    public static let textAfterQuote = Self(rawValue: "text-after-quote")

    // MARK: - The table

    /// The file has not the rows or header of its format: no date and moment rows in a Framadate export, a grid
    /// whose first cell is not `participant`, a column without a heading.
    public static let invalidHeader = Self(rawValue: "invalid-header")
    /// A row with more cells than the header has columns.
    public static let extraCell = Self(rawValue: "extra-cell")
    /// Two columns of a grid for one candidate slot.
    public static let duplicateColumn = Self(rawValue: "duplicate-column")
    /// Two rows for one participant.
    public static let duplicateRow = Self(rawValue: "duplicate-row")
    /// A row with answers but no voter name or participant id.
    public static let unnamedRow = Self(rawValue: "unnamed-row")

    // MARK: - Framadate

    /// A poll moment that is neither a time (`18h30`) nor a part of the day (`soir`).
    public static let invalidMoment = Self(rawValue: "invalid-moment")
    /// A voter whose name matches no participant's and who is not mapped under `voters`.
    public static let unknownVoter = Self(rawValue: "unknown-voter")
    /// A voter whose name matches several participants' names.
    public static let ambiguousVoter = Self(rawValue: "ambiguous-voter")
    /// A `voters` entry whose name is in no row of the poll, or that maps to no participant.
    public static let unusedVoterMapping = Self(rawValue: "unused-voter-mapping")
}

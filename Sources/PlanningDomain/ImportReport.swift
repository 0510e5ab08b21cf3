/// What the import did, for the explanation; counts only, nothing personal.
public struct ImportReport: Hashable, Sendable {
    /// Answers kept from each source (an answer overridden by a stronger source counts for the stronger one).
    public var answers: [AvailabilitySource: Int] = [:]
    /// The canton whose holidays were added; `nil` when the scenario says `canton: none`.
    public var holidayCanton: String?
    /// Holiday days added as closures, in the candidates' years.
    public var holidayDays = 0
    /// Generated candidates kept for planning.
    public var generatedCandidates = 0
    /// Generated candidates dropped: on a closed day, or with their facilitator or venue taken.
    public var droppedCandidates = 0
    /// Candidates kept for planning whose facilitator has a tentative event at that time (not ruled out).
    public var tentativeFacilitatorSlots = 0
    /// Files read (calendars and polls), each counted once.
    public var filesRead = 0
    /// Poll columns that matched no candidate, per file as the scenario names it (`sondage.csv: 12/03/2027 soir`).
    public var unmatchedPollColumns: [String] = []
    /// Polls read in another encoding than UTF-8, per file as the scenario names it (`grille.csv: Windows-1252`).
    public var pollEncodings: [String] = []

    /// An empty report.
    public init() {}

    /// Whether anything beyond the scenario file was read or generated.
    public var isEmpty: Bool {
        answers.keys.allSatisfy { $0 == .scenario } && holidayCanton == nil && generatedCandidates == 0
            && filesRead == 0
    }
}

public import PlanningDomain

/// The answers read from one poll export or answer grid.
public struct PollAnswers: Hashable, Sendable {
    /// Each participant's answers by candidate slot; a slot the poll gives no answer for is absent (not `no`),
    /// so that weaker sources may still answer it.
    public var answers: [Participant.ID: [CandidateSlot.ID: Availability]]
    /// The poll's columns that match no candidate slot, as written (`12/01/2027 matin`), in file order, for a
    /// note in the explanation; they carry no personal data.
    public var unmatchedColumns: [String]
    /// The encoding the file was read in (UTF-8, UTF-16 or Windows-1252).
    public var encoding: TextEncoding

    /// Answers and unmatched columns.
    public init(
        answers: [Participant.ID: [CandidateSlot.ID: Availability]] = [:],
        unmatchedColumns: [String] = [],
        encoding: TextEncoding = .utf8
    ) {
        self.answers = answers
        self.unmatchedColumns = unmatchedColumns
        self.encoding = encoding
    }
}

/// Who a poll's voter is, as the scenario's `voters` says.
public enum VoterTarget: Hashable, Sendable {
    /// The voter is this participant.
    case participant(Participant.ID)
    /// The voter is not a participant (a facilitator who voted, a test row): the row is left out.
    case ignored
}

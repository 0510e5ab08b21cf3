public import PlanningDomain

/// The answers read from one poll export or answer grid.
public struct PollAnswers: Hashable, Sendable {
    /// Each participant's answers by candidate slot; a slot the poll gives no answer for is absent (not `no`),
    /// so that weaker sources may still answer it.
    public var answers: [Participant.ID: [CandidateSlot.ID: Availability]]
    /// The poll's columns that match no candidate slot, as written (`12/01/2027 matin`), in file order, for a
    /// note in the explanation; they carry no personal data.
    public var unmatchedColumns: [String]

    /// Answers and unmatched columns.
    public init(
        answers: [Participant.ID: [CandidateSlot.ID: Availability]] = [:],
        unmatchedColumns: [String] = []
    ) {
        self.answers = answers
        self.unmatchedColumns = unmatchedColumns
    }
}

/// How a poll writes its dates: `12/01/2027` is 12 January in day-month-year order, 1 December in month-day-year.
public enum DateOrder: String, Sendable, CaseIterable {
    /// `12/01/2027`, `12.01.27`: French, German and Italian polls.
    case dayMonthYear = "day-month-year"
    /// `1/12/27`: English polls.
    case monthDayYear = "month-day-year"
}

/// Who a poll's voter is, as the scenario's `voters` says.
public enum VoterTarget: Hashable, Sendable {
    /// The voter is this participant.
    case participant(Participant.ID)
    /// The voter is not a participant (a facilitator who voted, a test row): the row is left out.
    case ignored
}

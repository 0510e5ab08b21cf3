public import PlanningDomain
public import WorkspaceStore

/// `recordAnswer`: one person's answer for one date, given one at a time (taken by phone, given on the web
/// page, read from a calendar reply), kept with its channel and time.
///
/// Answers recorded this way are never erased by a later import of a poll export or scenario; which answer
/// counts is the one rule of `AnswerMerge`.
public struct RecordAnswer: Sendable {
    /// One answer.
    public struct Request: Hashable, Sendable {
        /// The group.
        public var group: Group.ID
        /// Who answers.
        public var participant: Participant.ID
        /// For which candidate.
        public var slot: CandidateSlot.ID
        /// The answer.
        public var availability: Availability
        /// How it came: `phone`, `web`, `reply`, … (an id).
        public var channel: String
        /// When it was given.
        public var at: Instant

        /// A request.
        public init(
            group: Group.ID,
            participant: Participant.ID,
            slot: CandidateSlot.ID,
            availability: Availability,
            channel: String,
            at: Instant
        ) {
            self.group = group
            self.participant = participant
            self.slot = slot
            self.availability = availability
            self.channel = channel
            self.at = at
        }
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Records the answer in one short transaction.
    ///
    /// - Returns: the answer that now counts for that person and date (usually this one; an explicit answer
    ///   given later by another channel may still win).
    @discardableResult
    public func run(_ request: Request) throws(ServiceError) -> GivenAnswer {
        try WorkspaceAccess.write(workspace) { writer in
            try writer.recordAnswer(
                group: request.group,
                participant: request.participant,
                slot: request.slot,
                availability: request.availability,
                channel: request.channel,
                at: request.at
            )
        }
    }
}

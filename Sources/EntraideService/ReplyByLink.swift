internal import Calendaring
internal import Phrasebook
public import PlanningDomain
internal import Publication
public import WorkspaceStore

/// A participant declining a published session, or withdrawing from the group, on their personal page.
///
/// Both reach the workspace as a calendar reply does: a `DECLINED` reply to the latest version of each session
/// concerned, applied by `ReplyApplication` (the one reply rule: exactly one attendee, who holds that
/// version). Withdrawing also withdraws the registration, so the next publication sends them the
/// cancellations and their link stops working.
public struct ReplyByLink: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Declines one published session.
    ///
    /// - Throws: `invalid-link`; `not-allowed` when they hold no live copy of that session.
    public func decline(_ session: SessionKind, link: SecretDigest, at instant: Instant) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) { writer in
            let owner = try LinkAccess.owner(link, writer)
            let applied = try Self.decline([session], of: owner, writer)
            guard applied > 0 else { throw Self.nothingToDecline }
        }
    }

    /// Declines every published session they hold and withdraws them from the group.
    ///
    /// - Throws: `invalid-link`.
    public func withdraw(link: SecretDigest, at instant: Instant) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) { writer in
            let owner = try LinkAccess.owner(link, writer)
            _ = try Self.decline(Set(SessionKind.allCases), of: owner, writer)
            try writer.withdrawParticipant(owner.participant, in: owner.group, at: instant)
        }
    }

    /// Applies a `DECLINED` reply to each live copy of `sessions` the owner holds; returns how many applied.
    private static func decline(
        _ sessions: Set<SessionKind>,
        of owner: PersonalLinkOwner,
        _ writer: WorkspaceWriter
    ) throws -> Int {
        guard let scenario = try writer.scenario(of: owner.group),
            let participant = scenario.participant(owner.participant)
        else { throw LinkAccess.invalid }
        let publications = try writer.publications(of: owner.group)
        let replies = publications.compactMap { publication -> ReplyApplication.Received? in
            guard sessions.contains(publication.kind), !publication.isCancelled,
                let copy = publication.recipients[owner.participant], !copy.isCancelled
            else { return nil }
            return ReplyApplication.Received(
                CalendarReply(
                    uid: publication.uid,
                    sequence: copy.sequence,
                    attendeeEmail: participant.email,
                    status: .declined
                )
            )
        }
        guard !replies.isEmpty else { return 0 }
        let people = scenario.participants + (try writer.withdrawnParticipants(of: owner.group))
        let applied = ReplyApplication.apply(
            received: replies,
            to: publications,
            participants: people,
            facilitators: scenario.facilitators
        )
        try writer.recordPublications(
            applied.publications,
            pinned: try writer.pinnedSessions(of: owner.group),
            for: owner.group
        )
        return applied.outcomes.count(where: \.isApplied)
    }

    static let nothingToDecline = ServiceError(
        .notAllowed,
        ServiceError.sentence(Phrase("service.link.notInvited")),
        isInputError: true
    )
}

public import PlanningDomain

/// Where each published session stands: its slot, who is expected, who answered what, and whether declines put
/// a founding session below the group's quorum (`entraide status GROUP`).
///
/// Built from the publication state alone (`SessionPublication`); the answers are the `PARTSTAT`s of the
/// replies applied (RFC 5545 §3.2.12, RFC 5546 §3.2.3). Participants are named by id only.
public struct PublicationStatus: Hashable, Sendable {
    /// One session's state, in the order of the sessions.
    public var sessions: [Session]
    /// The group's quorum.
    public var quorum: Int

    /// The status of `publications` against the group's quorum; sessions sorted in the order they happen.
    public init(publications: [SessionPublication], quorum: Int) {
        self.quorum = quorum
        sessions = publications.sorted { $0.kind < $1.kind }.map { Session($0, quorum: quorum) }
    }

    /// Whether any founding session is at risk.
    public var hasQuorumWarning: Bool { sessions.contains(where: \.isQuorumAtRisk) }

    /// One published session.
    public struct Session: Hashable, Sendable {
        /// The session.
        public var kind: SessionKind
        /// The wall-clock start published.
        public var start: LocalDateTime
        /// The wall-clock end published.
        public var end: LocalDateTime
        /// The venue published.
        public var venue: Venue.ID
        /// Whether the session was cancelled.
        public var isCancelled: Bool
        /// Everyone holding a live copy (sent and not cancelled): the expected attendance, sorted.
        public var expected: [Participant.ID]
        /// Those of ``expected`` who accepted.
        public var accepted: [Participant.ID]
        /// Those of ``expected`` who accepted tentatively.
        public var tentative: [Participant.ID]
        /// Those of ``expected`` who declined.
        public var declined: [Participant.ID]
        /// Those of ``expected`` who have not answered.
        public var unanswered: [Participant.ID]
        /// A founding session, not cancelled, where (expected − declined) < quorum.
        public var isQuorumAtRisk: Bool

        /// The most who may still come: expected minus declined.
        public var remaining: Int { expected.count - declined.count }

        init(_ publication: SessionPublication, quorum: Int) {
            kind = publication.kind
            start = publication.start
            end = publication.end
            venue = publication.venue
            isCancelled = publication.isCancelled
            let live: [Participant.ID: RecipientCopy] =
                publication.isCancelled ? [:] : publication.recipients.filter { !$0.value.isCancelled }
            func holding(_ reply: RecipientCopy.Reply?) -> [Participant.ID] {
                live.filter { $0.value.reply == reply }.map(\.key).sorted()
            }
            expected = live.keys.sorted()
            accepted = holding(.accepted)
            tentative = holding(.tentative)
            declined = holding(.declined)
            unanswered = holding(nil)
            let isFounding = kind == .founding1 || kind == .founding2
            isQuorumAtRisk = isFounding && !isCancelled && expected.count - declined.count < quorum
        }
    }
}

public import Phrasebook
public import PlanningDomain

/// What became of one reply (iTIP `METHOD:REPLY`, RFC 5546 §3.2.3) applied to the publication state.
///
/// Discretion: an outcome names the participant or facilitator by id only; an attendee who is neither is not
/// named at all (their address never appears).
public struct ReplyOutcome: Hashable, Sendable, CustomStringConvertible {
    /// The `UID` the reply answers (RFC 5545 §3.8.4.7).
    public var uid: String
    /// The session of that UID, when one was published.
    public var session: SessionKind?
    /// The participant or facilitator whose address the reply carries, when it is one of theirs.
    public var recipient: MessageRecipient?
    /// The `SEQUENCE` the reply answers (RFC 5545 §3.8.7.4).
    public var sequence: Int
    /// Applied, or ignored and why.
    public var result: Result

    /// Creates an outcome.
    public init(uid: String, session: SessionKind?, recipient: MessageRecipient?, sequence: Int, result: Result) {
        self.uid = uid
        self.session = session
        self.recipient = recipient
        self.sequence = sequence
        self.result = result
    }

    /// Whether the reply changed the state.
    public var isApplied: Bool {
        if case .applied = result { return true }
        return false
    }

    /// Applied or ignored.
    public enum Result: Hashable, Sendable {
        /// The copy now holds this answer (`PARTSTAT`, RFC 5545 §3.2.12); `previous` is the answer it replaced.
        case applied(RecipientCopy.Reply, previous: RecipientCopy.Reply?)
        /// The state is unchanged.
        case ignored(Reason)
    }

    /// Why a reply is ignored.
    public enum Reason: Hashable, Sendable {
        /// No session was published with this UID.
        case unknownEvent
        /// The reply answers one occurrence (`RECURRENCE-ID`, RFC 5545 §3.8.4.4); sessions are single events.
        case oneOccurrence
        /// The attendee's address is no participant's.
        case unknownAttendee
        /// Several participants share the address and hold this session; the reply cannot be attributed.
        case ambiguousAttendee
        /// The participant was never sent this session.
        case noCopy
        /// The session was cancelled.
        case cancelledSession
        /// The participant's copy was cancelled (they withdrew).
        case cancelledCopy
        /// The reply answers an older version (RFC 5546 §2.1.5): the participant was sent `current` since.
        case outdated(current: Int)
        /// The reply answers a version never sent (a later `SEQUENCE` than the copy's `current`).
        case unknownVersion(current: Int)
        /// The `VEVENT` carries this many `ATTENDEE`s, not exactly one (RFC 5546 §3.2.3): one person cannot
        /// answer for another.
        case notOneAttendee(Int)
        /// The e-mail that carried the reply comes from another address than the attendee's.
        case senderMismatch
    }

    /// One line for staff, naming the participant by id, to be worded in the reader's language.
    public var phrase: Phrase {
        let subject = session.map { Phrase.verbatim($0.rawValue) } ?? Phrase.quoted(uid)
        let who = recipient.map { Phrase.verbatim($0.rawID) } ?? Phrase("reply.anAttendee")
        switch result {
        case .applied(let reply, let previous):
            return Phrase(
                previous == nil ? "reply.applied" : "reply.appliedReplacing",
                [
                    "subject": subject, "who": who, "reply": reply.phrase, "previous": previous?.phrase ?? .empty,
                    "sequence": .number(sequence),
                ]
            )
        case .ignored(let reason):
            return Phrase(
                "reply.ignored",
                ["subject": subject, "who": who, "reason": Self.explanation(of: reason, sequence: sequence)]
            )
        }
    }

    /// The line in English.
    public var description: String { phrase.english }

    private static func explanation(of reason: Reason, sequence: Int) -> Phrase {
        switch reason {
        case .unknownEvent: Phrase("reply.reason.unknownEvent")
        case .oneOccurrence: Phrase("reply.reason.oneOccurrence")
        case .unknownAttendee: Phrase("reply.reason.unknownAttendee")
        case .ambiguousAttendee: Phrase("reply.reason.ambiguousAttendee")
        case .noCopy: Phrase("reply.reason.noCopy")
        case .cancelledSession: Phrase("reply.reason.cancelledSession")
        case .cancelledCopy: Phrase("reply.reason.cancelledCopy")
        case .outdated(let current):
            Phrase("reply.reason.outdated", ["sequence": .number(sequence), "current": .number(current)])
        case .unknownVersion(let current):
            Phrase("reply.reason.unknownVersion", ["sequence": .number(sequence), "current": .number(current)])
        case .notOneAttendee(let count): Phrase("reply.reason.notOneAttendee", ["count": .number(count)])
        case .senderMismatch: Phrase("reply.reason.senderMismatch")
        }
    }
}

extension RecipientCopy.Reply {
    /// `accepted`, `tentatively accepted`, `declined`.
    var phrase: Phrase {
        switch self {
        case .accepted: Phrase("reply.accepted")
        case .tentative: Phrase("reply.tentative")
        case .declined: Phrase("reply.declined")
        }
    }
}

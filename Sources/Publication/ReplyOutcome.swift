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

    /// One line for staff, in English, naming the participant by id.
    public var description: String {
        let subject = session.map(\.rawValue) ?? "'\(uid)'"
        let who = recipient.map(\.rawID) ?? "an attendee"
        switch result {
        case .applied(let reply, let previous):
            let change = previous.map { " (was \($0.word))" } ?? ""
            return "\(subject): \(who) \(reply.word)\(change), sequence \(sequence)."
        case .ignored(let reason):
            return "\(subject): the reply of \(who) is ignored: \(Self.explanation(of: reason, sequence: sequence))."
        }
    }

    private static func explanation(of reason: Reason, sequence: Int) -> String {
        switch reason {
        case .unknownEvent: "no session was published with this UID"
        case .oneOccurrence: "it answers one occurrence of a recurring event, and sessions are single events"
        case .unknownAttendee: "its address is neither a participant's nor a facilitator's"
        case .ambiguousAttendee: "several participants who hold this session share its address"
        case .noCopy: "they were never sent this session"
        case .cancelledSession: "the session was cancelled"
        case .cancelledCopy: "their invitation was cancelled"
        case .outdated(let current):
            "it answers sequence \(sequence), an older version; they were sent sequence \(current) since"
        case .unknownVersion(let current):
            "it answers sequence \(sequence), which was never sent; the latest they were sent is \(current)"
        case .notOneAttendee(let count):
            "it carries \(count) attendees; a reply must carry exactly one, the person answering"
        case .senderMismatch: "the e-mail comes from another address than the attendee's"
        }
    }
}

extension RecipientCopy.Reply {
    /// `accepted`, `tentatively accepted`, `declined`.
    var word: String {
        switch self {
        case .accepted: "accepted"
        case .tentative: "tentatively accepted"
        case .declined: "declined"
        }
    }
}

/// What a message to one person tells them: the kinds of invitation, update and cancellation Entraide sends.
///
/// Each notice has its own opening sentence in every catalogue (`invitation.intro.<raw value>`, with a
/// `.chair` variant for the facilitator's own copy where the sentence differs), so the words always say why
/// the message came.
public enum InvitationNotice: String, Hashable, Sendable, CaseIterable {
    /// A session published for the first time (or again, after it was cancelled).
    case new
    /// A session that did not change, sent to someone who did not hold it (a latecomer, a stand-in).
    case newRecipient = "new-recipient"
    /// A session whose date, time or room changed.
    case moved
    /// A session led by another facilitator.
    case facilitatorChanged = "facilitator-changed"
    /// A session no longer in the plan.
    case cancelled
    /// A participant who left the group: their copy is cancelled.
    case withdrawn
    /// A participant who cannot attend the session's (new) time: their copy is cancelled.
    case noLongerAvailable = "no-longer-available"
    /// A facilitator who no longer leads the session: their copy is cancelled.
    case replaced
    /// The group's own recurring meeting, sent for the first time (or to a new member).
    case handoverNew = "handover-new"
    /// The recurring meeting's rhythm, room or skipped days changed.
    case handoverUpdated = "handover-updated"
    /// The recurring meeting ends: the whole series is cancelled.
    case handoverCancelled = "handover-cancelled"
    /// A member who no longer receives the recurring meeting: their copy is cancelled.
    case handoverWithdrawn = "handover-withdrawn"

    /// Whether the message cancels what the person holds (`METHOD:CANCEL`, RFC 5546 §3.2.5).
    public var isCancellation: Bool {
        switch self {
        case .cancelled, .withdrawn, .noLongerAvailable, .replaced, .handoverCancelled, .handoverWithdrawn: true
        case .new, .newRecipient, .moved, .facilitatorChanged, .handoverNew, .handoverUpdated: false
        }
    }

    /// Whether the message tells of a change to something the person already holds.
    public var isUpdate: Bool { self == .moved || self == .facilitatorChanged || self == .handoverUpdated }
}

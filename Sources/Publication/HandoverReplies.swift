internal import Calendaring
public import PlanningDomain

/// Applies members' answers to the hand-over's series (iTIP `METHOD:REPLY`, RFC 5546 §3.2.3) with the rules of
/// ``ReplyApplication``: exactly one `ATTENDEE`, the sender's own address when it came by e-mail, a member
/// holding a live copy, the `SEQUENCE` of that copy; an answer to one occurrence (`RECURRENCE-ID`) is reported
/// and ignored.
public enum HandoverReplies {
    /// The hand-over's state with the answers that count, and one outcome per reply whose `UID` is the
    /// series' (the others are left to the sessions), in order; outcomes name the series by its `UID`.
    public static func apply(
        received: [ReplyApplication.Received],
        to handover: HandoverPublication,
        participants: [Participant]
    ) -> (handover: HandoverPublication, outcomes: [ReplyOutcome]) {
        let mine = received.filter { $0.reply.uid == handover.uid }
        guard !mine.isEmpty else { return (handover, []) }
        // The series is applied as a session record of the same UID, copies and cancellation; its kind is a
        // placeholder that no outcome shows.
        let record = SessionPublication(
            kind: .workshop,
            uid: handover.uid,
            sequence: handover.sequence,
            slot: "",
            start: handover.series.first,
            end: handover.series.first.adding(minutes: handover.series.durationMinutes),
            venue: handover.series.venue ?? "",
            isCancelled: handover.isCancelled,
            recipients: handover.copies
        )
        let applied = ReplyApplication.apply(received: mine, to: [record], participants: participants)
        var state = handover
        state.copies = applied.publications.first?.recipients ?? handover.copies
        let outcomes = applied.outcomes.map { outcome in
            var outcome = outcome
            outcome.session = nil
            return outcome
        }
        return (state, outcomes)
    }
}

public import Calendaring
public import PlanningDomain

/// Applies the answers people sent back (iTIP `METHOD:REPLY`, RFC 5546 §3.2.3) to what was published.
///
/// Pure: the same replies and state give the same new state and report.
public struct ReplyApplication: Sendable {
    /// Applies replies to the publication state (``SessionPublication``), in the order given (a later reply of
    /// the same person to the same version replaces an earlier one).
    ///
    /// A reply counts when its `UID` (RFC 5545 §3.8.4.7) is a session's, its attendee's address (§3.8.4.1) is
    /// a participant holding a live copy, and its `SEQUENCE` (§3.8.7.4) equals the copy's. A lower `SEQUENCE`
    /// answers an older version (RFC 5546 §2.1.5): reported and ignored; a higher one was never sent: reported
    /// and ignored. A reply for a cancelled session or a cancelled copy, for one occurrence (`RECURRENCE-ID`,
    /// §3.8.4.4), or whose address several participants holding the session share, is ignored too.
    ///
    /// Addresses are compared without case and surrounding spaces. The report names participants by id only.
    ///
    /// - Returns: the new state, and one outcome per reply, in the order of `replies`.
    public static func apply(
        _ replies: [CalendarReply],
        to publications: [SessionPublication],
        participants: [Participant]
    ) -> (publications: [SessionPublication], outcomes: [ReplyOutcome]) {
        var state = publications
        var byAddress: [String: [Participant.ID]] = [:]
        for participant in participants {
            byAddress[Self.normalized(participant.email), default: []].append(participant.id)
        }
        var outcomes: [ReplyOutcome] = []
        for reply in replies {
            let owners = byAddress[Self.normalized(reply.attendeeEmail)] ?? []
            guard let index = state.firstIndex(where: { $0.uid == reply.uid }) else {
                let outcome = ReplyOutcome(
                    uid: reply.uid,
                    session: nil,
                    participant: owners.count == 1 ? owners.first : nil,
                    sequence: reply.sequence,
                    result: .ignored(.unknownEvent)
                )
                outcomes.append(outcome)
                continue
            }
            let holders = owners.filter { state[index].recipients[$0] != nil }
            let participant = holders.count == 1 ? holders.first : (owners.count == 1 ? owners.first : nil)
            let result = Self.result(of: reply, for: participant, holders: holders, owners: owners, in: &state[index])
            outcomes.append(
                ReplyOutcome(
                    uid: reply.uid,
                    session: state[index].kind,
                    participant: participant,
                    sequence: reply.sequence,
                    result: result
                )
            )
        }
        return (state, outcomes)
    }

    // MARK: - Private helpers

    /// Checks the reply against the session's record and records the answer when it counts.
    private static func result(
        of reply: CalendarReply,
        for participant: Participant.ID?,
        holders: [Participant.ID],
        owners: [Participant.ID],
        in publication: inout SessionPublication
    ) -> ReplyOutcome.Result {
        guard reply.recurrenceID == nil else { return .ignored(.oneOccurrence) }
        guard !owners.isEmpty else { return .ignored(.unknownAttendee) }
        guard holders.count <= 1 else { return .ignored(.ambiguousAttendee) }
        guard let participant, let copy = publication.recipients[participant] else { return .ignored(.noCopy) }
        guard !publication.isCancelled else { return .ignored(.cancelledSession) }
        guard !copy.isCancelled else { return .ignored(.cancelledCopy) }
        guard reply.sequence >= copy.sequence else { return .ignored(.outdated(current: copy.sequence)) }
        guard reply.sequence == copy.sequence else { return .ignored(.unknownVersion(current: copy.sequence)) }
        publication.recipients[participant]?.reply = reply.status
        return .applied(reply.status, previous: copy.reply)
    }

    /// An address as compared: lower case, without spaces around it or a `mailto:` prefix.
    static func normalized(_ address: String) -> String {
        let trimmed = address.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        var text = String(trimmed).lowercased()
        if text.hasPrefix("mailto:") { text.removeFirst("mailto:".count) }
        return text
    }
}

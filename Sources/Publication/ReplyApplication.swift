public import Calendaring
public import PlanningDomain

/// Applies the answers people sent back (iTIP `METHOD:REPLY`, RFC 5546 §3.2.3) to what was published.
///
/// Pure: the same replies and state give the same new state and report.
public struct ReplyApplication: Sendable {
    /// One reply as received: the calendar's answer and, when it came by e-mail, the sender's address.
    public struct Received: Hashable, Sendable {
        /// The answer read from the `.ics`.
        public var reply: CalendarReply
        /// The `From` address of the e-mail that carried it, lower-cased; `nil` for a bare `.ics` file.
        public var sender: String?

        /// A received reply.
        public init(_ reply: CalendarReply, sender: String? = nil) {
            self.reply = reply
            self.sender = sender
        }
    }

    /// Applies replies read from `.ics` files (no e-mail sender to compare); see ``apply(received:to:participants:facilitators:)``.
    public static func apply(
        _ replies: [CalendarReply],
        to publications: [SessionPublication],
        participants: [Participant],
        facilitators: [Facilitator] = []
    ) -> (publications: [SessionPublication], outcomes: [ReplyOutcome]) {
        apply(
            received: replies.map { Received($0) },
            to: publications,
            participants: participants,
            facilitators: facilitators
        )
    }

    /// Applies replies to the publication state (`SessionPublication`), in the order given (a later reply of
    /// the same person to the same version replaces an earlier one).
    ///
    /// A reply counts when:
    /// - its `VEVENT` carries **exactly one** `ATTENDEE` (RFC 5546 §3.2.3): a reply with two could let one person
    ///   decline for another;
    /// - when it came by e-mail, the sender's address is the attendee's (a reply speaks for its sender only);
    /// - its `UID` (RFC 5545 §3.8.4.7) is a session's, and its attendee's address (§3.8.4.1) is a participant or
    ///   a facilitator holding a live copy of that session, and only one such;
    /// - its `SEQUENCE` (§3.8.7.4) equals the copy's. A lower `SEQUENCE` answers an older version (RFC 5546
    ///   §2.1.5); a higher one was never sent.
    ///
    /// Anything else is reported and ignored, and so is a reply for a cancelled session or copy, or for one
    /// occurrence (`RECURRENCE-ID`, §3.8.4.4). Addresses are compared without case and surrounding spaces. The
    /// report names people by id only.
    ///
    /// - Returns: the new state, and one outcome per reply, in the order given.
    public static func apply(
        received: [Received],
        to publications: [SessionPublication],
        participants: [Participant],
        facilitators: [Facilitator] = []
    ) -> (publications: [SessionPublication], outcomes: [ReplyOutcome]) {
        var state = publications
        var byAddress: [String: [MessageRecipient]] = [:]
        for participant in participants {
            byAddress[normalized(participant.email), default: []].append(.participant(participant.id))
        }
        for facilitator in facilitators {
            byAddress[normalized(facilitator.email), default: []].append(.facilitator(facilitator.id))
        }
        var outcomes: [ReplyOutcome] = []
        for item in received {
            let reply = item.reply
            let owners = byAddress[normalized(reply.attendeeEmail)] ?? []
            guard let index = state.firstIndex(where: { $0.uid == reply.uid }) else {
                outcomes.append(
                    ReplyOutcome(
                        uid: reply.uid,
                        session: nil,
                        recipient: owners.count == 1 ? owners.first : nil,
                        sequence: reply.sequence,
                        result: .ignored(.unknownEvent)
                    )
                )
                continue
            }
            let holders = owners.filter { Self.copy(of: $0, in: state[index]) != nil }
            let recipient = holders.count == 1 ? holders.first : (owners.count == 1 ? owners.first : nil)
            let result: ReplyOutcome.Result
            if reply.attendeeCount != 1 {
                result = .ignored(.notOneAttendee(reply.attendeeCount))
            } else if let sender = item.sender, normalized(sender) != normalized(reply.attendeeEmail) {
                result = .ignored(.senderMismatch)
            } else {
                result = Self.result(of: reply, for: recipient, holders: holders, owners: owners, in: &state[index])
            }
            outcomes.append(
                ReplyOutcome(
                    uid: reply.uid,
                    session: state[index].kind,
                    recipient: recipient,
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
        for recipient: MessageRecipient?,
        holders: [MessageRecipient],
        owners: [MessageRecipient],
        in publication: inout SessionPublication
    ) -> ReplyOutcome.Result {
        guard reply.recurrenceID == nil else { return .ignored(.oneOccurrence) }
        guard !owners.isEmpty else { return .ignored(.unknownAttendee) }
        guard holders.count <= 1 else { return .ignored(.ambiguousAttendee) }
        guard let recipient, var copy = copy(of: recipient, in: publication) else { return .ignored(.noCopy) }
        guard !publication.isCancelled else { return .ignored(.cancelledSession) }
        guard !copy.isCancelled else { return .ignored(.cancelledCopy) }
        guard reply.sequence >= copy.sequence else { return .ignored(.outdated(current: copy.sequence)) }
        guard reply.sequence == copy.sequence else { return .ignored(.unknownVersion(current: copy.sequence)) }
        let previous = copy.reply
        copy.reply = reply.status
        switch recipient {
        case .participant(let id): publication.recipients[id] = copy
        case .facilitator(let id): publication.facilitatorCopies[id] = copy
        }
        return .applied(reply.status, previous: previous)
    }

    /// The copy a recipient holds.
    private static func copy(of recipient: MessageRecipient, in publication: SessionPublication) -> RecipientCopy? {
        switch recipient {
        case .participant(let id): publication.recipients[id]
        case .facilitator(let id): publication.facilitatorCopies[id]
        }
    }

    /// An address as compared: lower case, without spaces around it or a `mailto:` prefix.
    static func normalized(_ address: String) -> String {
        let trimmed = address.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        var text = String(trimmed).lowercased()
        if text.hasPrefix("mailto:") { text.removeFirst("mailto:".count) }
        return text
    }
}

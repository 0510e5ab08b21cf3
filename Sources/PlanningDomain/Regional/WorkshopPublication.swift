/// What one person last received about one workshop: the run of their invitation, its iCalendar identity and
/// version, and whether it was cancelled for them.
///
/// One record per person and workshop (a person is enrolled in at most one run of a workshop). The record keeps
/// the ``uid`` of the first invitation for ever, so a run that moves, or a move to another run of the same
/// workshop, is an update of the event the person already holds (`SEQUENCE` + 1, RFC 5545 §3.8.7.4), and a
/// person no longer enrolled receives a `CANCEL` of exactly that event.
public struct WorkshopPublication: Hashable, Sendable {
    /// The workshop.
    public var workshop: Workshop.ID
    /// The person (an id of the interest file).
    public var person: Participant.ID
    /// The event's UID, kept from the first invitation (`workshop.ecoute.ecoute-20270313-0930-big@…`).
    public var uid: String
    /// The `SEQUENCE` last sent to the person (0 for the first invitation).
    public var sequence: Int
    /// The candidate of the run last sent.
    public var slot: WorkshopSlot.ID
    /// The wall-clock start last sent.
    public var start: LocalDateTime
    /// The wall-clock end last sent.
    public var end: LocalDateTime
    /// The room last sent.
    public var venue: Venue.ID
    /// Whether the last message was a `CANCEL` (the person holds no live copy).
    public var isCancelled: Bool

    /// A record.
    public init(
        workshop: Workshop.ID,
        person: Participant.ID,
        uid: String,
        sequence: Int,
        slot: WorkshopSlot.ID,
        start: LocalDateTime,
        end: LocalDateTime,
        venue: Venue.ID,
        isCancelled: Bool = false
    ) {
        self.workshop = workshop
        self.person = person
        self.uid = uid
        self.sequence = sequence
        self.slot = slot
        self.start = start
        self.end = end
        self.venue = venue
        self.isCancelled = isCancelled
    }

    /// The run as the person holds it: the candidate, start, length and room last sent.
    public var sentSlot: WorkshopSlot {
        WorkshopSlot(
            id: slot,
            start: start,
            durationMinutes: end.wallMinutes - start.wallMinutes,
            venue: venue
        )
    }
}

/// The waiting-list letter last queued to a person for a workshop: the rank it gave.
///
/// A letter is queued again only when the rank changes; the record is dropped once the person is no longer on
/// the list (enrolled, or no longer interested), so coming back to it is worth a letter again.
public struct WaitingNotice: Hashable, Sendable {
    /// The workshop.
    public var workshop: Workshop.ID
    /// The person.
    public var person: Participant.ID
    /// The rank the letter gave (1 first).
    public var rank: Int

    /// A record.
    public init(workshop: Workshop.ID, person: Participant.ID, rank: Int) {
        self.workshop = workshop
        self.person = person
        self.rank = rank
    }
}

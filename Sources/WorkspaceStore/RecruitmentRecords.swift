public import PlanningDomain

/// A registration as the workspace keeps it: when and how the person registered, their consent, and their
/// place on the waiting list when the group was full.
public struct StoredRegistration: Hashable, Sendable {
    /// The registration (participant, time, source, withdrawal).
    public var registration: Registration
    /// When the person gave their consent to the processing of their data.
    public var consentAt: Instant
    /// The version of the consent text they agreed to (`2026-12`).
    public var consentVersion: String
    /// Their rank on the waiting list (1 first), `nil` when they have a place in the group.
    public var waitingRank: Int?

    /// A stored registration.
    public init(registration: Registration, consentAt: Instant, consentVersion: String, waitingRank: Int? = nil) {
        self.registration = registration
        self.consentAt = consentAt
        self.consentVersion = consentVersion
        self.waitingRank = waitingRank
    }
}

/// The state of an intake interview in the workspace.
public enum IntakeBookingStatus: String, Hashable, Sendable, CaseIterable {
    /// A personal link was given to the initiator; no slot is chosen yet.
    case offered
    /// A slot is booked.
    case booked
    /// The interview was cancelled.
    case cancelled
}

/// An intake interview as the workspace keeps it: who, when (wall clock in the centre's zone and as instants),
/// how, its SEQUENCE (RFC 5545 §3.8.7.4) and the digest of the initiator's personal link.
public struct IntakeBookingRecord: Hashable, Sendable {
    /// The interview id (an `IdentifierRule` id).
    public var id: String
    /// The group it is about, when known.
    public var group: Group.ID?
    /// The staff member who leads it.
    public var staff: Facilitator.ID
    /// Offered, booked or cancelled.
    public var status: IntakeBookingStatus
    /// The start and end on the centre's wall clock, and as instants; `nil` while only offered.
    public var start: LocalDateTime?
    /// The end on the wall clock.
    public var end: LocalDateTime?
    /// The start as an instant.
    public var startInstant: Instant?
    /// The end as an instant.
    public var endInstant: Instant?
    /// At the centre, by phone or by video.
    public var mode: InterviewMode?
    /// The room or the video link.
    public var place: String?
    /// The iCalendar SEQUENCE of the latest invitation sent.
    public var sequence: Int
    /// The initiator's name, e-mail address, phone (optional) and language code.
    public var initiatorName: String
    /// The initiator's e-mail address.
    public var initiatorEmail: String
    /// The initiator's phone number.
    public var initiatorPhone: String?
    /// The initiator's language code.
    public var initiatorLanguage: String
    /// What the offer allows (hours, length, days searched), as the use case wrote it (JSON); `nil` for none.
    public var offerTerms: String?

    /// A record.
    public init(
        id: String,
        group: Group.ID?,
        staff: Facilitator.ID,
        status: IntakeBookingStatus,
        start: LocalDateTime? = nil,
        end: LocalDateTime? = nil,
        startInstant: Instant? = nil,
        endInstant: Instant? = nil,
        mode: InterviewMode? = nil,
        place: String? = nil,
        sequence: Int = 0,
        initiatorName: String,
        initiatorEmail: String,
        initiatorPhone: String? = nil,
        initiatorLanguage: String,
        offerTerms: String? = nil
    ) {
        self.id = id
        self.group = group
        self.staff = staff
        self.status = status
        self.start = start
        self.end = end
        self.startInstant = startInstant
        self.endInstant = endInstant
        self.mode = mode
        self.place = place
        self.sequence = sequence
        self.initiatorName = initiatorName
        self.initiatorEmail = initiatorEmail
        self.initiatorPhone = initiatorPhone
        self.initiatorLanguage = initiatorLanguage
        self.offerTerms = offerTerms
    }
}

/// One registration (inscription) of interest in a group being founded: who, when, and how they heard of it.
///
/// The person is named by participant id only; their name and contact live with the participant.
public struct Registration: Hashable, Sendable {
    /// Who registered.
    public var participant: Participant.ID
    /// When the registration was received.
    public var registeredAt: Instant
    /// How they heard of the group, for the centre's promotion statistics.
    public var source: RegistrationSource
    /// When they withdrew, if they did: a withdrawn registration no longer counts.
    public var withdrawnAt: Instant?

    /// A registration.
    public init(
        participant: Participant.ID,
        registeredAt: Instant,
        source: RegistrationSource,
        withdrawnAt: Instant? = nil
    ) {
        self.participant = participant
        self.registeredAt = registeredAt
        self.source = source
        self.withdrawnAt = withdrawnAt
    }

    /// Whether the registration counts at `instant`: received by then and not withdrawn by then.
    public func counts(at instant: Instant) -> Bool {
        registeredAt <= instant && withdrawnAt.map { instant < $0 } ?? true
    }
}

/// How a person heard of a group, as the registration form and staff record it.
public enum RegistrationSource: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The group's flyer.
    case flyer
    /// A partner organisation (a hospital, a social service, an association).
    case partner
    /// Social media.
    case socialMedia = "social-media"
    /// The press.
    case press
    /// Something else.
    case other
    /// They called the centre (entered by staff).
    case phone
    /// Staff referred them or entered the registration for another reason.
    case staff
    /// They wrote to the centre by letter or e-mail (entered by staff).
    case mail

    /// `social-media`: as files, options and forms write it.
    public var description: String { rawValue }
}

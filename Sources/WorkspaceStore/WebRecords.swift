public import PlanningDomain

/// The SHA-256 digest of a secret the web server hands out (a personal link's token, a session id): the
/// workspace keeps digests only, never the secret, so a copy of the file opens no page.
public struct SecretDigest: Hashable, Sendable {
    /// The 32 bytes of the digest.
    public let bytes: [UInt8]

    /// A digest; `nil` unless it has 32 bytes.
    public init?(_ bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }
}

/// Whom a personal link opens the page of, and whether it still does.
public struct PersonalLinkOwner: Hashable, Sendable {
    /// The group.
    public var group: Group.ID
    /// The participant.
    public var participant: Participant.ID
    /// When the link was issued.
    public var issuedAt: Instant
    /// When it was revoked (by staff, or by issuing a new one); `nil` while it works.
    public var revokedAt: Instant?
    /// Whether the participant is still active (not withdrawn, not forgotten).
    public var isParticipantActive: Bool

    /// An owner.
    public init(
        group: Group.ID,
        participant: Participant.ID,
        issuedAt: Instant,
        revokedAt: Instant?,
        isParticipantActive: Bool
    ) {
        self.group = group
        self.participant = participant
        self.issuedAt = issuedAt
        self.revokedAt = revokedAt
        self.isParticipantActive = isParticipantActive
    }
}

/// What staff see about a participant's link: when the one that works was issued, or that none works.
public enum PersonalLinkState: Hashable, Sendable {
    /// No link was ever issued.
    case none
    /// A link works; issued then.
    case active(issuedAt: Instant)
    /// Every link issued was revoked; the latest then.
    case revoked(at: Instant)
}

/// How a group's poll shows on participants' pages.
public struct PollSettings: Hashable, Sendable {
    /// Whether participants may still change their answers.
    public var isOpen: Bool
    /// Whether their page names the group (its title; off by default: the theme can be a health matter).
    public var showsTitle: Bool
    /// Whether their page shows how many people answered yes and if need be per date (never who).
    public var showsCounts: Bool

    /// Settings.
    public init(isOpen: Bool, showsTitle: Bool, showsCounts: Bool) {
        self.isOpen = isOpen
        self.showsTitle = showsTitle
        self.showsCounts = showsCounts
    }

    /// A group's settings until staff change them: open, title hidden, counts hidden.
    public static let standard = PollSettings(isOpen: true, showsTitle: false, showsCounts: false)
}

/// One e-mail carrying a participant's personal link, as queued (without its text: the link in it is made
/// when it is sent, so the workspace never holds a working link).
public struct LinkMessageEntry: Hashable, Sendable {
    /// The id of a queued link e-mail, in the order they were asked for.
    public struct ID: Hashable, Comparable, Sendable, CustomStringConvertible {
        /// The number.
        public let rawValue: Int

        /// Wraps an id.
        public init(_ rawValue: Int) { self.rawValue = rawValue }

        /// Earlier messages first.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The number in decimal.
        public var description: String { "\(rawValue)" }
    }

    /// Its id.
    public var id: ID
    /// The group.
    public var group: Group.ID
    /// To whom.
    public var participant: Participant.ID
    /// When staff asked for it.
    public var requestedAt: Instant
    /// Where it stands; the server's text may quote the address: staff only.
    public var state: DeliveryState
    /// How many attempts were started.
    public var attempts: Int

    /// An entry.
    public init(
        id: ID,
        group: Group.ID,
        participant: Participant.ID,
        requestedAt: Instant,
        state: DeliveryState,
        attempts: Int
    ) {
        self.id = id
        self.group = group
        self.participant = participant
        self.requestedAt = requestedAt
        self.state = state
        self.attempts = attempts
    }
}

/// What the intake interview (entretien) with the initiator records, as the seed's first step describes it:
/// the need, the theme, the members' profile, the type of group, the initiator's role and motivation.
///
/// The record is internal: it stays with the group for staff. Nothing of it is ever printed on a flyer or an
/// announcement, which show only the group's public text (``PublicDescription``); it names the initiator by
/// role, never by name or address (their contact belongs to the interview's booking).
public struct IntakeRecord: Hashable, Sendable {
    /// The id the group will have (`proches-aidants-lausanne`).
    public var group: Group.ID
    /// A working title chosen in the interview; `nil` to derive one (see ``draftTitle``).
    public var workingTitle: String?
    /// Where the group would meet, as people name it (`Lausanne`).
    public var region: String
    /// What the initiator needs (« rompre l'isolement, échanger des astuces »).
    public var need: String
    /// The theme to share, a sentence or two: the draft of ``Group/theme``.
    public var theme: String
    /// Who the members would be (« des proches de personnes atteintes de… »).
    public var memberProfile: String
    /// The type of group: talking group, information exchange, shared activity.
    public var groupType: GroupType
    /// The role the initiator sees for themselves (« membre comme les autres, contact au début »).
    public var initiatorRole: String
    /// Why they want to open the group, and how they see deciding things together.
    public var motivation: String
    /// When, with whom and how the interview took place; `nil` when not noted.
    public var interview: Interview?

    /// A record.
    public init(
        group: Group.ID,
        workingTitle: String? = nil,
        region: String,
        need: String,
        theme: String,
        memberProfile: String,
        groupType: GroupType,
        initiatorRole: String,
        motivation: String,
        interview: Interview? = nil
    ) {
        self.group = group
        self.workingTitle = workingTitle
        self.region = region
        self.need = need
        self.theme = theme
        self.memberProfile = memberProfile
        self.groupType = groupType
        self.initiatorRole = initiatorRole
        self.motivation = motivation
        self.interview = interview
    }

    /// When, with whom and how the interview took place.
    public struct Interview: Hashable, Sendable {
        /// The day of the interview.
        public var date: LocalDate
        /// The staff member who held it.
        public var staff: Facilitator.ID
        /// At the centre, by phone or by video.
        public var mode: InterviewMode

        /// An interview note.
        public init(date: LocalDate, staff: Facilitator.ID, mode: InterviewMode) {
            self.date = date
            self.staff = staff
            self.mode = mode
        }
    }
}

/// Where an intake interview takes place.
public enum InterviewMode: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// At the centre (`centre`).
    case centre
    /// By phone (`phone`): the staff member calls the initiator.
    case phone
    /// By video call (`video`).
    case video

    /// `centre`, `phone` or `video`, as files and options write it.
    public var description: String { rawValue }
}

public import PlanningDomain

/// What a group's flyer, announcement and "add to calendar" file say: only public words.
///
/// Built from the group, its `PublicDescription` and the centre: the group's title, type and region, its
/// public text (the internal theme only when no public text was written: ``isThemeFallback``), who it is for,
/// the information session when its date and place are known, how to register, the centre's contact. No
/// participant, no count of registrations, no facilitator.
public struct FlyerContent: Hashable, Sendable {
    /// The group's id: file names and the calendar's UID.
    public var group: Group.ID
    /// The language of every word printed: the centre's.
    public var language: Language
    /// The centre's name.
    public var centre: String
    /// The group's public title.
    public var title: String
    /// Talking group, information exchange or shared activity.
    public var groupType: GroupType
    /// Where the group meets.
    public var region: String
    /// The public text (paragraphs separated by line breaks).
    public var text: String
    /// Whether ``text`` is the group's internal theme, because no public text was written.
    public var isThemeFallback: Bool
    /// Who the group is for; `nil` when not written.
    public var audience: String?
    /// The information session, when its date and place are known.
    public var information: PublicSession?
    /// The registration page; `nil` when there is none yet (then only the phone and e-mail are printed).
    public var registration: RegistrationAddress?
    /// The centre's contact for questions and registrations: its organiser's name and address, its phone.
    public var contact: Contact
    /// The centre's phone, when it has one.
    public var phone: String?
    /// The centre's IANA time zone, for the calendar file.
    public var timeZone: String
    /// The right-hand side of the calendar's UID.
    public var uidDomain: String
    /// Whether staff chose to show the group's title in calendars (`group.calendar-title: public`); by default
    /// the "add to calendar" event names only the session and the centre.
    public var isCalendarTitlePublic: Bool

    /// The content of a group's flyer.
    public init(
        group: Group,
        description: PublicDescription,
        organisation: Organisation,
        information: PublicSession?,
        registration: RegistrationAddress?
    ) {
        let (text, isTheme) = description.text(orTheme: group.theme)
        self.group = group.id
        self.language = organisation.language
        self.centre = organisation.name
        self.title = group.title
        self.groupType = group.type
        self.region = group.region
        self.text = text
        self.isThemeFallback = isTheme
        self.audience = description.audience.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        self.information = information
        self.registration = registration
        self.contact = organisation.organiser
        self.phone = organisation.phone
        self.timeZone = organisation.timeZone
        self.uidDomain = organisation.uidDomain
        self.isCalendarTitlePublic = group.calendarTitle == .public
    }
}

/// A session the public may know of: when and where, not who.
public struct PublicSession: Hashable, Sendable {
    /// The wall-clock start in the centre's time zone.
    public var start: LocalDateTime
    /// The wall-clock end.
    public var end: LocalDateTime
    /// The room: its name, address, step-free access and how to get in.
    public var venue: Venue

    /// A session.
    public init(start: LocalDateTime, end: LocalDateTime, venue: Venue) {
        self.start = start
        self.end = end
        self.venue = venue
    }
}

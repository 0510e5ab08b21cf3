/// The self-help centre that accompanies the group and sends the invitations.
public struct Organisation: Hashable, Sendable {
    public var name: String
    /// IANA time-zone name of every date and time in the scenario, `Europe/Zurich` by default.
    public var timeZone: String
    /// Language of what participants and staff read (ISO 639-1 code), French by default.
    public var language: Language
    /// The centre's contact, written as ORGANIZER in invitations.
    public var organiser: Contact
    /// Domain used to derive stable iCalendar UIDs (`information.carers-lausanne@entraide-vd.ch`).
    public var uidDomain: String

    public init(name: String, timeZone: String, language: Language, organiser: Contact, uidDomain: String) {
        self.name = name
        self.timeZone = timeZone
        self.language = language
        self.organiser = organiser
        self.uidDomain = uidDomain
    }
}

/// A name and an e-mail address.
public struct Contact: Hashable, Sendable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}

/// A language people read, as an ISO 639-1 code (`fr`, `de`, `it`, `en`).
public struct Language: Hashable, Sendable, CustomStringConvertible {
    public let code: String

    public init(_ code: String) { self.code = code }

    public static let french = Language("fr")
    public static let english = Language("en")
    public static let german = Language("de")
    public static let italian = Language("it")

    public var description: String { code }
}

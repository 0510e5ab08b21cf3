/// The self-help centre that accompanies the group and sends the invitations.
public struct Organisation: Hashable, Sendable {
    /// The centre's public name (`Centre d'entraide Vaud`), shown in calendar names and event descriptions.
    public var name: String
    /// IANA time-zone name of every date and time in the scenario, `Europe/Zurich` by default.
    public var timeZone: String
    /// Language of what participants and staff read (ISO 639-1 code), French by default.
    public var language: Language
    /// The centre's contact, written as ORGANIZER in invitations.
    public var organiser: Contact
    /// Domain used to derive stable iCalendar UIDs (`information.carers-lausanne@entraide-vd.ch`).
    public var uidDomain: String
    /// The centre's phone number, for people who answer or decline without a calendar app; `nil` if none.
    public var phone: String?
    /// The code of the canton whose public holidays are closures (`VD`, `GE`); `nil` when the file says
    /// `canton: none`, or for a workspace written before the canton was kept.
    public var canton: String?

    /// Creates the organisation; the values are taken as given (the scenario reader checks the time zone).
    public init(
        name: String,
        timeZone: String,
        language: Language,
        organiser: Contact,
        uidDomain: String,
        phone: String? = nil,
        canton: String? = nil
    ) {
        self.name = name
        self.timeZone = timeZone
        self.language = language
        self.organiser = organiser
        self.uidDomain = uidDomain
        self.phone = phone
        self.canton = canton
    }
}

/// A name and an e-mail address.
public struct Contact: Hashable, Sendable {
    /// The display name; for the organiser, written as the `CN` parameter (RFC 5545 §3.2.2) of `ORGANIZER`.
    public var name: String
    /// The address without `mailto:`; for the organiser, the `ORGANIZER` value (RFC 5545 §3.8.4.3).
    public var email: String

    /// Creates a contact; the address is not validated here.
    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}

/// A language people read, as an ISO 639-1 code (`fr`, `de`, `it`, `en`).
public struct Language: Hashable, Sendable, CustomStringConvertible {
    /// The two-letter code (`fr`); it also names the catalogue in `Resources/Strings` (`fr.json`).
    public let code: String

    /// Wraps a code as written in the scenario; a language without a catalogue falls back to French.
    public init(_ code: String) { self.code = code }

    /// French (`fr`), the default: the language of the Vaud centres.
    public static let french = Language("fr")
    /// English (`en`).
    public static let english = Language("en")
    /// German (`de`), as written in German-speaking Switzerland.
    public static let german = Language("de")
    /// Italian (`it`), as written in Ticino.
    public static let italian = Language("it")

    /// The code, as written in the scenario.
    public var description: String { code }
}

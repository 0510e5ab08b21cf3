public import PlanningDomain

/// The one person a message is addressed to, participant or facilitator, with what writing to them needs.
///
/// Personal data (the name and the address) stays in the message to that person; reports name the
/// ``recipient`` by id only.
public struct Addressee: Hashable, Sendable {
    /// Who, by kind and id.
    public var recipient: MessageRecipient
    /// The name, written as the attendee's `CN` and in the greeting.
    public var name: String
    /// The address the message goes to.
    public var email: String
    /// The language they read (a language with a catalogue; see ``Wording/init(for:)``).
    public var language: Language
    /// Whether they lead the session (`ROLE=CHAIR`) rather than attend it.
    public var isChair: Bool

    /// A participant, reading their own language when Entraide has it, else the organisation's.
    public init(_ participant: Participant, of organisation: Organisation) {
        self.recipient = .participant(participant.id)
        self.name = participant.name
        self.email = participant.email
        self.language = Wording.language(preferring: [participant.language], of: organisation)
        self.isChair = false
    }

    /// A facilitator, as the chair of the sessions they lead, reading the first of their languages Entraide
    /// has, else the organisation's.
    public init(_ facilitator: Facilitator, of organisation: Organisation) {
        self.recipient = .facilitator(facilitator.id)
        self.name = facilitator.name
        self.email = facilitator.email
        self.language = Wording.language(preferring: facilitator.languages, of: organisation)
        self.isChair = true
    }

    /// Someone who is neither a group's participant nor its facilitator (the person who wants to open a group,
    /// before their interview), addressed under `recipient`: the id that stands for them in `Message-ID`s and
    /// reports, never their name or address.
    public init(recipient: MessageRecipient, name: String, email: String, language: Language) {
        self.recipient = recipient
        self.name = name
        self.email = email
        self.language = language
        self.isChair = false
    }
}

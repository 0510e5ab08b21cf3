import Calendaring
import PlanDocuments
import PlanningDomain
import Publication

/// The words of one message in its recipient's language: the `Subject` and the `text/plain` body.
///
/// Both come from ``InvitationText`` and the message's facts, the same that wrote the `.ics` `DESCRIPTION`:
/// the body is a greeting to the recipient, that description (why the message came, what, when with the
/// year, where with the access, who leads, which session of the sequence, what changed, how to answer or
/// decline without a calendar app), and the closing. The subject carries the calendar title (neutral unless
/// the group chose its public title) and the date. The language is the recipient's when a catalogue exists
/// for it, else the organisation's. Nothing names another participant.
struct MailText {
    /// The subject (RFC 5322 §3.6.5), unencoded.
    let subject: String
    /// The body, lines separated by `\n`, unencoded.
    let body: String
    /// The language written (ISO 639-1), for `Content-Language` (RFC 3282).
    let language: Language

    /// The words of `message` for its addressee.
    init(message: OutgoingMessage, scenario: Scenario) {
        self.init(
            facts: message.facts,
            addressee: message.addressee,
            group: scenario.group,
            organisation: scenario.organisation
        )
    }

    /// The words of a message with these facts to `addressee`.
    init(facts: InvitationFacts, addressee: Addressee, group: Group, organisation: Organisation) {
        let text = InvitationText(facts, group: group, organisation: organisation, wording: Wording(for: addressee))
        self.language = text.wording.language
        self.subject = text.subject
        self.body = text.body(greeting: addressee.name.singleLine)
    }
}

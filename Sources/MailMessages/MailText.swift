import Calendaring
import PlanDocuments
import PlanningDomain
import Publication

/// The words of one message in its recipient's language: the `Subject` and the `text/plain` body.
///
/// The language is the one of the `.ics` it goes with: the recipient's when a catalogue exists for it, else
/// the organisation's (as ``PlanCalendars/invitation(for:plan:)`` chooses). The body names the recipient
/// only, says what the session is, when and where, and for a `CANCEL` that it is cancelled; it never names
/// another participant.
struct MailText {
    /// The subject (RFC 5322 §3.6.5), unencoded.
    let subject: String
    /// The body, lines separated by `\n`, unencoded.
    let body: String
    /// The language written (ISO 639-1), for `Content-Language` (RFC 3282).
    let language: Language

    /// The words of `message` for its addressee, about the document's first (and only) event.
    init(message: OutgoingMessage, event: CalendarEvent, scenario: Scenario) {
        let recipient = message.addressee
        let wording = Wording(for: recipient)
        let kind = Self.kind(of: message.reason)
        let values = [
            "session": wording.title(of: message.session),
            "group": scenario.group.title,
            "organisation": scenario.organisation.name,
            "date": wording.date(event.start.date),
        ]
        self.language = wording.language
        self.subject = wording.text("mail.subject.\(kind.subject)", values)
        let range = wording.text(
            "dateTimeRange",
            [
                "date": wording.date(event.start.date), "start": wording.time(event.start.time),
                "end": wording.time(event.end.time),
            ]
        )
        var lines = [
            wording.text("mail.greeting", ["name": recipient.name.singleLine]),
            "",
            wording.text("mail.intro.\(kind.intro)", values),
            "",
            "  " + wording.title(of: message.session),
            "  " + wording.text("mail.when", ["range": range]),
        ]
        if let location = event.location, !location.isEmpty {
            lines.append("  " + wording.text("mail.where", ["location": location]))
        }
        lines += [
            "",
            wording.text(message.method == .cancel ? "mail.action.cancel" : "mail.action.request"),
            "",
            wording.text(
                "mail.contact",
                [
                    "organiserName": scenario.organisation.organiser.name.singleLine,
                    "organiserEmail": scenario.organisation.organiser.email,
                ]
            ),
            "",
            wording.text("mail.closing"),
            scenario.organisation.name,
        ]
        self.body = lines.joined(separator: "\n")
    }

    // MARK: - Private

    /// The catalogue keys (`mail.subject.*`, `mail.intro.*`) of a reason.
    private static func kind(of reason: OutgoingMessage.Reason) -> (subject: String, intro: String) {
        switch reason {
        case .new, .newRecipient: ("new", "new")
        case .moved, .facilitatorChanged: ("moved", "moved")
        case .cancelled: ("cancelled", "cancelled")
        case .withdrawn, .noLongerAvailable, .replaced: ("cancelled", "withdrawn")
        }
    }
}

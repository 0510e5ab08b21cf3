internal import Calendaring
internal import PlanDocuments
internal import PlanningDomain

/// The words of the e-mail that carries an intake invitation, in its recipient's language: a subject with the
/// date and time, then the greeting, what happens (booked, moved or cancelled), the invitation's own description
/// (where, how, whom to call) and what the attached file does.
///
/// The staff member's copy says what the invitation's description says and nothing more: no initiator's name.
struct IntakeLetter {
    /// The subject.
    let subject: String
    /// The plain text.
    let text: String

    init(interview: IntakeInterview, method: CalendarDocument.Method, addressee: Addressee, description: String) {
        let wording = Wording(for: addressee)
        let when: [String: String] = [
            "date": wording.date(interview.start.date),
            "time": wording.time(interview.start.time),
            "start": wording.time(interview.start.time),
            "end": wording.time(interview.end.time),
            "mode": wording.text("intake.mode.\(interview.mode.rawValue)"),
        ]
        let what: String =
            switch method {
            case .cancel: "cancel"
            default: interview.sequence > 0 ? "update" : "request"
            }
        subject = wording.text("intake.mail.subject.\(what)", when)
        text =
            [
                wording.text("mail.greeting", ["name": addressee.name]),
                wording.text("intake.mail.\(what)", when),
                description,
                wording.text(method == .cancel ? "intake.mail.attached.cancel" : "intake.mail.attached"),
            ].joined(separator: "\n\n") + "\n"
    }
}

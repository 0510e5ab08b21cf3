internal import MailMessages
internal import Phrasebook
internal import PlanDocuments
public import PlanningDomain
public import WorkspaceStore

/// E-mails the initiator their personal link to book the intake interview, in their language, as soon as staff
/// offered it (`entraide intake invite … --smtp HOST:PORT`).
///
/// The link's token is never stored (the workspace keeps its digest only), so this e-mail is not queued: it is
/// written and handed to the mail server at once, and the server's answer is returned. When the server refuses
/// it, the caller still holds the link and shows it to staff, who pass it on: nothing is lost, and the offered
/// interview stays as it was.
public struct SendIntakeLink: Sendable {
    /// The workspace.
    public let workspace: Workspace
    /// The mail server.
    public let transport: any MailTransport

    /// The use case.
    public init(workspace: Workspace, transport: any MailTransport) {
        self.workspace = workspace
        self.transport = transport
    }

    /// Sends interview `id`'s link `url` to its initiator; returns the server's answer.
    ///
    /// - Throws: `unknown-id` for an interview that is not offered or booked; `invalid-input` without the centre;
    ///   `delivery` with the server's reason when it refused the e-mail; `rendering` for an address the e-mail
    ///   cannot carry.
    public func run(_ id: String, url: String, at now: Instant) throws(ServiceError) -> String {
        let (booking, centre) = try WorkspaceAccess.read(workspace) { (try $0.intakeBooking(id), try $0.centre()) }
        guard let booking, booking.status != .cancelled else {
            throw ServiceError(
                .unknownID,
                ServiceError.sentence(Phrase("service.intake.noOpen", ["id": .verbatim(id)])),
                isInputError: true
            )
        }
        guard let centre else {
            throw ServiceError(
                .invalidInput,
                ServiceError.sentence(Phrase("service.intake.noCentre")),
                isInputError: true
            )
        }
        let organisation = centre.organisation
        let addressee = Addressee(
            recipient: .participant(Participant.ID("intake-\(id)")),
            name: booking.initiatorName,
            email: booking.initiatorEmail,
            language: Wording(Language(booking.initiatorLanguage)).language
        )
        let wording = Wording(for: addressee)
        let contact = [organisation.organiser.name, organisation.organiser.email, organisation.phone]
            .compactMap(\.self).joined(separator: ", ")
        let values = [
            "name": addressee.name, "organisation": organisation.name, "url": url, "contact": contact,
            "staff": centre.facilitator(booking.staff)?.name ?? organisation.name,
        ]
        let mail: [UInt8]
        do {
            mail = try MailLetter.bytes(
                subject: wording.text("intake.link.subject", values),
                body: wording.text("intake.link.body", values),
                language: addressee.language,
                to: addressee,
                from: organisation,
                stamp: now,
                key: "intake-link.\(id).\(now.secondsSince1970)"
            )
        } catch {
            throw .rendering(Phrase("service.what.initiatorLinkMail"), error)
        }
        do {
            return try transport.send(mail, from: organisation.organiser.email, to: addressee.email)
        } catch {
            throw ServiceError(
                .delivery,
                ServiceError.sentence(
                    Phrase("service.intake.linkRefused", ["reason": .verbatim(error.description)])
                ),
                isInputError: false
            )
        }
    }
}

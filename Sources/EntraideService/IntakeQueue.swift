internal import Calendaring
internal import Intake
internal import MailMessages
internal import Phrasebook
internal import PlanDocuments
internal import PlanningDomain
internal import WorkspaceStore

/// Puts intake invitations in the recruitment messages' queue, in the caller's transaction.
///
/// One e-mail per recipient (iMIP: the text in their language and the `.ics`), the `.ics` bytes kept as the
/// message's body, with the interview's SEQUENCE. `entraide send` and the server's send button deliver them
/// (``SendRecruitmentMessages``).
enum IntakeQueue {
    /// Queues `invitations` of `booking` with `writer`; a rendering failure throws and so rolls back the
    /// caller's transaction (the booking is not stored without its messages).
    static func queue(
        _ invitations: [IntakeInvitation],
        of booking: IntakeBookingRecord,
        kind: RecruitmentMessage.Kind,
        organisation: Organisation,
        in writer: WorkspaceWriter,
        at now: Instant
    ) throws {
        for invitation in invitations {
            let recipient: RecruitmentMessage.Recipient =
                switch invitation.recipient {
                case .initiator: .initiator
                case .staff(let id): .staff(id)
                }
            let body: [UInt8]
            let mail: [UInt8]
            do {
                body = try invitation.bytes()
                mail = try MailMessage.bytes(
                    for: invitation.document,
                    subject: invitation.subject,
                    body: invitation.text,
                    language: invitation.addressee.language,
                    to: invitation.addressee,
                    from: organisation,
                    stamp: now
                )
            } catch {
                throw ServiceError.rendering(Phrase("service.what.intakeInvitation"), error)
            }
            try writer.queueRecruitmentMessage(
                kind,
                group: booking.group,
                interview: booking.id,
                recipient: recipient,
                sequence: booking.sequence,
                body: body,
                mail: RecruitmentMessage.Mail(
                    bytes: mail,
                    from: organisation.organiser.email,
                    to: invitation.addressee.email
                ),
                at: now
            )
        }
    }
}

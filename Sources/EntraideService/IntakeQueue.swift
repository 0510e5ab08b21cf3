internal import Calendaring
internal import Intake
internal import PlanningDomain
internal import WorkspaceStore

/// Puts intake invitations in the recruitment messages' queue: one message per recipient, the `.ics` bytes as
/// its body, with the interview's SEQUENCE.
struct IntakeQueue {
    let workspace: Workspace

    func queue(
        _ invitations: [IntakeInvitation],
        of booking: IntakeBookingRecord,
        kind: RecruitmentMessage.Kind,
        at now: Instant
    ) throws(ServiceError) {
        var bodies: [(RecruitmentMessage.Recipient, [UInt8])] = []
        for invitation in invitations {
            let recipient: RecruitmentMessage.Recipient =
                switch invitation.recipient {
                case .initiator: .initiator
                case .staff(let id): .staff(id)
                }
            do {
                bodies.append((recipient, try invitation.bytes()))
            } catch {
                throw .rendering("the intake invitation", error)
            }
        }
        try WorkspaceAccess.write(workspace) { writer in
            for (recipient, body) in bodies {
                try writer.queueRecruitmentMessage(
                    kind,
                    group: booking.group,
                    interview: booking.id,
                    recipient: recipient,
                    sequence: booking.sequence,
                    body: body,
                    at: now
                )
            }
        }
    }
}

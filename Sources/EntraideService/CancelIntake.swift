internal import Intake
internal import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// The initiator or staff cancel a booked intake interview.
///
/// Stored as cancelled with SEQUENCE + 1 and, in the same transaction, a CANCEL queued for the initiator and for
/// the staff member in the recruitment messages' queue. The slot is free again at once.
public struct CancelIntake: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Cancels interview `id`; returns the stored interview.
    ///
    /// - Throws: `unknown-id` unless the interview is booked; `invalid-input` when the centre does not list its
    ///   staff member.
    @discardableResult
    public func run(_ id: String, at now: Instant) throws(ServiceError) -> IntakeBookingRecord {
        let (stored, centre) = try WorkspaceAccess.read(workspace) { (try $0.intakeBooking(id), try $0.centre()) }
        guard let stored, stored.status == .booked else {
            throw ServiceError(
                .unknownID,
                ServiceError.sentence(Phrase("service.intake.noBooked", ["id": .verbatim(id)])),
                isInputError: true
            )
        }
        guard let centre, let staff = centre.facilitator(stored.staff) else {
            throw ServiceError(
                .invalidInput,
                ServiceError.sentence(
                    Phrase("service.intake.unknownStaff", ["staff": .verbatim(stored.staff.rawValue)])
                ),
                isInputError: true
            )
        }
        let cancelled = try WorkspaceAccess.write(workspace) { writer in
            let cancelled = try writer.cancelIntake(id, at: now)
            let invitations = IntakeInvitations(organisation: centre.organisation, stamp: now)
                .cancel(IntakeInterview(record: stored, staff: staff)).invitations
            try IntakeQueue.queue(
                invitations,
                of: cancelled,
                kind: .intakeCancel,
                organisation: centre.organisation,
                in: writer,
                at: now
            )
            return cancelled
        }
        return cancelled
    }
}

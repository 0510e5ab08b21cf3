internal import Phrasebook
public import PlanningDomain
internal import WorkspaceStore

/// Moves a booked intake interview to another free slot: the same checks and atomic storage as booking, with
/// SEQUENCE + 1 on the REQUEST sent to the initiator and the staff member (RFC 5546 §3.2.2: a rescheduled
/// meeting is a new REQUEST of the same UID with a higher SEQUENCE).
public struct MoveIntake: Sendable {
    /// The booking use case it repeats.
    public let booking: BookIntake

    /// The use case.
    public init(booking: BookIntake) { self.booking = booking }

    /// Moves interview `id` to `start` by `mode`.
    ///
    /// - Throws: `unknown-id` unless the interview is booked; `slot-taken` and the errors of ``BookIntake``.
    public func run(
        _ id: String,
        to start: LocalDateTime,
        mode: InterviewMode,
        place: String? = nil,
        hours request: OfferIntakeSlots.Request,
        at now: Instant
    ) throws(ServiceError) -> BookIntake.Outcome {
        let stored = try WorkspaceAccess.read(booking.workspace) { try $0.intakeBooking(id) }
        guard stored?.status == .booked else {
            throw ServiceError(
                .unknownID,
                ServiceError.sentence(Phrase("service.intake.noBooked", ["id": .verbatim(id)])),
                isInputError: true
            )
        }
        return try booking.run(id, start: start, mode: mode, place: place, hours: request, at: now)
    }
}

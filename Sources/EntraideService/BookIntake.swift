public import Intake
internal import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// The initiator books (or moves) their intake interview: the slot is checked again against the staff member's
/// hours at that moment (busy calendars, sessions they lead, closures, away days, the buffer, other bookings),
/// stored atomically (of two bookings of the same slot at once exactly one wins), and a REQUEST goes to the
/// initiator and to the staff member through the recruitment messages' queue (SEQUENCE 0, or one more on a
/// move), in the booking's own transaction: a booking is never stored without its two e-mails.
public struct BookIntake: Sendable {
    /// Where the staff member's hours come from (the same request as ``OfferIntakeSlots``).
    public let offer: OfferIntakeSlots
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(offer: OfferIntakeSlots, workspace: Workspace) {
        self.offer = offer
        self.workspace = workspace
    }

    /// What was booked.
    public struct Outcome: Sendable {
        /// The stored interview.
        public var booking: IntakeBookingRecord
        /// The invitations queued (initiator first, then the staff member).
        public var invitations: [IntakeInvitation]
    }

    /// Books interview `id` at `start` (wall clock) by `mode`, checking against `hours` (its `staff` must be the
    /// interview's); `place` is the room or video link.
    ///
    /// - Throws: `slot-taken` when the slot is no longer free (with the reasons); `unknown-id` for an unknown or
    ///   cancelled interview; the errors of ``OfferIntakeSlots/hours(_:)``.
    public func run(
        _ id: String,
        start: LocalDateTime,
        mode: InterviewMode,
        place: String? = nil,
        hours request: OfferIntakeSlots.Request,
        at now: Instant
    ) throws(ServiceError) -> Outcome {
        let stored = try WorkspaceAccess.read(workspace) { try $0.intakeBooking(id) }
        guard let stored, stored.status != .cancelled, stored.staff == request.staff else {
            throw ServiceError(
                .unknownID,
                ServiceError.sentence(
                    Phrase(
                        "service.intake.noOpenWithStaff",
                        ["id": .verbatim(id), "staff": .verbatim(request.staff.rawValue)]
                    )
                ),
                isInputError: true
            )
        }
        var (hours, staff, centre) = try offer.hours(request)
        hours.booked = try WorkspaceAccess.read(workspace) { try $0.bookedIntakes(of: request.staff) }
            .compactMap { booked in
                guard let start = booked.startInstant, let end = booked.endInstant else { return nil }
                return BookedInterview(id: IntakeInterview.ID(booked.id), start: start, end: end)
            }
        let check = IntakeSlots.check(
            start: start,
            lengthMinutes: request.slots.lengthMinutes,
            modes: [mode],
            in: hours,
            notBefore: now,
            excluding: IntakeInterview.ID(id)
        )
        guard case .free(let slot) = check else {
            throw Self.taken(start, reasons: check)
        }
        var wanted = stored
        (wanted.start, wanted.end, wanted.startInstant, wanted.endInstant) =
            (slot.start, slot.end, slot.startInstant, slot.endInstant)
        (wanted.mode, wanted.place) = (mode, place)
        let booked: (IntakeBookingRecord, [IntakeInvitation])
        do {
            booked = try workspace.write { writer in
                let booking = try writer.bookIntake(wanted, at: now)
                let interview = IntakeInterview(record: booking, staff: staff)
                let invitations = IntakeInvitations(organisation: centre.organisation, stamp: now).request(interview)
                try IntakeQueue.queue(
                    invitations,
                    of: booking,
                    kind: .intakeRequest,
                    organisation: centre.organisation,
                    in: writer,
                    at: now
                )
                return (booking, invitations)
            }
        } catch let error as WorkspaceError where error.code == .slotTaken {
            throw Self.taken(start, reasons: .taken([]))
        } catch {
            throw WorkspaceAccess.map(error)
        }
        let (booking, invitations) = booked
        return Outcome(booking: booking, invitations: invitations)
    }

    static func taken(_ start: LocalDateTime, reasons: IntakeSlotCheck) -> ServiceError {
        var why = ""
        if case .taken(let conflicts) = reasons, !conflicts.isEmpty {
            why = " (" + conflicts.map { "\($0)" }.joined(separator: ", ") + ")"
        }
        return ServiceError(
            .slotTaken,
            ServiceError.sentence(
                Phrase("service.intake.slotTaken", ["start": .verbatim("\(start)"), "why": .verbatim(why)])
            ),
            isInputError: true
        )
    }
}

extension ServiceError.Code {
    /// The slot chosen was booked or became busy meanwhile.
    public static let slotTaken = Self(rawValue: "slot-taken")
}

extension IntakeInterview {
    /// The interview a stored booking describes, led by `staff`.
    init(record: IntakeBookingRecord, staff: Facilitator) {
        let start = record.start ?? LocalDate(dayNumber: 0).atMinute(0)
        self.init(
            id: ID(record.id),
            group: record.group,
            staff: staff,
            initiator: Person(
                name: record.initiatorName,
                email: record.initiatorEmail,
                language: Language(record.initiatorLanguage)
            ),
            start: start,
            end: record.end ?? start,
            mode: record.mode ?? .centre,
            place: record.place,
            sequence: record.sequence,
            isCancelled: record.status == .cancelled
        )
    }
}

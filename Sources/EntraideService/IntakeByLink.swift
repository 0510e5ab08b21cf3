import Foundation
public import Intake
internal import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// The initiator's side of the intake interview, through the personal link staff gave them
/// (``InviteInitiator``): the free slots of the offer, booking one, moving it, cancelling it.
///
/// A link that opens nothing (never issued, or of a cancelled interview) is `invalid-link`, whatever the reason.
public struct IntakeByLink: Sendable {
    /// What the page shows.
    public struct Page: Sendable {
        /// The stored interview.
        public var booking: IntakeBookingRecord
        /// The staff member's name.
        public var staffName: String
        /// The centre's name, e-mail and phone.
        public var organisation: Organisation
        /// The free slots now (none once cancelled).
        public var slots: [IntakeSlot]
    }

    /// The workspace.
    public let workspace: Workspace
    /// The reader of the staff member's calendars named by the offer.
    public let files: any InputFiles

    /// The use case.
    public init(workspace: Workspace, files: any InputFiles) {
        self.workspace = workspace
        self.files = files
    }

    /// The page of the interview the link opens, at `now`.
    public func page(_ link: SecretDigest, at now: Instant) throws(ServiceError) -> Page {
        let booking = try self.booking(link)
        let (hours, staff, centre) = try offer.hours(try request(booking, at: now))
        var slots: [IntakeSlot] = []
        if booking.status != .cancelled {
            var checked = hours
            checked.booked = try booked(booking.staff)
            let terms = try Self.terms(of: booking)
            slots = IntakeSlots.free(in: checked, terms.slots(notBefore: now))
                .filter { $0.startInstant != booking.startInstant }
        }
        return Page(booking: booking, staffName: staff.name, organisation: centre.organisation, slots: slots)
    }

    /// Books (or moves) the interview the link opens to the slot starting at `start`.
    ///
    /// - Throws: `invalid-link`; `slot-taken` when the slot is no longer free.
    public func book(
        _ link: SecretDigest,
        start: LocalDateTime,
        mode: InterviewMode,
        at now: Instant
    ) throws(ServiceError) -> BookIntake.Outcome {
        let booking = try self.booking(link)
        guard booking.status != .cancelled else { throw Self.invalidLink }
        let terms = try Self.terms(of: booking)
        guard terms.modes.contains(mode.rawValue) else {
            throw ServiceError(
                .notAllowed,
                ServiceError.sentence(
                    Phrase("service.intake.modeNotOffered", ["mode": Phrase("service.mode.\(mode.rawValue)")])
                ),
                isInputError: true
            )
        }
        return try BookIntake(offer: offer, workspace: workspace).run(
            booking.id,
            start: start,
            mode: mode,
            place: terms.place,
            hours: try request(booking, at: now),
            at: now
        )
    }

    /// Cancels the interview the link opens.
    ///
    /// - Throws: `invalid-link`; `unknown-id` when nothing is booked.
    public func cancel(_ link: SecretDigest, at now: Instant) throws(ServiceError) -> IntakeBookingRecord {
        let booking = try self.booking(link)
        return try CancelIntake(workspace: workspace).run(booking.id, at: now)
    }

    // MARK: - Helpers

    private var offer: OfferIntakeSlots { OfferIntakeSlots(files: files) }

    static let invalidLink = ServiceError(
        .invalidLink,
        ServiceError.sentence(Phrase("service.intake.invalidLink")),
        isInputError: true
    )

    private func booking(_ link: SecretDigest) throws(ServiceError) -> IntakeBookingRecord {
        guard let booking = try WorkspaceAccess.read(workspace, { try $0.intakeBooking(link: link) }) else {
            throw Self.invalidLink
        }
        return booking
    }

    private func booked(_ staff: Facilitator.ID) throws(ServiceError) -> [BookedInterview] {
        try WorkspaceAccess.read(workspace) { try $0.bookedIntakes(of: staff) }.compactMap { booked in
            guard let start = booked.startInstant, let end = booked.endInstant else { return nil }
            return BookedInterview(id: IntakeInterview.ID(booked.id), start: start, end: end)
        }
    }

    private func request(
        _ booking: IntakeBookingRecord,
        at now: Instant
    ) throws(ServiceError)
        -> OfferIntakeSlots.Request
    {
        let terms = try Self.terms(of: booking)
        return OfferIntakeSlots.Request(
            centre: .workspace(workspace),
            staff: booking.staff,
            calendars: terms.calendars,
            weekly: terms.weeklyWindows,
            bufferMinutes: terms.bufferMinutes,
            slots: terms.slots(notBefore: now)
        )
    }

    /// The terms the interview was offered on.
    public static func terms(of booking: IntakeBookingRecord) throws(ServiceError) -> IntakeOfferTerms {
        guard let text = booking.offerTerms,
            let terms = try? JSONDecoder().decode(IntakeOfferTerms.self, from: Data(text.utf8))
        else {
            throw ServiceError(
                .invalidInput,
                ServiceError.sentence(Phrase("service.intake.noTerms", ["id": .verbatim(booking.id)])),
                isInputError: true
            )
        }
        return terms
    }
}

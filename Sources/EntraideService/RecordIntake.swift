internal import Phrasebook
public import PlanningDomain
internal import PlanningInput
public import WorkspaceStore

/// `entraide intake record FORM.yaml`: what the intake interview recorded (need, theme, members' profile, type of
/// group, initiator's role, motivation) is kept with the group, and the group exists from then on as a draft.
///
/// In one transaction: the record is stored (replacing an earlier one of the group); when the workspace does not
/// hold the group yet, its draft is added (`IntakeRecord.draftGroup()`: the draft title and
/// theme, type and region; the centre's organisation, staff, rooms and closures; the standard sessions; no
/// candidate date and no participant yet) with the interview's staff member in charge, so that registrations,
/// the public page, the flyer and the recruitment view can start; the booked interview named is tied to the
/// group. A group already in the workspace keeps its own title and theme (its scenario's).
///
/// The confidential notes stay in the record: they never reach the group, its pages or its flyer.
public struct RecordIntake: Sendable {
    /// Where the form is read from.
    public let files: any InputFiles
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(files: any InputFiles, workspace: Workspace) {
        self.files = files
        self.workspace = workspace
    }

    /// What was kept.
    public struct Outcome: Hashable, Sendable {
        /// The record as read.
        public var record: IntakeRecord
        /// The group as the workspace now holds it (the draft, or the group already there).
        public var group: Group
        /// Whether the draft group was added by this call.
        public var isNewGroup: Bool
        /// The staff member in charge of the group.
        public var staffInCharge: Facilitator.ID?
    }

    /// Reads the form at `path` and keeps it; `interview` is the id of the booked interview to tie to the group.
    ///
    /// - Throws: the form's located errors (`invalid`); `invalid-input` without the centre's file in the
    ///   workspace or when the form's staff member is not the centre's; `unknown-id` for an interview the
    ///   workspace does not hold.
    public func run(form path: String, interview: String? = nil, at now: Instant) throws(ServiceError) -> Outcome {
        let record: IntakeRecord
        do {
            record = try IntakeReader().read(contentsOf: path, files: files)
        } catch {
            throw .invalid(error)
        }
        return try keep(record, interview: interview, at: now)
    }

    /// Keeps `record` (see the type's description).
    public func keep(_ record: IntakeRecord, interview: String? = nil, at now: Instant) throws(ServiceError) -> Outcome
    {
        let centre = try WorkspaceAccess.read(workspace) { try $0.centre() }
        guard let centre else {
            throw ServiceError(
                .invalidInput,
                ServiceError.sentence(Phrase("service.intake.noCentre")),
                isInputError: true
            )
        }
        let staff = record.interview?.staff
        if let staff, centre.facilitator(staff) == nil {
            throw ServiceError(
                .invalidInput,
                ServiceError.sentence(Phrase("service.intake.formStaff", ["staff": .verbatim(staff.rawValue)])),
                isInputError: true
            )
        }
        return try WorkspaceAccess.write(workspace) { writer in
            if let interview {
                guard let booking = try writer.intakeBooking(interview), booking.status != .cancelled else {
                    throw ServiceError(
                        .unknownID,
                        ServiceError.sentence(Phrase("service.intake.noOpen", ["id": .verbatim(interview)])),
                        isInputError: true
                    )
                }
                try writer.tieIntake(interview, to: record.group)
            }
            try writer.recordIntake(record, at: now)
            if let existing = try writer.scenario(of: record.group) {
                let inCharge = try writer.publicDescription(of: record.group).staffInCharge
                return Outcome(record: record, group: existing.group, isNewGroup: false, staffInCharge: inCharge)
            }
            let draft = Self.draft(of: record, centre: centre)
            _ = try writer.importScenario(draft, answers: [], at: now)
            try writer.setPublicDescription(PublicDescription(), staffInCharge: staff, of: record.group)
            return Outcome(record: record, group: draft.group, isNewGroup: true, staffInCharge: staff)
        }
    }

    /// The draft scenario of a recorded group: everything the centre knows, nothing the group has yet.
    static func draft(of record: IntakeRecord, centre: Centre) -> Scenario {
        let staff = record.interview.flatMap { centre.facilitator($0.staff) }
        return Scenario(
            organisation: centre.organisation,
            group: record.draftGroup(),
            facilitators: staff.map { [$0] } ?? centre.facilitators,
            venues: centre.venues,
            sessionRules: [.information, .founding1, .founding2, .review].map(SessionRule.standard),
            candidates: [],
            participants: [],
            closures: centre.closures,
            rules: PlanningRules(),
            travelBufferMinutes: centre.travelBufferMinutes
        )
    }
}

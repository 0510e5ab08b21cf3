import Foundation
internal import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// Staff give the person who wants to open a group (the initiator) a personal link to book their intake
/// interview: the interview is stored as offered, with the digest of the link's token (made by the caller from
/// a secure random source; only its SHA-256 digest reaches the workspace).
public struct InviteInitiator: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Stores interview `id` with `staff`, offered to the initiator on `terms` (what their page offers).
    ///
    /// - Throws: `invalid-input` for a missing name or a malformed e-mail address; `workspace` errors for an id
    ///   that breaks the id rule or is taken.
    public func run(
        _ id: String,
        group: Group.ID?,
        staff: Facilitator.ID,
        initiator: Registrations.Form,
        terms: IntakeOfferTerms,
        link digest: SecretDigest,
        at now: Instant
    ) throws(ServiceError) {
        let problems = initiator.problems.filter { $0.key != .phone || !initiator.phone.isEmpty }
        guard problems.isEmpty else {
            let fields = problems.keys.map(\.rawValue).sorted().joined(separator: ", ")
            throw ServiceError(
                .invalidInput,
                ServiceError.sentence(Phrase("service.intake.initiatorInvalid", ["fields": .verbatim(fields)])),
                isInputError: true
            )
        }
        let record = IntakeBookingRecord(
            id: id,
            group: group,
            staff: staff,
            status: .offered,
            initiatorName: initiator.name.trimmingCharacters(in: .whitespacesAndNewlines),
            initiatorEmail: initiator.email.trimmingCharacters(in: .whitespacesAndNewlines),
            initiatorPhone: initiator.phone.isEmpty ? nil : initiator.phone,
            initiatorLanguage: initiator.language,
            offerTerms: terms.json
        )
        try WorkspaceAccess.write(workspace) { try $0.offerIntake(record, link: digest, at: now) }
    }
}

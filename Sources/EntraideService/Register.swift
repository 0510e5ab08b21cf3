import Foundation
internal import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// A person registers for a group (the public page's form, or staff entering a registration taken by phone or
/// by mail): kept with its source and consent, on the waiting list beyond the maximum size (and then offered the
/// other groups on the same theme that have a place, ``NextGroups``), sent a confirmation
/// that carries their personal link through the link e-mails' queue, and, when the quorum becomes reachable, the
/// staff member in charge told once (``QuorumNotice``).
public struct Register: Sendable {
    /// The version of the consent text the forms show; stored with each consent.
    public static let consentVersion = "2026-12"

    /// What the form says.
    public struct Request: Sendable {
        /// Name, e-mail and/or phone, language, step-free need.
        public var form: Registrations.Form
        /// How the person heard of the group, or how staff received the registration.
        public var source: RegistrationSource
        /// Whether the person agreed to the processing of their data (refused without it).
        public var hasConsent: Bool

        /// A request.
        public init(form: Registrations.Form, source: RegistrationSource, hasConsent: Bool) {
            self.form = form
            self.source = source
            self.hasConsent = hasConsent
        }
    }

    /// What happened.
    public struct Outcome: Hashable, Sendable {
        /// The new participant's id.
        public var participant: Participant.ID
        /// Their rank on the waiting list, `nil` when they have a place.
        public var waitingRank: Int?
        /// On the waiting list: the other groups on the same theme that have a place (``NextGroups``); empty
        /// otherwise.
        public var nextGroups: [NextGroups.Offer]
        /// The confirmation e-mail with their link, queued (absent without an e-mail address).
        public var linkMessage: LinkMessageEntry.ID?
        /// Whether this registration made the quorum reachable and the staff notice was queued.
        public var notifiedStaff: Bool
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Registers the person at `instant`.
    ///
    /// - Throws: `invalid-input` without consent, or when the form has problems (an e-mail address or a phone
    ///   number is needed, each well formed); `workspace` errors for an unknown group.
    public func run(_ request: Request, group: Group.ID, at instant: Instant) throws(ServiceError) -> Outcome {
        try Self.check(request)
        let (registration, message) = try WorkspaceAccess.write(workspace) { writer in
            let id = Registrations.nextID(after: try writer.participantIDs(of: group))
            let person = request.form.participant(id)
            let registration = try writer.addRegistration(
                person,
                phone: request.form.trimmedPhone,
                source: request.source,
                at: instant,
                consentVersion: Self.consentVersion,
                to: group
            )
            let message = person.email.isEmpty ? nil : try writer.queueLinkMessage(to: id, in: group, at: instant)
            return (registration, message)
        }
        let notified = try QuorumNotice(workspace: workspace).run(group: group, at: instant)
        let next =
            registration.waitingRank == nil ? [] : try NextGroups(workspace: workspace).run(after: group, at: instant)
        return Outcome(
            participant: registration.registration.participant,
            waitingRank: registration.waitingRank,
            nextGroups: next,
            linkMessage: message,
            notifiedStaff: notified
        )
    }

    /// The form's problems, with an e-mail address optional when a phone number is given.
    public static func problems(of request: Request) -> [Registrations.Field: Registrations.Problem] {
        var problems = request.form.problems
        let hasPhone = !request.form.phone.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        if problems[.email] == .missing, hasPhone, problems[.phone] == nil { problems[.email] = nil }
        return problems
    }

    private static func check(_ request: Request) throws(ServiceError) {
        guard request.hasConsent else {
            throw ServiceError(
                .invalidInput,
                ServiceError.sentence(Phrase("service.register.consent")),
                isInputError: true
            )
        }
        let problems = problems(of: request)
        guard problems.isEmpty else {
            throw Registrations.incomplete(problems)
        }
    }
}

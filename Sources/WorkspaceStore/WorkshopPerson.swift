public import PlanningDomain

/// A person of the coordinator's workshops the workspace has written to, as it keeps them (the
/// `workshop_person` table, schema `v10-workshop-people`): what is needed to reach them again.
///
/// The interest file is the people's own list and Entraide does not store it. Once a publication queues a message
/// to a person (an invitation, a cancellation or a waiting-list letter), the workspace keeps their name, e-mail
/// address and language, refreshed from the interest file at each publication, so that a `CANCEL` still reaches
/// them when they are gone from it. `entraide forget` erases them (status `forgotten`).
public struct WorkshopPerson: Hashable, Sendable, Identifiable {
    /// Where the person stands.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        /// In the interest file of the latest publication.
        case active
        /// Absent from the interest file of the latest publication; kept so that their invitations can be
        /// cancelled.
        case withdrawn
        /// Erased on request: an anonymous tombstone, never written to again.
        case forgotten
    }

    /// Their id in the interest file.
    public var id: Participant.ID
    /// Where the person stands.
    public var status: Status
    /// Their full name; empty once forgotten (or when a workspace older than version 10 did not keep it).
    public var name: String
    /// The address their messages go to; empty once forgotten.
    public var email: String
    /// The language they read, or `nil` when unknown (forgotten, or kept by a workspace older than version 10).
    public var language: Language?

    /// A person as stored.
    public init(id: Participant.ID, status: Status, name: String, email: String, language: Language?) {
        self.id = id
        self.status = status
        self.name = name
        self.email = email
        self.language = language
    }

    /// The person as a participant a message can be written to, reading `fallback` when their language is
    /// unknown; `nil` when forgotten or without an address.
    public func participant(readingOtherwise fallback: Language) -> Participant? {
        guard status != .forgotten, !email.isEmpty else { return nil }
        return Participant(id: id, name: name, email: email, language: language ?? fallback, answers: [:])
    }
}

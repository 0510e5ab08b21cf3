import Phrasebook

extension WorkspaceError {
    /// No person of the workshops with this id: the workspace never wrote to them.
    static func unknownWorkshopPerson(_ person: String, _ file: String) -> Self {
        Self(
            code: .unknownParticipant,
            file: file,
            phrase: Phrase("workspace.workshopPeople.unknown", ["id": .verbatim(person)])
        )
    }

    /// No group's participant and no person of the workshops with this id.
    static func unknownPerson(_ person: String, _ file: String) -> Self {
        Self(
            code: .unknownParticipant,
            file: file,
            phrase: Phrase("workspace.workshopPeople.unknownAnywhere", ["id": .verbatim(person)])
        )
    }

    /// The id names a participant of `groups` and a person of the workshops.
    static func ambiguousPerson(_ person: String, groups: [String], _ file: String) -> Self {
        Self(
            code: .ambiguousParticipant,
            file: file,
            phrase: Phrase("workspace.workshopPeople.ambiguous", ["id": .verbatim(person), "groups": .list(groups)])
        )
    }
}

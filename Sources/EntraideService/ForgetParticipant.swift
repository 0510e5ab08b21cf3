internal import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// `entraide forget PARTICIPANT`: a person's right to erasure.
///
/// Their name, e-mail address and answers are
/// erased (anonymous counts stay), their id stays as a tombstone, the file is scrubbed. The person is a group's
/// participant or a person of the coordinator's workshops the workspace wrote to (`WorkshopPerson`): then their
/// name, address and language are erased, their workshop messages in the outbox lose their bytes and addresses
/// and are never sent, and no publication writes to them again.
public struct ForgetParticipant: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Erases the participant; `group` may be `nil` when the id names one person only (in one group, or among
    /// the people of the workshops).
    /// - Returns: whom it erased.
    @discardableResult
    public func run(_ participant: Participant.ID, in group: Group.ID?) throws(ServiceError) -> ErasureScope {
        try run(participant, scope: group.map { .group($0) })
    }

    /// Erases the participant of a group or the person of the workshops; `scope` may be `nil` when the id names
    /// one person only.
    /// - Returns: whom it erased.
    /// - Throws: `workspace` errors for an unknown or ambiguous id; `unknown-id` when they were already forgotten.
    @discardableResult
    public func run(_ participant: Participant.ID, scope: ErasureScope?) throws(ServiceError) -> ErasureScope {
        let forgotten = try WorkspaceAccess.write(workspace) { try $0.forgetPerson(participant, in: scope) }
        guard forgotten.isErased else {
            throw ServiceError(
                .unknownID,
                .joined(
                    [
                        .verbatim("\(workspace.path): error: "),
                        Phrase("service.forget.unknown", ["id": .verbatim("\(participant)")]),
                    ],
                    separator: ""
                ),
                isInputError: true
            )
        }
        return forgotten.scope
    }
}

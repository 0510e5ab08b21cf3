internal import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// `entraide forget PARTICIPANT`: a person's right to erasure.
///
/// Their name, e-mail address and answers are
/// erased (anonymous counts stay), their id stays as a tombstone, the file is scrubbed.
public struct ForgetParticipant: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Erases the participant; `group` may be `nil` when the id is in one group only.
    public func run(_ participant: Participant.ID, in group: Group.ID?) throws(ServiceError) {
        let forgotten = try WorkspaceAccess.write(workspace) { try $0.forget(participant, in: group) }
        guard forgotten else {
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
    }
}

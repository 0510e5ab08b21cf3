public import OutputFiles
import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// `entraide outbox`: what was recorded to be sent, and its delivery state, by ids only; and any message
/// written again as its `.ics` and `.eml`.
public struct Outbox: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// The messages of one group (all for `nil`) in some states (all for `nil`), in the order they were
    /// recorded.
    public func list(group: Group.ID?, states: Set<DeliveryState.Kind>?) throws(ServiceError) -> [OutboxEntry] {
        try WorkspaceAccess.read(workspace) { try $0.outbox(group: group, states: states) }
    }

    /// The messages of recruitment (intake invitations, quorum notices) of one group (all for `nil`; interviews
    /// not yet tied to a group only then) in some states (all for `nil`), oldest first.
    public func recruitment(
        group: Group.ID?,
        states: Set<DeliveryState.Kind>?
    ) throws(ServiceError) -> [RecruitmentMessage] {
        try WorkspaceAccess.read(workspace) { try $0.recruitmentMessages(states: states) }
            .filter { group == nil || $0.group == group }
    }

    /// The files of some messages, again: `<run>/<recipients>/<id>/<session>.ics` and `.eml`, the run numbered
    /// as in `entraide publish`'s folders so that two runs' messages to one person never meet.
    ///
    /// - Throws: `unknown-id` for an id the outbox does not hold, or whose bytes were erased (its participant
    ///   was forgotten).
    public func files(of ids: [OutboxMessage.ID]) throws(ServiceError) -> OutputBundle {
        let messages = try WorkspaceAccess.read(workspace) { reader in
            try ids.map { id in (id, try reader.outboxMessage(id)) }
        }
        var bundle = OutputBundle(command: "outbox write")
        for (id, message) in messages {
            guard let message else {
                throw ServiceError(
                    .unknownID,
                    .joined(
                        [
                            .verbatim("\(workspace.path): error: "),
                            Phrase("service.noMessageToWrite", ["id": .verbatim(id.description)]),
                        ],
                        separator: ""
                    ),
                    isInputError: true
                )
            }
            let run = String(message.entry.run.rawValue)
            let folder = String(repeating: "0", count: max(0, 4 - run.count)) + run
            let components = [folder] + message.entry.fileStem.split(separator: "/").map(String.init)
            do {
                let stem = components.dropLast()
                let name = components.last ?? ""
                // A waiting-list letter is an e-mail only.
                if message.entry.method != .letter {
                    bundle.add(message.ics, at: try BundlePath(components: stem + ["\(name).ics"]))
                }
                bundle.add(message.eml, at: try BundlePath(components: stem + ["\(name).eml"]))
            } catch {
                throw ServiceError(
                    .workspace,
                    .joined([.verbatim("\(workspace.path): error: "), error.phrase], separator: ""),
                    isInputError: true
                )
            }
        }
        return bundle
    }
}

public import PlanningDomain
internal import Recruitment
public import WorkspaceStore

/// When a group's quorum becomes reachable, one message to the staff member in charge through the recruitment
/// messages' queue: queued once per group (the workspace's unique index keeps a second from being queued).
///
/// The message names the group by id and gives counts only: no participant's name or address.
public struct QuorumNotice: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Queues the notice if the quorum is reachable and none was queued; returns whether this call queued it.
    ///
    /// Without a staff member in charge (none stored, the group names no facilitator),
    /// nothing is queued.
    @discardableResult
    public func run(group: Group.ID, at instant: Instant) throws(ServiceError) -> Bool {
        let status = try RecruitmentStatus(workspace: workspace).run(group: group, at: instant)
        guard status.figures.isQuorumReachable, let staff = status.staffInCharge else { return false }
        let body = Self.text(group: group, figures: status)
        return try WorkspaceAccess.write(workspace) { writer in
            try writer.queueRecruitmentMessage(
                .quorumReachable,
                group: group,
                interview: nil,
                recipient: .staff(staff),
                sequence: 0,
                body: Array(body.utf8),
                at: instant
            )
        }
    }

    static func text(group: Group.ID, figures status: RecruitmentStatus.Outcome) -> String {
        let figures = status.figures
        return "Group '\(group)': the quorum of \(figures.quorum) can be reached "
            + "(\(figures.members.count) registered, maximum \(figures.maximumSize), "
            + "\(figures.waitingList.count) waiting). The group is ready to plan: propose the dates.\n"
    }
}

public import PlanningDomain

extension WorkspaceReader {
    /// What the hand-over of a group last sent, or `nil` when it was never handed over.
    /// - Throws: `unknown-group`; `unreadable-workspace` for a damaged row.
    public func handover(of group: Group.ID) throws(WorkspaceError) -> HandoverPublication? {
        try requireGroup(group)
        return try run { db in try HandoverRows.handover(of: group, db) }
    }
}

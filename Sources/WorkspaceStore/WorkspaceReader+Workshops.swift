public import PlanningDomain

extension WorkspaceReader {
    /// What the publication of the coordinator's workshops last sent: one record per person and workshop, by
    /// workshop then person.
    public func workshopPublications() throws(WorkspaceError) -> [WorkshopPublication] {
        try run { db in try WorkshopPublicationRows.publications(db) }
    }

    /// The waiting-list ranks last written to people, by workshop then person.
    public func waitingNotices() throws(WorkspaceError) -> [WaitingNotice] {
        try run { db in try WorkshopPublicationRows.notices(db) }
    }
}

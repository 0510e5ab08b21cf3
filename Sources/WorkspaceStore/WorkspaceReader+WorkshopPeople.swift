extension WorkspaceReader {
    /// The people of the workshops the workspace has written to, by id, forgotten tombstones included.
    public func workshopPeople() throws(WorkspaceError) -> [WorkshopPerson] {
        try run { db in try WorkshopPeopleRows.people(db) }
    }
}

import GRDB

extension WorkspaceSchema {
    // MARK: - Version 5: the centre's canton

    /// Adds the canton whose public holidays are closures to the centre's organisation.
    ///
    /// What runs after the import (the hand-over's holidays) then takes the centre's canton. `NULL` for a
    /// workspace written before: nobody knows it yet, and the next import of a scenario or centre file sets it.
    ///
    /// Frozen once shipped: it writes with its own SQL, never through the code of later versions.
    static func addOrganisationCanton(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE centre ADD COLUMN canton TEXT")
    }
}

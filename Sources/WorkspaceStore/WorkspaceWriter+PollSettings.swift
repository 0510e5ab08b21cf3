import GRDB
import Phrasebook
public import PlanningDomain

extension WorkspaceReader {
    /// How the group's poll shows on participants' pages (``PollSettings/standard`` until staff change it).
    public func pollSettings(of group: Group.ID) throws(WorkspaceError) -> PollSettings {
        try run { db in
            try StoredRow.fetchAll(
                db,
                table: "group_web",
                key: ["group_id"],
                sql: "SELECT * FROM group_web WHERE group_id = ?",
                arguments: [group.rawValue]
            ).first.map { row in
                PollSettings(
                    isOpen: try row.bool("is_poll_open"),
                    showsTitle: try row.bool("shows_title"),
                    showsCounts: try row.bool("shows_counts")
                )
            } ?? .standard
        }
    }
}

extension WorkspaceWriter {
    /// Changes how the group's poll shows on participants' pages.
    ///
    /// - Throws: `invalid-identifier`, `unknown-group`.
    public func setPollSettings(_ settings: PollSettings, of group: Group.ID) throws(WorkspaceError) {
        try ImportChecks.id(group.rawValue, Phrase("workspace.what.groupID"), file)
        try requireGroup(group)
        try run { db in
            try db.execute(
                sql: """
                    INSERT INTO group_web (group_id, is_poll_open, shows_title, shows_counts) VALUES (?, ?, ?, ?)
                    ON CONFLICT (group_id) DO UPDATE SET is_poll_open = excluded.is_poll_open,
                        shows_title = excluded.shows_title, shows_counts = excluded.shows_counts
                    """,
                arguments: [group.rawValue, settings.isOpen, settings.showsTitle, settings.showsCounts]
            )
        }
    }
}

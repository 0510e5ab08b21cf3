import GRDB
public import PlanningDomain

/// What a command may read inside ``Workspace/read(_:)`` or ``Workspace/write(_:)``: one consistent state.
///
/// Valid only inside the closure it is passed to. Every list comes sorted by id (or in the scenario's order,
/// for what a scenario holds), so the same workspace always reads the same way.
public class WorkspaceReader {
    let db: Database
    /// The workspace file, for errors.
    let file: String

    init(_ db: Database, file: String) {
        self.db = db
        self.file = file
    }

    /// The ids of the groups imported, sorted.
    public func groups() throws(WorkspaceError) -> [Group.ID] {
        try run { db in try String.fetchAll(db, sql: "SELECT id FROM workspace_group ORDER BY id").map { Group.ID($0) }
        }
    }

    /// The group's scenario as last imported, with its active participants only, or `nil` for an unknown group.
    ///
    /// Withdrawn and forgotten participants are left out; everything else reads back equal (`==`) to the
    /// scenario imported.
    public func scenario(of group: Group.ID) throws(WorkspaceError) -> Scenario? {
        try run { db in try ScenarioRows.scenario(of: group, db) }
    }

    /// The participants no longer in the group's latest import, with their data, sorted by id.
    ///
    /// A CANCEL must reach them. Forgotten participants are not among them: see ``forgottenParticipants(of:)``.
    public func withdrawnParticipants(of group: Group.ID) throws(WorkspaceError) -> [Participant] {
        try run { db in try ScenarioRows.participants(of: group, status: .withdrawn, db).sorted { $0.id < $1.id } }
    }

    /// The ids of the group's forgotten participants (anonymous tombstones), sorted.
    public func forgottenParticipants(of group: Group.ID) throws(WorkspaceError) -> [Participant.ID] {
        try run { db in
            try String.fetchAll(
                db,
                sql: "SELECT id FROM participant WHERE group_id = ? AND status = 'forgotten' ORDER BY id",
                arguments: [group.rawValue]
            ).map { Participant.ID($0) }
        }
    }

    /// The active or withdrawn participants with this e-mail address, sorted.
    ///
    /// Addresses are compared without regard to case or surrounding spaces. There are several when one person
    /// registered for several groups; forgotten participants have no address any more.
    public func participants(withEmail email: String) throws(WorkspaceError) -> [ParticipantReference] {
        let key = WorkspaceSchema.emailKey(email)
        guard !key.isEmpty else { return [] }
        return try run { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT group_id, id FROM participant WHERE email_key = ? AND status != 'forgotten'
                    ORDER BY group_id, id
                    """,
                arguments: [key]
            ).map { ParticipantReference(group: Group.ID($0["group_id"]), participant: Participant.ID($0["id"])) }
        }
    }

    /// The candidate chosen for each session of the group's published plan; empty when none was recorded.
    public func pinnedSessions(of group: Group.ID) throws(WorkspaceError) -> [SessionKind: CandidateSlot.ID] {
        try run { db in try PublicationRows.pinned(of: group, db) }
    }

    /// What was last sent about each session of the group, in session order; empty when nothing was sent.
    public func publications(of group: Group.ID) throws(WorkspaceError) -> [SessionPublication] {
        try run { db in try PublicationRows.publications(of: group, db) }
    }

    /// Everything in the workspace as `entraide-workspace-export/1` JSON (WORKSPACE.md, "Export"): pretty,
    /// keys sorted, UTF-8, ending with a newline; the same workspace always gives the same bytes.
    public func exportJSON() throws(WorkspaceError) -> [UInt8] {
        try run { db in try WorkspaceExport.document(db).jsonBytes }
    }

    // MARK: - Internal helpers

    /// Runs a query, turning SQLite's errors and unreadable stored values into workspace errors.
    func run<T>(_ body: (Database) throws -> T) throws(WorkspaceError) -> T {
        do {
            return try body(db)
        } catch let error as StoredValueError {
            throw .unreadable(file, "a stored value cannot be read: \(error.what)")
        } catch {
            throw .from(error, file: file)
        }
    }

    /// Throws `unknown-group` unless the group was imported.
    func requireGroup(_ group: Group.ID) throws(WorkspaceError) {
        let exists = try run { db in
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM workspace_group WHERE id = ?)",
                arguments: [group.rawValue]
            ) ?? false
        }
        guard exists else { throw .unknownGroup(group.rawValue, file) }
    }
}

@available(*, unavailable)
extension WorkspaceReader: Sendable {}

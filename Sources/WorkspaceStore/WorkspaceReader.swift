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
        try run { db in
            try StoredRow.fetchAll(db, table: "workspace_group", key: ["id"], sql: "SELECT id FROM workspace_group")
                .map { try $0.id("id") as Group.ID }.sorted()
        }
    }

    /// The group's scenario as last imported, with its active participants only, or `nil` for an unknown group.
    ///
    /// The organisation, the travel buffer and the closures are the centre's (all closures, whichever scenario
    /// or centre file gave them); the facilitators and venues are those the scenario named, in its order, from the centre's records,
    /// with the group's own busy, tentative and booked candidates. Each participant's answer for a candidate is
    /// the one `AnswerMerge.winner(of:)` chooses among every answer stored (see ``givenAnswers(of:)``).
    /// Withdrawn and forgotten participants are left out. `bookings` is empty: other groups' sessions are
    /// ``bookings(excludingGroup:)``. A scenario imported alone, with its answers as one layer, reads back
    /// equal (`==`) to itself, closures sorted.
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
            try StoredRow.fetchAll(
                db,
                table: "participant",
                key: ["group_id", "id"],
                sql: "SELECT group_id, id FROM participant WHERE group_id = ? AND status = 'forgotten'",
                arguments: [group.rawValue]
            ).map { try $0.id("id") as Participant.ID }.sorted()
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
            try StoredRow.fetchAll(
                db,
                table: "participant",
                key: ["group_id", "id"],
                sql: "SELECT group_id, id FROM participant WHERE email_key = ? AND status != 'forgotten'",
                arguments: [key]
            ).map { ParticipantReference(group: try $0.id("group_id"), participant: try $0.id("id")) }.sorted()
        }
    }

    /// The candidate chosen for each session of the group's published plan; empty when none was recorded.
    public func pinnedSessions(of group: Group.ID) throws(WorkspaceError) -> [SessionKind: CandidateSlot.ID] {
        try run { db in try PublicationRows.pinned(of: group, db) }
    }

    /// What was last sent about each session of the group, in session order, with the facilitator published and
    /// the copies participants and facilitators hold; empty when nothing was sent.
    public func publications(of group: Group.ID) throws(WorkspaceError) -> [SessionPublication] {
        try run { db in try PublicationRows.publications(of: group, db) }
    }

    /// Everything in the workspace as `entraide-workspace-export/2` JSON (WorkspaceStore documentation, `WorkspaceInDetail`, "Export").
    ///
    /// Pretty, keys sorted, UTF-8, ending with a newline; the same workspace always gives the same bytes. The
    /// outbox appears as metadata only: no bytes, no addresses, no server text.
    public func exportJSON() throws(WorkspaceError) -> [UInt8] {
        try run { db in try WorkspaceExport.document(db).jsonBytes }
    }

    // MARK: - Internal helpers

    /// Runs a query, turning SQLite's errors and unreadable stored values into workspace errors.
    func run<T>(_ body: (Database) throws -> T) throws(WorkspaceError) -> T {
        do {
            return try body(db)
        } catch {
            throw .from(error, file: file)
        }
    }

    /// Throws `unknown-group` unless the group was imported.
    func requireGroup(_ group: Group.ID) throws(WorkspaceError) {
        let exists = try run { db in
            try StoredRow.fetchAll(
                db,
                table: "workspace_group",
                key: ["id"],
                sql: "SELECT id FROM workspace_group WHERE id = ?",
                arguments: [group.rawValue]
            ).isEmpty == false
        }
        guard exists else { throw .unknownGroup(group.rawValue, file) }
    }
}

@available(*, unavailable)
extension WorkspaceReader: Sendable {}

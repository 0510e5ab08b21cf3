import GRDB
import Phrasebook
public import PlanningDomain

extension WorkspaceReader {
    /// The bcrypt hash of a staff account's password, or `nil` when there is no such account.
    public func staffPasswordHash(_ name: String) throws(WorkspaceError) -> String? {
        try run { db in
            try StoredRow.fetchAll(
                db,
                table: "staff_account",
                key: ["name"],
                sql: "SELECT name, password_hash FROM staff_account WHERE name = ?",
                arguments: [name]
            ).first.map { try $0.text("password_hash") }
        }
    }

    /// Every staff account's name, sorted.
    public func staffNames() throws(WorkspaceError) -> [String] {
        try run { db in
            try StoredRow.fetchAll(db, table: "staff_account", key: ["name"], sql: "SELECT name FROM staff_account")
                .map { try $0.text("name") }.sorted()
        }
    }
}

extension WorkspaceWriter {
    /// Creates a staff account with the hash of its password (bcrypt, made by the caller: the workspace never
    /// sees a password).
    ///
    /// - Throws: `invalid-identifier` when the name breaks `IdentifierRule`; `duplicate-id` when the account
    ///   exists.
    public func addStaff(name: String, passwordHash: String, at instant: Instant) throws(WorkspaceError) {
        try ImportChecks.id(name, .verbatim("the staff account's name"), file)
        guard try staffPasswordHash(name) == nil else { throw .duplicate("staff account", name, file) }
        try run { db in
            try db.execute(
                sql: """
                    INSERT INTO staff_account (name, password_hash, created_at, password_changed_at)
                    VALUES (?, ?, ?, ?)
                    """,
                arguments: [name, passwordHash, instant.secondsSince1970, instant.secondsSince1970]
            )
        }
    }

    /// Replaces a staff account's password hash.
    ///
    /// - Throws: `unknown-staff`.
    public func setStaffPassword(name: String, passwordHash: String, at instant: Instant) throws(WorkspaceError) {
        guard try staffPasswordHash(name) != nil else { throw .unknownStaff(name, file) }
        try run { db in
            try db.execute(
                sql: "UPDATE staff_account SET password_hash = ?, password_changed_at = ? WHERE name = ?",
                arguments: [passwordHash, instant.secondsSince1970, name]
            )
        }
    }

    /// Deletes a staff account; its sessions stop working at their next request (the server checks the account).
    ///
    /// - Returns: whether there was such an account.
    public func removeStaff(name: String) throws(WorkspaceError) -> Bool {
        try run { db in
            try db.execute(sql: "DELETE FROM staff_account WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }
}

import Foundation
import GRDB
public import PlanningDomain

extension WorkspaceReader {
    /// The value stored for a session, by the digest of its id, unless it expired at `now`.
    public func webSession(
        _ key: SecretDigest,
        at now: Instant
    ) throws(WorkspaceError) -> (
        value: [UInt8], expiresAt: Instant?
    )? {
        try run { db in
            try StoredRow.fetchAll(
                db,
                table: "web_session",
                key: [],
                sql: "SELECT value, expires_at FROM web_session WHERE key_digest = ?",
                arguments: [Data(key.bytes)]
            ).first.flatMap { row -> ([UInt8], Instant?)? in
                let expiresAt = try row.optionalInstant("expires_at")
                if let expiresAt, expiresAt <= now { return nil }
                return (try row.bytes("value"), expiresAt)
            }
        }
    }
}

extension WorkspaceWriter {
    /// Stores a session's value under the digest of its id; `expiresAt` `nil` keeps the expiry it had.
    public func storeWebSession(_ key: SecretDigest, value: [UInt8], expiresAt: Instant?) throws(WorkspaceError) {
        try run { db in
            try db.execute(
                sql: """
                    INSERT INTO web_session (key_digest, value, expires_at) VALUES (?, ?, ?)
                    ON CONFLICT (key_digest) DO UPDATE SET value = excluded.value,
                        expires_at = coalesce(excluded.expires_at, expires_at)
                    """,
                arguments: [Data(key.bytes), Data(value), expiresAt?.secondsSince1970]
            )
        }
    }

    /// Whether a session of that digest exists (expired or not).
    public func hasWebSession(_ key: SecretDigest) throws(WorkspaceError) -> Bool {
        try run { db in
            try !StoredRow.fetchAll(
                db,
                table: "web_session",
                key: [],
                sql: "SELECT 1 AS one FROM web_session WHERE key_digest = ?",
                arguments: [Data(key.bytes)]
            ).isEmpty
        }
    }

    /// Deletes a session (signing out).
    public func removeWebSession(_ key: SecretDigest) throws(WorkspaceError) {
        try run { db in
            try db.execute(sql: "DELETE FROM web_session WHERE key_digest = ?", arguments: [Data(key.bytes)])
        }
    }

    /// Deletes the sessions expired at `now`; returns how many.
    @discardableResult
    public func removeExpiredWebSessions(at now: Instant) throws(WorkspaceError) -> Int {
        try run { db in
            try db.execute(
                sql: "DELETE FROM web_session WHERE expires_at IS NOT NULL AND expires_at <= ?",
                arguments: [now.secondsSince1970]
            )
            return db.changesCount
        }
    }
}

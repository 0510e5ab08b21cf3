import Foundation
import GRDB

extension WorkspaceWriter {
    /// The web server's secret key (form tokens, client buckets): the one stored, or `candidate` stored now when
    /// there is none yet, so that every server on this workspace, before and after a restart, uses the same.
    public func serverKey(storingIfMissing candidate: [UInt8]) throws(WorkspaceError) -> [UInt8] {
        try run { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO server_key (id, key) VALUES (1, ?)",
                arguments: [Data(candidate)]
            )
            guard
                let row = try StoredRow.fetchAll(
                    db,
                    table: "server_key",
                    key: ["id"],
                    sql: "SELECT id, key FROM server_key WHERE id = 1"
                ).first
            else { throw SchemaMismatch(problem: "table 'server_key' has no row after one was written") }
            return try row.bytes("key")
        }
    }
}

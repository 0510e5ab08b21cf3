import GRDB
public import PlanningDomain

extension WorkspaceReader {
    /// The attempts counted in `bucket` during the window of `seconds` that contains `now` (0 once it is over).
    public func attempts(in bucket: String, at now: Instant, window seconds: Int) throws(WorkspaceError) -> Int {
        try run { db in
            try StoredRow.fetchAll(
                db,
                table: "rate_limit",
                key: ["bucket"],
                sql: "SELECT bucket, window_start, count FROM rate_limit WHERE bucket = ?",
                arguments: [bucket]
            ).first.map { row in
                let start = try row.integer("window_start")
                return Int(now.secondsSince1970) - start < seconds ? try row.integer("count") : 0
            } ?? 0
        }
    }
}

extension WorkspaceWriter {
    /// Counts one attempt in `bucket` (a failed sign-in, an unknown link) and returns the attempts of the
    /// current window, this one included.
    ///
    /// A window of `seconds` starts at the first attempt after the previous one ended. Stored in the workspace,
    /// so that restarting the server does not reset the count. Buckets name what is limited
    /// (`sign-in:anne`, `client:…`) and hold no personal data.
    public func countAttempt(in bucket: String, at now: Instant, window seconds: Int) throws(WorkspaceError) -> Int {
        try run { db in
            try db.execute(
                sql: """
                    INSERT INTO rate_limit (bucket, window_start, count) VALUES (:bucket, :now, 1)
                    ON CONFLICT (bucket) DO UPDATE SET
                        count = CASE WHEN :now - window_start < :seconds THEN count + 1 ELSE 1 END,
                        window_start = CASE WHEN :now - window_start < :seconds THEN window_start ELSE :now END
                    """,
                arguments: ["bucket": bucket, "now": now.secondsSince1970, "seconds": seconds]
            )
        }
        return try attempts(in: bucket, at: now, window: seconds)
    }

    /// Forgets the attempts of `bucket` (after a successful sign-in).
    public func clearAttempts(in bucket: String) throws(WorkspaceError) {
        try run { db in try db.execute(sql: "DELETE FROM rate_limit WHERE bucket = ?", arguments: [bucket]) }
    }
}

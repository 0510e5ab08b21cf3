public import PlanningDomain
public import WorkspaceStore

/// What the web server keeps for its own security, in the workspace (its only store): staff sessions (by the
/// digest of their id), counters of failed attempts (sign-in, unknown links) that survive a restart, and the
/// server's secret key for form tokens.
public struct WebSecurityRecords: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The records.
    public init(workspace: Workspace) { self.workspace = workspace }

    // MARK: - Sessions

    /// A session's value unless it expired at `now`.
    public func session(
        _ key: SecretDigest,
        at now: Instant
    ) throws(ServiceError) -> (
        value: [UInt8], expiresAt: Instant?
    )? {
        try WorkspaceAccess.read(workspace) { try $0.webSession(key, at: now) }
    }

    /// Stores a session's value; `expiresAt` `nil` keeps its expiry.
    public func storeSession(_ key: SecretDigest, value: [UInt8], expiresAt: Instant?) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) { try $0.storeWebSession(key, value: value, expiresAt: expiresAt) }
    }

    /// Stores a new session; false (nothing stored) when one has that digest already.
    public func createSession(_ key: SecretDigest, value: [UInt8], expiresAt: Instant?) throws(ServiceError) -> Bool {
        try WorkspaceAccess.write(workspace) { writer in
            guard try !writer.hasWebSession(key) else { return false }
            try writer.storeWebSession(key, value: value, expiresAt: expiresAt)
            return true
        }
    }

    /// Deletes a session.
    public func removeSession(_ key: SecretDigest) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) { try $0.removeWebSession(key) }
    }

    /// Deletes the sessions expired at `now`.
    @discardableResult
    public func removeExpiredSessions(at now: Instant) throws(ServiceError) -> Int {
        try WorkspaceAccess.write(workspace) { try $0.removeExpiredWebSessions(at: now) }
    }

    // MARK: - Attempts

    /// The failed attempts of `bucket` in the current window.
    public func attempts(in bucket: String, at now: Instant, window seconds: Int) throws(ServiceError) -> Int {
        try WorkspaceAccess.read(workspace) { try $0.attempts(in: bucket, at: now, window: seconds) }
    }

    /// Counts a failed attempt; returns the attempts of the window, this one included.
    @discardableResult
    public func countAttempt(in bucket: String, at now: Instant, window seconds: Int) throws(ServiceError) -> Int {
        try WorkspaceAccess.write(workspace) { try $0.countAttempt(in: bucket, at: now, window: seconds) }
    }

    /// Forgets a bucket's attempts.
    public func clearAttempts(in bucket: String) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) { try $0.clearAttempts(in: bucket) }
    }

    // MARK: - Key

    /// The server's key: the stored one, or `candidate` stored now.
    public func serverKey(storingIfMissing candidate: [UInt8]) throws(ServiceError) -> [UInt8] {
        try WorkspaceAccess.write(workspace) { try $0.serverKey(storingIfMissing: candidate) }
    }
}

public import PlanningDomain
public import WorkspaceStore

/// Staff accounts: created on the command line (`entraide staff add NAME`), checked when staff sign in on the
/// web page.
///
/// The workspace keeps each password's bcrypt hash only; hashing and checking are the caller's (the front
/// end's), with a library made for it.
public struct StaffAccounts: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Creates an account.
    ///
    /// - Throws: `workspace` errors: a name that breaks the id rule, an account that exists.
    public func add(_ name: String, passwordHash: String, at instant: Instant) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) { try $0.addStaff(name: name, passwordHash: passwordHash, at: instant) }
    }

    /// Replaces an account's password hash.
    public func setPassword(_ name: String, passwordHash: String, at instant: Instant) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) {
            try $0.setStaffPassword(name: name, passwordHash: passwordHash, at: instant)
        }
    }

    /// Deletes an account; returns whether it existed.
    @discardableResult
    public func remove(_ name: String) throws(ServiceError) -> Bool {
        try WorkspaceAccess.write(workspace) { try $0.removeStaff(name: name) }
    }

    /// Every account's name, sorted.
    public func names() throws(ServiceError) -> [String] {
        try WorkspaceAccess.read(workspace) { try $0.staffNames() }
    }

    /// The stored hash of an account's password, `nil` for an unknown name.
    public func passwordHash(of name: String) throws(ServiceError) -> String? {
        try WorkspaceAccess.read(workspace) { try $0.staffPasswordHash(name) }
    }
}

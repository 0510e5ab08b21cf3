public import EntraideService
public import PlanningDomain
public import WorkspaceStore

/// Everything the server is built from: the workspace, where it listens, the address people reach it at, the
/// clock, the mail server, and the limits.
public struct ServerConfiguration: Sendable {
    /// The workspace: the server's only store.
    public var workspace: Workspace
    /// The host to listen on (`127.0.0.1` by default: behind a reverse proxy).
    public var host: String
    /// The port to listen on.
    public var port: Int
    /// The address people open (`https://entraide.example.ch`), used in personal links.
    ///
    /// `nil` for `http://host:port`. When it starts with `https://`, cookies are `Secure` and HSTS is sent.
    public var baseURL: String?
    /// Whether a reverse proxy in front adds `X-Forwarded-For` (its last entry is then the client's address,
    /// for the rate limits); never set it when clients reach the server directly.
    public var trustsForwardedFor: Bool
    /// The current time (the only clock the server reads).
    public var clock: @Sendable () -> Instant
    /// The mail server for invitations and link e-mails; `nil` when the server sends no mail (messages wait in
    /// the outbox for `entraide send`).
    public var mailTransport: (any MailTransport)?
    /// The limits on failed attempts.
    public var limits: AttemptLimits
    /// bcrypt's cost for new password hashes (12 by default; tests lower it).
    public var bcryptCost: UInt8
    /// How long a staff session lasts, in seconds.
    public var sessionSeconds: Int

    /// A configuration; `baseURL` `nil` means `http://host:port`.
    public init(
        workspace: Workspace,
        host: String = "127.0.0.1",
        port: Int = 8080,
        baseURL: String? = nil,
        trustsForwardedFor: Bool = false,
        clock: @escaping @Sendable () -> Instant = SystemClock.now,
        mailTransport: (any MailTransport)? = nil,
        limits: AttemptLimits = AttemptLimits(),
        bcryptCost: UInt8 = 12,
        sessionSeconds: Int = 8 * 3600
    ) {
        self.workspace = workspace
        self.host = host
        self.port = port
        self.baseURL = baseURL
        self.trustsForwardedFor = trustsForwardedFor
        self.clock = clock
        self.mailTransport = mailTransport
        self.limits = limits
        self.bcryptCost = bcryptCost
        self.sessionSeconds = sessionSeconds
    }

    /// The address links start with, without a final `/`.
    public var publicBase: String {
        var base = baseURL ?? "http://\(host):\(port)"
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }

    /// Whether people reach the server over HTTPS (through a proxy): cookies are then `Secure`.
    public var isSecure: Bool { publicBase.lowercased().hasPrefix("https://") }
}

/// How many failed attempts are allowed in a window before further attempts are refused (429) until it ends.
public struct AttemptLimits: Sendable {
    /// The window, in seconds (15 minutes by default).
    public var windowSeconds: Int
    /// Failed sign-ins per account name.
    public var signInsPerAccount: Int
    /// Failed sign-ins per client address.
    public var signInsPerClient: Int
    /// Unknown or revoked links opened per client address.
    public var linksPerClient: Int

    /// Limits.
    public init(
        windowSeconds: Int = 900,
        signInsPerAccount: Int = 5,
        signInsPerClient: Int = 20,
        linksPerClient: Int = 20
    ) {
        self.windowSeconds = windowSeconds
        self.signInsPerAccount = signInsPerAccount
        self.signInsPerClient = signInsPerClient
        self.linksPerClient = linksPerClient
    }
}

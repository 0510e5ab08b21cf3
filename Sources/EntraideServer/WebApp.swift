internal import EntraideService
import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import HummingbirdAuth
internal import PlanningDomain
internal import WorkspaceStore

/// The server's shared parts: configuration, templates, the key of form tokens, staff sessions, the queue of
/// participants' answers; and what every route does alike (form tokens, client buckets, error pages).
struct WebApp: Sendable {
    let configuration: ServerConfiguration
    let pages: Pages
    /// The key of the form tokens and client buckets (kept in the workspace, the same after a restart).
    let key: [UInt8]
    /// hummingbird-auth's session storage, in the workspace.
    let sessions: SessionStorage<StaffSession>
    let answers: AnswerQueue
    let records: WebSecurityRecords
    /// plan.html's style sheet, as the pages link it.
    let reportStyle: String
    /// The buckets without failed attempts, as this server last read or made them.
    let cleanBuckets = CleanBuckets()
    /// A bcrypt hash of a random password, checked when a sign-in names an unknown account (same work, same time).
    let decoyHash: String

    var workspace: Workspace { configuration.workspace }

    func now() -> Instant { configuration.clock() }

    /// The centre's name for the header, or « Entraide » before any import.
    func brand() async -> String {
        let centre = try? await Blocking.run { [workspace] in
            try WorkspaceAccess.read(workspace) { try $0.centre()?.organisation.name }
        }
        return (centre ?? nil) ?? "Entraide"
    }

    // MARK: - Form tokens (CSRF)

    /// The form token of a staff session.
    func staffToken(_ session: StaffSession) -> String { Secrets.hmac("staff:\(session.id ?? "")", key: key) }

    /// The form token of a personal link's page.
    func linkToken(_ token: String) -> String { Secrets.hmac("link:\(token)", key: key) }

    /// The form token of the sign-in form, bound to its cookie.
    func signInToken(_ cookie: String) -> String { Secrets.hmac("sign-in:\(cookie)", key: key) }

    /// Throws `forbidden` unless the form carries `expected` and the request comes from this server's pages.
    func checkForm(_ fields: FormFields, expected: String, request: Request) throws {
        guard let sent = fields["csrf"], Secrets.isEqualInConstantTime(sent, expected), isSameOrigin(request) else {
            throw WebError.forbidden
        }
    }

    /// Whether a form's `Origin` (when the browser sends one) is this server's: the `--base-url`'s, or without
    /// one, `http://` and the `Host` the browser asked for (`localhost` and `127.0.0.1` are different origins).
    func isSameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        guard configuration.baseURL != nil else {
            guard let host = request.head.authority else { return false }
            return origin.lowercased() == "http://\(host)".lowercased()
        }
        let base = configuration.publicBase
        guard let scheme = base.range(of: "://") else { return false }
        let authority = base[scheme.upperBound...].prefix { $0 != "/" }
        return origin.lowercased() == (base[..<scheme.upperBound] + authority).lowercased()
    }

    // MARK: - Clients and limits

    /// The client's address for the limits: the peer, or the last `X-Forwarded-For` entry when a trusted proxy
    /// adds it; stored only as an HMAC, never as the address.
    func clientBucket(_ request: Request, context: WebContext) -> String {
        var address = context.peerAddress ?? "local"
        if configuration.trustsForwardedFor,
            let forwarded = request.headers[SecurityHeaders<WebContext>.name("X-Forwarded-For")],
            let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty
        {
            address = last
        }
        return "client:" + Secrets.hmac("client:\(address)", key: key).prefix(32)
    }

    /// The bucket of an account name typed at sign-in (an HMAC: a password typed in the wrong field is never
    /// stored).
    func accountBucket(_ name: String) -> String {
        "sign-in:" + Secrets.hmac("account:\(name.lowercased())", key: key).prefix(32)
    }

    /// Failed attempts of `bucket` in the current window (the workspace's count; a bucket found clean is
    /// remembered as such until this server counts a failure in it, so most requests read nothing).
    func attempts(_ bucket: String) async throws -> Int {
        if cleanBuckets.contains(bucket) { return 0 }
        let now = now()
        let window = configuration.limits.windowSeconds
        let count = try await Blocking.run { [records] in try records.attempts(in: bucket, at: now, window: window) }
        if count == 0 { cleanBuckets.insert(bucket) }
        return count
    }

    /// Counts a failed attempt in each bucket.
    func countFailure(_ buckets: [String]) async throws {
        for bucket in buckets { cleanBuckets.remove(bucket) }
        let now = now()
        let window = configuration.limits.windowSeconds
        try await Blocking.run { [records] in
            for bucket in buckets { try records.countAttempt(in: bucket, at: now, window: window) }
        }
    }

    /// The minutes until a window ends at most (for the « try again in » sentence).
    var windowMinutes: Int { (configuration.limits.windowSeconds + 59) / 60 }

    // MARK: - Reading bodies

    /// The fields of a URL-encoded form, at most 64 KiB.
    func form(_ request: Request) async throws -> FormFields {
        let buffer = try await request.body.collect(upTo: WebLimits.formBytes)
        return FormFields(urlEncoded: Array(buffer.readableBytesView))
    }

    /// Runs a use case off the event loops.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await Blocking.run(body)
    }
}

/// The rate-limit buckets known to hold no failed attempt.
///
/// A count only grows when this server counts a failure (which takes the bucket out), so a clean bucket stays clean without reading the workspace. One server
/// per workspace (README): another server's failures would not be seen until this one restarts. At most 100,000
/// buckets are remembered; past that the set starts again empty.
final class CleanBuckets: @unchecked Sendable {
    private let lock = NSLock()
    private var buckets: Set<String> = []

    func contains(_ bucket: String) -> Bool { lock.withLock { buckets.contains(bucket) } }

    func insert(_ bucket: String) {
        lock.withLock {
            if buckets.count >= 100_000 { buckets.removeAll(keepingCapacity: true) }
            buckets.insert(bucket)
        }
    }

    func remove(_ bucket: String) { _ = lock.withLock { buckets.remove(bucket) } }
}

/// The refusals every route may give, rendered as pages by ``ErrorPages``.
enum WebError: Error {
    /// A form without its token, or from elsewhere (403).
    case forbidden
    /// No such page (404).
    case notFound
    /// A personal link that opens nothing (404, the same for every reason).
    case invalidLink
    /// Too many failed attempts from this client (429).
    case tooManyAttempts
    /// A request this server cannot read (400).
    case badRequest
    /// The poll is closed (409).
    case pollClosed
}

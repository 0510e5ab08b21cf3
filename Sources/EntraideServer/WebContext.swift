public import Hummingbird
internal import NIOCore

/// The context of one request: Hummingbird's core, the peer's address (for the rate limits) and, on staff
/// pages, who is signed in.
public struct WebContext: RequestContext {
    /// Hummingbird's storage.
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address as text; `nil` when there is none (in-process tests).
    public let peerAddress: String?
    /// The staff member signed in, set by the staff pages' guard.
    public var staff: StaffSession?

    /// A context for a request on `source`'s connection.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.peerAddress = source.channel.remoteAddress?.ipAddress
        self.staff = nil
    }

    /// Uploads (a poll export, a calendar) may be up to 2 MiB; forms are limited further where they are read.
    public var maxUploadSize: Int { WebLimits.uploadBytes }
}

/// The sizes the server accepts.
enum WebLimits {
    /// A form without file: 64 KiB.
    static let formBytes = 64 * 1024
    /// A form with a file: 2 MiB.
    static let uploadBytes = 2 * 1024 * 1024
}

/// What a staff session holds: who signed in and when (seconds since 1970).
public struct StaffSession: Codable, Sendable, Hashable {
    /// The account's name.
    public var name: String
    /// When they signed in.
    public var signedInAt: Int64
    /// The session's id (the cookie's value), kept in the request only, never stored: form tokens are derived
    /// from it.
    public var id: String?

    /// A session.
    public init(name: String, signedInAt: Int64, id: String? = nil) {
        self.name = name
        self.signedInAt = signedInAt
        self.id = id
    }

    private enum CodingKeys: String, CodingKey {
        case name, signedInAt
    }
}

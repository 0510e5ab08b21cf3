internal import HummingbirdBcrypt

/// Staff passwords: checked for length, hashed with bcrypt (hummingbird-auth's), never stored in clear.
public enum StaffPassword {
    /// The fewest characters a password may have.
    public static let minimumLength = 12
    /// bcrypt's cost for the passwords `entraide staff add` stores.
    public static let cost: UInt8 = 12

    /// Why a password is refused, or `nil`.
    public static func problem(with password: String) -> String? {
        if password.count < minimumLength { return "the password must have at least \(minimumLength) characters" }
        if password.utf8.count > 72 { return "the password must have at most 72 bytes (bcrypt's limit)" }
        return nil
    }

    /// The bcrypt hash of a password (a new random salt each time).
    public static func hash(_ password: String, cost: UInt8 = StaffPassword.cost) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// Whether a password matches a stored hash.
    public static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }
}

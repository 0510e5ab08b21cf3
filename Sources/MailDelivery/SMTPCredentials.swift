internal import Phrasebook

/// The user name and password for SMTP authentication (RFC 4954), read from the environment only.
///
/// Never taken from the command line, where other users of the machine and the shell history would see the
/// password. Its descriptions never show either value.
public struct SMTPCredentials: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The variable that holds the user name.
    public static let userVariable = "ENTRAIDE_SMTP_USER"
    /// The variable that holds the password.
    public static let passwordVariable = "ENTRAIDE_SMTP_PASSWORD"

    /// The user name the server knows.
    public var user: String
    /// The password; never printed.
    public var password: String

    /// Creates credentials.
    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }

    /// Reads ``userVariable`` and ``passwordVariable``: both set gives credentials, neither gives `nil`.
    ///
    /// - Parameter environment: The process environment, or another one in tests.
    /// - Throws: ``DeliveryError`` with code ``DeliveryError/Code/incompleteCredentials`` when only one is set
    ///   or one is empty; the error names the variable, never its value.
    /// - Returns: The credentials, or `nil` when neither variable is set.
    public static func fromEnvironment(_ environment: [String: String]) throws(DeliveryError) -> SMTPCredentials? {
        let user = environment[userVariable]
        let password = environment[passwordVariable]
        switch (user, password) {
        case (nil, nil):
            return nil
        case (let user?, let password?) where !user.isEmpty && !password.isEmpty:
            return SMTPCredentials(user: user, password: password)
        default:
            let missing = (user ?? "").isEmpty ? userVariable : passwordVariable
            let other = missing == userVariable ? passwordVariable : userVariable
            throw DeliveryError(
                code: .incompleteCredentials,
                source: missing,
                phrase: Phrase("delivery.incompleteCredentials", ["other": .verbatim(other)])
            )
        }
    }

    /// Hides both values.
    public var description: String { "SMTPCredentials(user: <hidden>, password: <hidden>)" }

    /// Hides both values.
    public var debugDescription: String { description }
}

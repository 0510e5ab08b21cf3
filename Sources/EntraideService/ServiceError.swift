public import PlanningInput
public import WorkspaceStore

/// Why a use case could not do what was asked: the one error type of the use-case layer.
///
/// ``isInputError`` separates what the person can fix (a bad file, an unknown group: exit status 2 in the CLI,
/// a 4xx page on the server) from failures of the system (a full disk: exit status 1). ``message`` is a whole
/// text in the form every reader renders (`file:line:column: error: …`, one problem per line); it names people
/// by id only, never by name or address.
public struct ServiceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem; extensible, stable for tests and for the server's mapping to pages.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The kebab-case name (`invalid-input`).
        public let rawValue: String
        /// A code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The name.
        public var description: String { rawValue }

        /// A file given is not valid (the located problems are in the message).
        public static let invalidInput = Code(rawValue: "invalid-input")
        /// A workspace error (its own code is in the message).
        public static let workspace = Code(rawValue: "workspace")
        /// A group id the workspace does not hold.
        public static let unknownGroup = Code(rawValue: "unknown-group")
        /// A participant or other id the workspace does not hold.
        public static let unknownID = Code(rawValue: "unknown-id")
        /// The group has nothing published yet where that is needed.
        public static let notPublished = Code(rawValue: "not-published")
        /// No feasible plan where one is needed (sheets, attendance): the explanation says why.
        public static let infeasible = Code(rawValue: "infeasible")
        /// A document could not be rendered (libical, cairo): a failure of the system, not of the input.
        public static let rendering = Code(rawValue: "rendering")
        /// Sending a message failed.
        public static let delivery = Code(rawValue: "delivery")
    }

    /// What kind of problem.
    public var code: Code
    /// The whole text to show.
    public var message: String
    /// Whether the person can fix it (exit status 2) rather than the system failing (exit status 1).
    public var isInputError: Bool

    /// An error.
    public init(_ code: Code, _ message: String, isInputError: Bool) {
        self.code = code
        self.message = message
        self.isInputError = isInputError
    }

    /// The message.
    public var description: String { message }

    /// Every problem of the files read, rendered like a compiler's.
    public static func invalid(_ errors: ScenarioErrors) -> ServiceError {
        ServiceError(.invalidInput, errors.rendered, isInputError: true)
    }

    /// A workspace error, input or system as it says.
    public static func workspace(_ error: WorkspaceError) -> ServiceError {
        ServiceError(.workspace, error.description, isInputError: error.isInputError)
    }

    /// A failure of a renderer (not the input's fault).
    public static func rendering(_ what: String, _ cause: any Error) -> ServiceError {
        ServiceError(.rendering, "error: \(what) could not be written (\(cause)).", isInputError: false)
    }
}

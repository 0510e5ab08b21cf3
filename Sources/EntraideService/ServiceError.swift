public import Phrasebook
public import PlanningDomain
public import PlanningInput
public import WorkspaceStore

/// Why a use case could not do what was asked: the one error type of the use-case layer.
///
/// ``isInputError`` separates what the person can fix (a bad file, an unknown group: exit status 2 in the CLI,
/// a 4xx page on the server) from failures of the system (a full disk: exit status 1). ``phrase`` is a whole
/// text in the form every reader renders (`file:line:column: error: …`, one problem per line), worded by the
/// front end in the person's language (``message(in:)``); it names people by id only, never by name or address.
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
        /// What a publication would send changed since the preview staff approved (web page).
        public static let previewOutdated = Code(rawValue: "preview-outdated")
        /// A personal link that is unknown, revoked, or of someone no longer in the group (web page).
        public static let invalidLink = Code(rawValue: "invalid-link")
        /// A change the state does not allow: answering a closed poll, declining a session not held (web page).
        public static let notAllowed = Code(rawValue: "not-allowed")
    }

    /// What kind of problem.
    public var code: Code
    /// The whole text to show, to be worded in the person's language.
    public var phrase: Phrase
    /// Whether the person can fix it (exit status 2) rather than the system failing (exit status 1).
    public var isInputError: Bool
    /// The language of the scenario or centre read, when known: what the text is worded in when the person
    /// stated no language.
    public var documentLanguage: Language?

    /// An error whose text is worded late.
    public init(_ code: Code, _ phrase: Phrase, isInputError: Bool, documentLanguage: Language? = nil) {
        self.code = code
        self.phrase = phrase
        self.isInputError = isInputError
        self.documentLanguage = documentLanguage
    }

    /// An error whose text is already written and reads the same in every language: only for a text that is
    /// already worded (a diagnostic passed through) or not yet worded by its owner; prefer a `Phrase`.
    public init(_ code: Code, verbatim message: String, isInputError: Bool) {
        self.init(code, .verbatim(message), isInputError: isInputError)
    }

    /// The whole text in English.
    public var message: String { phrase.english }

    /// The whole text in `language`.
    public func message(in language: Language) -> String { phrase.text(in: language) }

    /// The message in English.
    public var description: String { message }

    /// `error: SENTENCE`: a problem without a file.
    public static func sentence(_ phrase: Phrase) -> Phrase {
        .joined([.verbatim("error: "), phrase], separator: "")
    }

    /// Every problem of the files read, rendered like a compiler's.
    public static func invalid(_ errors: ScenarioErrors) -> ServiceError {
        ServiceError(.invalidInput, errors.diagnostic, isInputError: true, documentLanguage: errors.language)
    }

    /// A workspace error, input or system as it says.
    public static func workspace(_ error: WorkspaceError) -> ServiceError {
        ServiceError(.workspace, error.diagnostic, isInputError: error.isInputError)
    }

    /// A failure of a renderer (not the input's fault): `error: WHAT could not be written (CAUSE).`, the cause
    /// worded when its type has a phrase, else as the library wrote it (libical's, cairo's own words).
    public static func rendering(_ what: Phrase, _ cause: any Error) -> ServiceError {
        ServiceError(
            .rendering,
            sentence(Phrase("service.rendering", ["what": what, "cause": causePhrase(cause)])),
            isInputError: false
        )
    }

    /// ``rendering(_:_:)`` for a `what` not yet worded by its owner.
    public static func rendering(verbatim what: String, _ cause: any Error) -> ServiceError {
        rendering(.verbatim(what), cause)
    }
}

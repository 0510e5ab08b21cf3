public import Phrasebook
public import PlanningDomain

/// Why a workspace could not be created, opened, read or changed.
///
/// The message is a full sentence naming the workspace file and what to do. It names groups and participants by
/// id only, never by name or e-mail address, and it never quotes SQLite's own text, which may hold stored values.
public struct WorkspaceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong; new codes may be added.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code as a word (`newer-schema`).
        public let rawValue: String

        /// Wraps a code word.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// There is no workspace file in the folder (or no such folder).
        public static let missingWorkspace = Code(rawValue: "missing-workspace")
        /// `create` found a workspace file already there.
        public static let workspaceExists = Code(rawValue: "workspace-exists")
        /// The workspace was written by a newer Entraide, with a schema this one does not know.
        public static let newerSchema = Code(rawValue: "newer-schema")
        /// The file is not an Entraide workspace, it is damaged (SQLITE_NOTADB, SQLITE_CORRUPT), or a table, a
        /// column or a stored value does not read back (edited by hand); the message names the table, the column
        /// and the row's key.
        public static let unreadableWorkspace = Code(rawValue: "unreadable-workspace")
        /// The file or its folder cannot be written (permissions, read-only disk; SQLITE_READONLY).
        public static let readOnly = Code(rawValue: "read-only")
        /// The disk is full (SQLITE_FULL).
        public static let diskFull = Code(rawValue: "disk-full")
        /// Another command kept the workspace locked longer than the busy timeout (SQLITE_BUSY, SQLITE_LOCKED).
        public static let busy = Code(rawValue: "busy")
        /// Any other failure of the storage: an I/O error, a constraint SQLite enforces, a failed system call.
        public static let storageFailure = Code(rawValue: "storage-failure")
        /// No group with this id has been imported.
        public static let unknownGroup = Code(rawValue: "unknown-group")
        /// No participant with this id (in this group, when one is given).
        public static let unknownParticipant = Code(rawValue: "unknown-participant")
        /// A participant id given without a group belongs to several groups.
        public static let ambiguousParticipant = Code(rawValue: "ambiguous-participant")
        /// An id that breaks `IdentifierRule` (or a file stem made of such ids); the id is not quoted.
        public static let invalidIdentifier = Code(rawValue: "invalid-identifier")
        /// No candidate slot with this id in the group.
        public static let unknownSlot = Code(rawValue: "unknown-slot")
        /// No facilitator with this id among the centre's records.
        public static let unknownFacilitator = Code(rawValue: "unknown-facilitator")
        /// The participant exists but is withdrawn or forgotten: no answer may be recorded for them.
        public static let inactiveParticipant = Code(rawValue: "inactive-participant")
        /// An import gave answers of origin `recorded`, which only `recordAnswer` may store.
        public static let invalidAnswerOrigin = Code(rawValue: "invalid-answer-origin")
        /// No outbox message with this id.
        public static let unknownMessage = Code(rawValue: "unknown-message")
        /// The outbox message is not in a state that allows the change asked for (sending one already sent,
        /// requeueing one being sent, anything but reading an erased one).
        public static let deliveryState = Code(rawValue: "delivery-state")

        /// The code word.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// The workspace file concerned, as a path.
    public var file: String
    /// The sentence shown to the user, what happened and what to do, to be worded in their language.
    public var phrase: Phrase

    /// Creates an error from its code, the workspace file and the sentence to show.
    public init(code: Code, file: String, phrase: Phrase) {
        self.code = code
        self.file = file
        self.phrase = phrase
    }

    /// Creates an error whose sentence is already written (in English): it reads the same in every language.
    public init(code: Code, file: String, message: String) {
        self.init(code: code, file: file, phrase: .verbatim(message))
    }

    /// The sentence in English.
    public var message: String { phrase.english }

    /// Whether the input is at fault (exit code 2), rather than the machine (exit code 1).
    ///
    /// A missing, newer, damaged or read-only workspace and an unknown id are input errors; a full disk, a lock
    /// held too long or another storage failure is not.
    public var isInputError: Bool {
        switch code {
        case .diskFull, .busy, .storageFailure: false
        default: true
        }
    }

    /// `FILE: error: SENTENCE`, the way every Entraide error is printed, as a phrase.
    public var diagnostic: Phrase { .joined([.verbatim("\(file): error: "), phrase], separator: "") }

    /// `FILE: error: SENTENCE` in `language`.
    public func rendered(in language: Language) -> String { diagnostic.text(in: language) }

    /// `FILE: error: SENTENCE` in English.
    public var description: String { rendered(in: .english) }
}

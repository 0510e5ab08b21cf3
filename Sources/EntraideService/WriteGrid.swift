internal import AvailabilityImport
internal import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// `entraide grid GROUP|SCENARIO --out FILE`: an empty answer grid for a group, in the staff member's language,
/// to fill in by phone or on paper and read back as a poll (`format: grid`).
///
/// The grid is a CSV that Excel opens (UTF-8 with a byte-order mark, `;`): a first line that marks it as
/// Entraide's, then a header `participant` and one column per candidate occasion headed by its date and time
/// (`mar. 02.03.2027 18h30`), then one row per participant, by id only. See `AvailabilityImport`'s
/// `GridTemplate`.
public struct WriteGrid: Sendable {
    /// Which group, and in which language.
    public struct Request: Hashable, Sendable {
        /// Where the group is read from.
        public enum Group: Hashable, Sendable {
            /// A scenario file, with the files it names (generated candidates that cannot be used are left out).
            case scenario(String)
            /// A group of the workspace, by id.
            case stored(PlanningDomain.Group.ID)
        }

        /// The group.
        public var group: Group
        /// The language of the headings; the group organisation's language when `nil`.
        public var language: Language?

        /// A request.
        public init(group: Group, language: Language? = nil) {
            self.group = group
            self.language = language
        }
    }

    /// Where a scenario file and its files are read from.
    public let source: ScenarioSource
    /// The workspace, for a stored group.
    public let workspace: Workspace?

    /// The use case.
    public init(source: ScenarioSource, workspace: Workspace? = nil) {
        self.source = source
        self.workspace = workspace
    }

    /// The grid's bytes.
    public func run(_ request: Request) throws(ServiceError) -> [UInt8] {
        let scenario: Scenario
        switch request.group {
        case .scenario(let path):
            scenario = try source.load(path).scenario
        case .stored(let id):
            guard let workspace else {
                throw ServiceError(
                    .unknownGroup,
                    ServiceError.sentence(Phrase("service.grid.needsWorkspace", ["group": .verbatim("\(id)")])),
                    isInputError: true
                )
            }
            scenario = try GroupAccess.scenarioAndPublications(of: id, in: workspace).0
        }
        return GridTemplate(scenario: scenario, language: request.language ?? scenario.organisation.language).bytes
    }

    /// Whether what is at the output path may be replaced by a new grid.
    ///
    /// Only nothing, or a grid Entraide wrote in which no answer has been typed yet: anything else is the user's
    /// and is kept.
    public static func mayReplace(_ existing: InputFile) -> Bool {
        switch existing {
        case .missing: true
        case .bytes(let bytes): GridTemplate.isUntouched(bytes)
        case .directory, .unreadable: false
        }
    }
}

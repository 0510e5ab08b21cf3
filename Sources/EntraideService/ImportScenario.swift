internal import AvailabilityImport
public import PlanningDomain
public import WorkspaceStore

/// `entraide import SCENARIO`: a scenario and every file it names, into the workspace, in one transaction.
///
/// Idempotent: importing the same files twice changes nothing the second time.
public struct ImportScenario: Sendable {
    /// Where the scenario and its files are read from.
    public let source: ScenarioSource
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(source: ScenarioSource, workspace: Workspace) {
        self.source = source
        self.workspace = workspace
    }

    /// Reads everything, then stores it; nothing is stored when a file is invalid.
    public func run(scenario path: String, now: Instant) throws(ServiceError) -> ImportSummary {
        let loaded = try source.load(path)
        return try WorkspaceAccess.write(workspace) { try $0.importScenario(loaded.scenario) }
    }
}

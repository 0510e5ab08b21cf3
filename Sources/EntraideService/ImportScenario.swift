internal import AvailabilityImport
public import PlanningDomain
public import WorkspaceStore

/// `entraide import SCENARIO`: a scenario and every file it names, into the workspace, in one transaction.
///
/// The scenario may leave out the organisation, facilitators and venues and refer to the centre's records,
/// which are read from the workspace first; what it does define updates the centre's records (the summary says
/// which fields changed). Each source's answers are stored under their origin, so a re-import never erases an
/// answer recorded one at a time. Idempotent: importing the same files twice changes nothing the second time.
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
        let centre = try WorkspaceAccess.read(workspace) { try $0.centre() }
        let loaded: LoadedScenario
        do {
            loaded = try source.loader.load(
                contentsOf: path,
                centre: centre.map { LoadedCentre(centre: $0) },
                files: source.files
            )
        } catch {
            throw .invalid(error)
        }
        return try WorkspaceAccess.write(workspace) { writer in
            let summary = try writer.importScenario(loaded.scenario, answers: loaded.answerLayers, at: now)
            // The public words the file gives (the public page and the flyer show them) replace the stored ones.
            let words = loaded.publicDescription
            if words.text != nil || words.audience != nil {
                let group = loaded.scenario.group.id
                let inCharge = try writer.publicDescription(of: group).staffInCharge
                try writer.setPublicDescription(words, staffInCharge: inCharge, of: group)
            }
            return summary
        }
    }
}

/// `entraide import --centre CENTRE.yaml`: the centre's organisation, facilitators, venues and closures, on
/// their own, into the workspace.
public struct ImportCentre: Sendable {
    /// Where the centre file and its calendars are read from.
    public let source: ScenarioSource
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(source: ScenarioSource, workspace: Workspace) {
        self.source = source
        self.workspace = workspace
    }

    /// Reads the centre file and the calendars it names, then updates the centre's records.
    public func run(centre path: String, now: Instant) throws(ServiceError) -> CentreImportSummary {
        let loaded: LoadedCentre
        do {
            loaded = try CentreLoader(holidays: source.loader.holidays).load(contentsOf: path, files: source.files)
        } catch {
            throw .invalid(error)
        }
        return try WorkspaceAccess.write(workspace) { try $0.importCentre(loaded.centre, at: now) }
    }
}

internal import AvailabilityImport
public import PlanningDomain
internal import PlanningInput
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

    /// What the import did.
    public struct Outcome: Sendable {
        /// What changed in the centre's records.
        public var summary: CentreImportSummary
        /// The workshops of the file's `workshops:` section, which the workspace does not store (the catalogue is
        /// read by `entraide calendar`); empty when the file has none.
        public var workshopsNotStored: [Workshop.ID]
    }

    /// Reads the centre file and the calendars it names, then updates the centre's records.
    ///
    /// A `workshops:` section is read (and so checked) but not stored: ``Outcome/workshopsNotStored`` names its
    /// workshops so that the front end says so.
    public func run(centre path: String, now: Instant) throws(ServiceError) -> Outcome {
        let loaded: LoadedCentre
        let workshops: [Workshop.ID]
        do {
            let document = try CentreReader().document(contentsOf: path, files: source.files)
            workshops = document.workshops.workshops.map(\.id)
            loaded = try CentreLoader(holidays: source.loader.holidays).load(document, files: source.files)
        } catch {
            throw .invalid(error)
        }
        let summary = try WorkspaceAccess.write(workspace) { try $0.importCentre(loaded.centre, at: now) }
        return Outcome(summary: summary, workshopsNotStored: workshops)
    }
}

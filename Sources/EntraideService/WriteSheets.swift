internal import AvailabilityImport
public import OutputFiles
internal import Phrasebook
public import PlanningDomain
internal import PlanningEngine
public import WorkspaceStore

/// `entraide sheets`: the attendance sheet of each session, as planned from a scenario, or as published in a
/// workspace (expecting those who hold the latest invitation and did not decline it).
public struct WriteSheets: Sendable {
    /// What to print.
    public struct Request: Sendable {
        /// The scenario file.
        public var scenario: String
        /// The PDFs' creation date.
        public var now: Instant
        /// Names on the sheets.
        public var privacy: SheetBundle.Privacy
        /// Print the sessions as published in this workspace rather than as planned.
        public var publishedIn: Workspace?

        /// A request.
        public init(scenario: String, now: Instant, privacy: SheetBundle.Privacy = .full, publishedIn: Workspace?) {
            self.scenario = scenario
            self.now = now
            self.privacy = privacy
            self.publishedIn = publishedIn
        }
    }

    /// Where the scenario and its files are read from.
    public let source: ScenarioSource

    /// The use case.
    public init(source: ScenarioSource) { self.source = source }

    /// The sheets as files `sheets/<session>.pdf` and `.csv`.
    public func run(_ request: Request) throws(ServiceError) -> OutputBundle {
        var scenario = try source.load(request.scenario).scenario
        let plan: Plan
        if let workspace = request.publishedIn {
            (scenario, plan) = try Self.published(scenario.group.id, in: workspace)
        } else if case .planned(let result) = Planner(scenario: scenario).plan() {
            plan = result.plan
        } else {
            throw ServiceError(
                .infeasible,
                ServiceError.sentence(Phrase("service.sheets.infeasible", ["file": .verbatim(request.scenario)])),
                isInputError: false
            )
        }
        var bundle = OutputBundle(command: "sheets")
        try SheetBundle.add(plan, scenario: scenario, privacy: request.privacy, created: request.now, to: &bundle)
        return bundle
    }

    /// The group's published sessions, each expecting the participants who hold its latest invitation and did
    /// not decline it (a tentative reply counts as if need be), with the scenario as the workspace holds it.
    static func published(_ group: Group.ID, in workspace: Workspace) throws(ServiceError) -> (Scenario, Plan) {
        let (stored, publications) = try WorkspaceAccess.read(workspace) { reader in
            (try reader.scenario(of: group), try reader.publications(of: group))
        }
        guard let stored, !publications.isEmpty else {
            throw ServiceError(
                .notPublished,
                .joined(
                    [
                        .verbatim("\(workspace.path): error: "),
                        Phrase("service.sheets.notPublished", ["group": .verbatim("\(group)")]),
                    ],
                    separator: ""
                ),
                isInputError: true
            )
        }
        let sessions = publications.filter { !$0.isCancelled }.compactMap { publication -> PlannedSession? in
            guard let slot = stored.candidates.first(where: { $0.id == publication.slot }) else { return nil }
            let live = publication.recipients.filter { !$0.value.isCancelled && $0.value.reply != .declined }
            let yes = live.filter { $0.value.reply != .tentative }.keys.sorted()
            let ifNeedBe = live.filter { $0.value.reply == .tentative }.keys.sorted()
            let cannot = stored.participants.map(\.id).filter { live[$0] == nil }.sorted()
            return PlannedSession(slot: slot, yes: yes, ifNeedBe: ifNeedBe, cannot: cannot)
        }
        return (stored, Plan(sessions: sessions))
    }
}

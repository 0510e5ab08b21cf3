internal import PlanDocuments
internal import PlanReport
public import PlanningDomain
internal import PlanningEngine
internal import Publication
public import WorkspaceStore

/// The live plan of a group, as staff watch it while answers come in: the same page as `plan.html` (the
/// chosen sessions, why, the alternatives, the candidates ruled out, and the grid of who answered what with
/// the counts against the quorum and the chosen sequence outlined) and the same text explanation as
/// `entraide plan`, planned from the workspace as a publication would plan it (published sessions kept, other
/// groups' sessions as bookings).
public struct LiveGrid: Sendable {
    /// The plan of the moment.
    public struct View: Hashable, Sendable {
        /// Whether a plan is feasible.
        public var isFeasible: Bool
        /// `plan.html`, whole (`PlanReportHTML`).
        public var reportHTML: String
        /// The explanation, in the centre's language (`ExplanationText`).
        public var explanation: String
        /// How many answers each source gave (phone, web page, a poll, calendars; the order of polls left out).
        public var sources: [AnswerOrigin: Int]
        /// The scenario planned (active participants; published sessions pinned).
        public var scenario: Scenario
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Plans the group now.
    ///
    /// - Throws: `unknown-group`.
    public func run(_ group: Group.ID) throws(ServiceError) -> View {
        let (stored, publications, bookings, given) = try WorkspaceAccess.read(workspace) { reader in
            guard let scenario = try reader.scenario(of: group) else {
                throw GroupAccess.unknownGroup(group, known: try reader.groups(), in: workspace)
            }
            return (
                scenario, try reader.publications(of: group), try reader.bookings(excludingGroup: group),
                try reader.answerCounts(of: group)
            )
        }
        var scenario = stored
        scenario.bookings = bookings
        let planned = Self.pinned(scenario, publications)
        let report = PlanReportHTML(scenario: planned)
        let explanation = ExplanationText(scenario: planned)
        switch Planner(scenario: planned).plan() {
        case .planned(let result):
            return View(
                isFeasible: true,
                reportHTML: report.render(result),
                explanation: explanation.render(result),
                sources: given,
                scenario: planned
            )
        case .infeasible(let infeasibility):
            return View(
                isFeasible: false,
                reportHTML: report.render(infeasibility),
                explanation: explanation.render(infeasibility),
                sources: given,
                scenario: planned
            )
        }
    }

    /// The scenario with its published sessions pinned where they can stay, as ``PublishGroup`` plans it.
    static func pinned(_ scenario: Scenario, _ publications: [SessionPublication]) -> Scenario {
        guard !publications.isEmpty else { return scenario }
        let publisher = Publisher(scenario: scenario, previous: publications, stamp: .earliest)
        return publisher.pinning(moving: []).scenario
    }
}

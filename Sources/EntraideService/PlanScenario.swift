internal import AvailabilityImport
internal import Calendaring
public import OutputFiles
public import Phrasebook
internal import PlanDocuments
internal import PlanReport
public import PlanningDomain
internal import PlanningEngine
public import WorkspaceStore

/// `entraide plan`: plans a scenario, explains the choice, and renders every file of the plan.
///
/// The bundle holds `plan.json`, `plan.html`, `calendar.ics` (PUBLISH, nobody named),
/// `invites/<participant>/<session>.ics` (one REQUEST per session), `invites/<participant>/all-sessions.ics`
/// (PUBLISH, the same sessions to import), `facilitators/<facilitator>.ics` and the attendance sheets; when no plan is
/// feasible, only `plan.json` and `plan.html` with the reasons (so that no invitation of an earlier plan
/// lingers in the folder the caller replaces).
public struct PlanScenario: Sendable {
    /// What to plan and how to write it.
    public struct Request: Sendable {
        /// The scenario file.
        public var scenario: String
        /// `DTSTAMP` and the PDFs' creation date.
        public var now: Instant
        /// Names on the sheets.
        public var privacy: SheetBundle.Privacy
        /// A workspace whose centre records the scenario may refer to, and whose other groups' published and
        /// pinned sessions are bookings of the facilitators and rooms they use.
        public var workspace: Workspace?
        /// The language the person stated for the explanation; without one, the scenario's.
        public var reader: LanguageChoice

        /// A request.
        public init(
            scenario: String,
            now: Instant,
            privacy: SheetBundle.Privacy = .full,
            workspace: Workspace? = nil,
            reader: LanguageChoice = LanguageChoice(stated: nil)
        ) {
            self.scenario = scenario
            self.now = now
            self.privacy = privacy
            self.workspace = workspace
            self.reader = reader
        }
    }

    /// What planning gave.
    public struct Outcome: Hashable, Sendable {
        /// Whether a plan was found.
        public var isFeasible: Bool
        /// The files to write.
        public var bundle: OutputBundle
        /// The explanation, in the reader's language (the scenario's when they stated none).
        public var explanation: String
        /// `plan.json`'s bytes, for `--format json`.
        public var planJSON: [UInt8]
    }

    /// Where the scenario and its files are read from.
    public let source: ScenarioSource

    /// The use case.
    public init(source: ScenarioSource) { self.source = source }

    /// Plans and renders.
    ///
    /// The search stops once `shouldStop` returns true (it is asked every 1,024 search nodes) and the best plan
    /// found is written, marked as not proven optimal. The service reads no clock: a time limit is the front
    /// end's.
    public func run(
        _ request: Request,
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) throws(ServiceError) -> Outcome {
        var loaded: LoadedScenario
        if let workspace = request.workspace {
            let centre = try WorkspaceAccess.read(workspace) { try $0.centre() }
            do {
                loaded = try source.loader.load(
                    contentsOf: request.scenario,
                    centre: centre.map { LoadedCentre(centre: $0) }
                )
            } catch {
                throw .invalid(error)
            }
            let group = loaded.scenario.group.id
            loaded.scenario.bookings = try WorkspaceAccess.read(workspace) { try $0.bookings(excludingGroup: group) }
        } else {
            loaded = try source.load(request.scenario)
        }
        let scenario = loaded.scenario
        let report = PlanReportHTML(scenario: scenario, importReport: loaded.report)
        let explanation = ExplanationText(scenario: scenario, importReport: loaded.report)
        let readersExplanation = ExplanationText(
            scenario: scenario,
            importReport: loaded.report,
            language: request.reader.language(document: scenario.organisation.language)
        )
        let json = PlanJSON(scenario: scenario)
        var bundle = OutputBundle(command: "plan")
        // Everyone's answers read once, for the planner and for plan.html's grid.
        let answers = AnswerMatrix(scenario: scenario)
        switch Planner(scenario: scenario).plan(deadline: SearchDeadline(hasPassed: shouldStop), answers: answers) {
        case .infeasible(let infeasibility):
            let document = PlanJSON.bytes(
                json.document(for: infeasibility, reasons: explanation.sentences(infeasibility))
            )
            bundle.add(document, at: Self.planJSON)
            bundle.add(Array(report.render(infeasibility, answers: answers).utf8), at: Self.planHTML)
            return Outcome(
                isFeasible: false,
                bundle: bundle,
                explanation: readersExplanation.render(infeasibility),
                planJSON: document
            )
        case .planned(let result):
            let document = PlanJSON.bytes(json.document(for: result))
            bundle.add(document, at: Self.planJSON)
            bundle.add(Array(report.render(result, answers: answers).utf8), at: Self.planHTML)
            try Self.addCalendars(of: result.plan, scenario: scenario, stamp: request.now, to: &bundle)
            try SheetBundle.add(
                result.plan,
                scenario: scenario,
                privacy: request.privacy,
                created: request.now,
                to: &bundle
            )
            return Outcome(
                isFeasible: true,
                bundle: bundle,
                explanation: readersExplanation.render(result),
                planJSON: document
            )
        }
    }

    // MARK: - Files

    private static let planJSON = BundlePath(fixed: "plan.json")
    private static let planHTML = BundlePath(fixed: "plan.html")

    /// `calendar.ics`, each participant's invitations (one `METHOD:REQUEST` per session, as `publish` sends them,
    /// and all of them in one `METHOD:PUBLISH` file to import) and each facilitator's calendar.
    static func addCalendars(
        of plan: Plan,
        scenario: Scenario,
        stamp: Instant,
        to bundle: inout OutputBundle
    ) throws(ServiceError) {
        let calendars = PlanCalendars(scenario: scenario, stamp: stamp)
        do {
            bundle.add(try ICSWriter.bytes(for: calendars.published(plan)), at: BundlePath(fixed: "calendar.ics"))
            for participant in scenario.participants {
                let folder = participant.id.rawValue
                for (session, invitation) in calendars.invitations(for: participant, plan: plan) {
                    let path = try BundlePath("invites", folder, "\(session.rawValue).ics")
                    bundle.add(try ICSWriter.bytes(for: invitation), at: path)
                }
                if let importable = calendars.importable(for: participant, plan: plan) {
                    let path = try BundlePath("invites", folder, "all-sessions.ics")
                    bundle.add(try ICSWriter.bytes(for: importable), at: path)
                }
            }
            for facilitator in scenario.facilitators {
                if let calendar = calendars.calendar(for: facilitator, plan: plan) {
                    let path = try BundlePath("facilitators", "\(facilitator.id.rawValue).ics")
                    bundle.add(try ICSWriter.bytes(for: calendar), at: path)
                }
            }
        } catch {
            throw .rendering(Phrase("service.what.calendars"), error)
        }
    }
}

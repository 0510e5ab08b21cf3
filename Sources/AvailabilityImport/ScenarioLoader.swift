public import PlanningDomain
public import PlanningInput

/// Reads a scenario file and every availability source it names, and merges them into one ``Scenario``.
///
/// In order:
///
/// 1. the scenario file (``ScenarioReader``), with its candidates, generated ones included;
/// 2. the canton's public holidays, added to the closures;
/// 3. venues' and facilitators' calendars and habits: the candidates they rule out;
/// 4. generated candidates that fall on a closed day, or whose facilitator or venue is taken, are dropped;
/// 5. participants' answers: the scenario's own, then the polls (a later file wins over an earlier one), then
///    what their weekly habits, days away and calendars say (``PersonalAvailability``).
///
/// Every problem of every file is reported at once, each located in its own file.
public struct ScenarioLoader: Sendable {
    /// The holidays to use; `nil` only in a broken installation (then a scenario with a canton is an error).
    public var holidays: HolidayCatalogue?

    /// A loader with the shipped holidays.
    public init(holidays: HolidayCatalogue? = .bundled) { self.holidays = holidays }

    /// Reads the scenario file at `path` and the files it names.
    public func load(contentsOf path: String) throws(ScenarioErrors) -> LoadedScenario {
        try load(ScenarioReader().document(contentsOf: path))
    }

    /// Reads the files a scenario document names and merges them.
    public func load(_ document: ScenarioDocument) throws(ScenarioErrors) -> LoadedScenario {
        var merge = SourceMerge(document: document, holidays: holidays)
        merge.addHolidays()
        merge.applyStaffSources()
        merge.dropUnusableGeneratedCandidates()
        merge.mergeAnswers()
        guard merge.errors.isEmpty else { throw ScenarioErrors(merge.sortedErrors()) }
        return LoadedScenario(scenario: merge.scenario, report: merge.report)
    }
}

/// A scenario with all its sources merged, and how they contributed.
public struct LoadedScenario: Hashable, Sendable {
    /// What the planner plans over.
    public var scenario: Scenario
    /// How many answers each source gave, holidays added, candidates dropped, poll columns left unmatched.
    public var report: ImportReport

    /// Wraps a merged scenario and its report.
    public init(scenario: Scenario, report: ImportReport) {
        self.scenario = scenario
        self.report = report
    }
}

public import PlanningDomain
public import PlanningInput

/// Reads a scenario file and every availability source it names, and merges them into one `Scenario`.
///
/// In order:
///
/// 1. the scenario file (`ScenarioReader`), with its candidates, generated ones included; with the centre's
///    records when given (a scenario may then refer to the centre's organisation, facilitators and venues);
/// 2. the canton's public holidays, added to the closures;
/// 3. venues' and facilitators' calendars and habits: the candidates they rule out, and those a facilitator's
///    tentative events make doubtful (`Facilitator/tentativeSlots`);
/// 4. generated candidates that fall on a closed day, or whose facilitator or venue is taken, are dropped;
/// 5. participants' answers from every source, one `AnswerLayer` each (the scenario's own, each poll's,
///    what their weekly habits, days away and calendars say), merged with `AnswerMerge`: the scenario wins,
///    then a later poll over an earlier one, then what is derived.
///
/// Every problem of every file is reported at once, each located in its own file.
public struct ScenarioLoader: Sendable {
    /// The holidays to use; `nil` only in a broken installation (then a scenario with a canton is an error).
    public var holidays: HolidayCatalogue?

    /// A loader with the shipped holidays.
    public init(holidays: HolidayCatalogue? = .bundled) { self.holidays = holidays }

    /// Reads the scenario file at `path` and the files it names, through `files` (the disk by default), with the
    /// centre's records if any.
    public func load(
        contentsOf path: String,
        centre: LoadedCentre? = nil,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> LoadedScenario {
        try load(
            ScenarioReader().document(contentsOf: path, centre: centre?.centre, files: files),
            centre: centre,
            files: files
        )
    }

    /// Reads the scenario file at `path` and the files it names, through `files` (the disk by default), referring
    /// to the centre's records as the workspace keeps them (without the centre's calendars).
    public func load(
        contentsOf path: String,
        centre: Centre,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> LoadedScenario {
        try load(contentsOf: path, centre: LoadedCentre(centre: centre), files: files)
    }

    /// Reads the files a scenario document names, through `files` (the disk by default), and merges them.
    ///
    /// With `centre`, its facilitators' and venues' habits and calendars apply to those of the scenario that
    /// give none of their own; read the document with the same centre
    /// (`ScenarioReader/document(contentsOf:centre:files:)`).
    public func load(
        _ document: ScenarioDocument,
        centre: LoadedCentre? = nil,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> LoadedScenario {
        var document = document
        if let centre {
            for (id, own) in centre.sources.facilitators where document.sources.facilitators[id] == nil {
                document.sources.facilitators[id] = own
            }
            for (id, files) in centre.sources.venues where document.sources.venues[id] == nil {
                document.sources.venues[id] = files
            }
        }
        var merge = SourceMerge(document: document, holidays: holidays, files: files)
        merge.addHolidays()
        merge.applyStaffSources()
        merge.dropUnusableGeneratedCandidates()
        merge.mergeAnswers()
        let errors = merge.sortedErrors()
        guard errors.isEmpty else { throw ScenarioErrors(errors) }
        return LoadedScenario(
            scenario: merge.scenario,
            report: merge.report,
            answerLayers: merge.layers,
            publicDescription: document.publicDescription
        )
    }
}

/// A scenario with all its sources merged, and how they contributed.
public struct LoadedScenario: Hashable, Sendable {
    /// What the planner plans over.
    public var scenario: Scenario
    /// How many answers each source gave, holidays added, candidates dropped, poll columns left unmatched.
    public var report: ImportReport
    /// Each source's own answers, before the merge, for a workspace to store with their origin.
    ///
    /// The scenario's, then each poll's in the order of `polls`, then the derived ones; every source is listed,
    /// even one that gives no answer. Only candidates kept for planning are answered. The merged answers in
    /// ``scenario`` are, for each participant and candidate, `AnswerMerge/winner(of:)` among these, all
    /// given at the same time.
    public var answerLayers: [AnswerLayer]
    /// The group's public words (`group.public-text`, `group.audience`): what its flyer prints.
    public var publicDescription: PublicDescription

    /// Wraps a merged scenario, its report, the answers of each source and the group's public words.
    public init(
        scenario: Scenario,
        report: ImportReport,
        answerLayers: [AnswerLayer] = [],
        publicDescription: PublicDescription = .none
    ) {
        self.scenario = scenario
        self.report = report
        self.answerLayers = answerLayers
        self.publicDescription = publicDescription
    }
}

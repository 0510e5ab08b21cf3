public import AvailabilityImport
internal import Calendaring
public import OutputFiles
public import Phrasebook
public import PlanningDomain
internal import PlanningInput
internal import RegionalCheck
internal import RegionalDocuments
public import RegionalPlanning
public import WorkspaceStore

/// `entraide calendar`: the coordinator's calendar of every group and workshop of the year, planned together,
/// checked by the independent checker, and rendered.
///
/// The problem comes from a region file (``Source/regionFile(_:)``) or from a workspace's groups with a workshop
/// catalogue and interest file (``Source/workspace(_:workshops:interest:)``). The bundle holds `calendar.json`,
/// `calendar.html`, `report.txt`, `calendar.ics` (the staff calendar, `METHOD:PUBLISH`, nobody named),
/// `facilitators/<id>.ics`, `rooms/<id>.ics`, `invites/<person>/<workshop>.ics` and `.eml` (one `METHOD:REQUEST`
/// per run a person is enrolled in, one `ATTENDEE`, and the e-mail carrying it; written, not sent),
/// `workshops/<candidate>/sheet.pdf` and `sheet.csv` (each held run's attendance sheet) and
/// `waiting/<person>/<workshop>.txt` and `.eml` (the waiting-list letters). The service reads no clock of its own: the caller gives the
/// clock the time limit and progress are measured with.
public struct PlanCalendar: Sendable {
    /// Where the problem comes from.
    public enum Source: Sendable {
        /// A region file (`REGION.yaml`) and the files it names.
        case regionFile(String)
        /// A workspace's groups and centre records, with a workshop catalogue and an interest file, if any.
        case workspace(Workspace, workshops: String?, interest: String?)
    }

    /// What to plan and how long.
    public struct Request: Sendable {
        /// Where the problem comes from.
        public var source: Source
        /// `DTSTAMP` of the calendars, and "now" for a workspace (which sessions were held).
        public var now: Instant
        /// The seed of the search.
        public var seed: UInt64
        /// The search's time limit (ignored when ``iterations`` is given).
        public var timeLimit: Duration?
        /// The search's iteration budget: with it, the same seed gives the same calendar on any machine.
        public var iterations: Int?
        /// The language the coordinator stated for the report shown to them.
        ///
        /// Without one, ``Outcome/report`` is in the centre's language, as the files (`report.txt`,
        /// `calendar.html`) always are.
        public var reader: LanguageChoice

        /// A request.
        public init(
            source: Source,
            now: Instant,
            seed: UInt64 = 1,
            timeLimit: Duration? = .seconds(10),
            iterations: Int? = nil,
            reader: LanguageChoice = LanguageChoice(stated: nil)
        ) {
            self.source = source
            self.now = now
            self.seed = seed
            self.timeLimit = timeLimit
            self.iterations = iterations
            self.reader = reader
        }
    }

    /// What planning gave.
    public struct Outcome: Sendable {
        /// The problem planned.
        public var problem: RegionalProblem
        /// The calendar.
        public var plan: RegionalPlan
        /// The files to write.
        public var bundle: OutputBundle
        /// The text report in the reader's language (`report.txt` holds it in the centre's).
        public var report: String
        /// Whether nothing at all could be placed (no group, no run): the CLI exits with status 3.
        public var isEmpty: Bool
        /// Every file read: an output folder must hold none of them.
        public var inputs: [String]
        /// The people of the interest file (``PublishWorkshops`` addresses them).
        public var people: [Participant] = []
    }

    /// Where files are read from.
    public let files: any InputFiles
    /// The holidays.
    public let loader: RegionLoader

    /// The use case, reading through `files`.
    public init(files: any InputFiles, loader: RegionLoader = RegionLoader()) {
        self.files = files
        self.loader = loader
    }

    /// Reads the problem, or every problem of every file at once.
    public func load(_ source: Source, now: Instant) throws(ServiceError) -> LoadedRegion {
        switch source {
        case .regionFile(let path):
            do {
                return try loader.load(contentsOf: path, files: files)
            } catch {
                throw .invalid(error)
            }
        case .workspace(let workspace, let workshops, let interest):
            return try WorkspaceRegion(files: files, now: now).load(
                workspace,
                workshops: workshops,
                interest: interest
            )
        }
    }

    /// Plans, checks and renders.
    ///
    /// - Parameters:
    ///   - request: what to plan and how long.
    ///   - clock: measures the time limit and the elapsed time of progress reports.
    ///   - progress: called after the first calendar, after each improvement, every 500 iterations and at the end.
    ///   - isCancelled: polled between steps (Ctrl-C): the best calendar so far is returned.
    /// - Returns: the calendar, its report and its files.
    /// - Throws: ``ServiceError``: every problem of the files read (invalid input), or a calendar the
    ///   independent checker refuses (a defect, not the input's fault).
    public func run<C: Clock>(
        _ request: Request,
        clock: C,
        progress: (RegionalProgress) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws(ServiceError) -> Outcome where C.Duration == Duration {
        try run(
            request,
            loaded: try load(request.source, now: request.now),
            clock: clock,
            progress: progress,
            isCancelled: isCancelled
        )
    }

    /// Plans, checks and renders a problem already read (``load(_:now:)``): a front end that shows progress in
    /// the centre's language reads the problem first.
    public func run<C: Clock>(
        _ request: Request,
        loaded: LoadedRegion,
        clock: C,
        progress: (RegionalProgress) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws(ServiceError) -> Outcome where C.Duration == Duration {
        let problem = loaded.problem
        let options = RegionalOptimiser.Options(
            seed: request.seed,
            iterationLimit: request.iterations,
            timeLimit: request.iterations == nil ? request.timeLimit : nil
        )
        let optimiser: RegionalOptimiser
        do {
            optimiser = try RegionalOptimiser(problem: problem, options: options)
        } catch {
            throw Self.invalid(error, file: Self.name(of: request.source))
        }
        let started = clock.now
        let plan = optimiser.optimise(clock: clock, progress: progress, isCancelled: isCancelled)
        progress(
            RegionalProgress(
                objective: plan.objective,
                bound: plan.bound,
                elapsed: started.duration(to: clock.now),
                iterations: plan.statistics.iterations
            )
        )
        let check = RegionalChecker(problem: problem).check(plan)
        guard check.isValid else {
            var error = Self.refused(check)
            error.documentLanguage = problem.centre.organisation.language
            throw error
        }
        let report = CalendarReportText(problem: problem).render(plan, seed: request.seed, violations: [])
        let bundle = try Self.bundle(
            problem: problem,
            plan: plan,
            people: loaded.people,
            report: report,
            request: request
        )
        let language = request.reader.language(document: problem.centre.organisation.language)
        let readersReport =
            language == problem.centre.organisation.language
            ? report
            : CalendarReportText(problem: problem, language: language).render(plan, seed: request.seed, violations: [])
        return Outcome(
            problem: problem,
            plan: plan,
            bundle: bundle,
            report: readersReport,
            isEmpty: CalendarOutcome(plan: plan).isEmpty,
            inputs: loaded.inputs,
            people: loaded.people
        )
    }

    // MARK: - Files

    static func bundle(
        problem: RegionalProblem,
        plan: RegionalPlan,
        people: [Participant],
        report: String,
        request: Request
    ) throws(ServiceError) -> OutputBundle {
        var bundle = OutputBundle(command: "calendar")
        let json = CalendarJSON(problem: problem).document(for: plan, seed: request.seed, isValid: true, violations: [])
        bundle.add(CalendarJSON.bytes(json), at: BundlePath(fixed: "calendar.json"))
        bundle.add(
            Array(CalendarHTML(problem: problem).render(plan, isValid: true).utf8),
            at: BundlePath(fixed: "calendar.html")
        )
        bundle.add(Array(report.utf8), at: BundlePath(fixed: "report.txt"))
        let calendars = RegionalCalendars(problem: problem, stamp: request.now)
        do {
            bundle.add(try ICSWriter.bytes(for: calendars.staff(plan)), at: BundlePath(fixed: "calendar.ics"))
            for facilitator in problem.centre.facilitators {
                guard let document = calendars.facilitator(facilitator.id, plan: plan) else { continue }
                let path = try BundlePath("facilitators", "\(facilitator.id.rawValue).ics")
                bundle.add(try ICSWriter.bytes(for: document), at: path)
            }
            for venue in problem.centre.venues {
                guard let document = calendars.room(venue.id, plan: plan) else { continue }
                bundle.add(try ICSWriter.bytes(for: document), at: try BundlePath("rooms", "\(venue.id.rawValue).ics"))
            }
        } catch {
            throw Self.notWritten("calendars", error)
        }
        try addWorkshopFiles(problem: problem, plan: plan, people: people, stamp: request.now, to: &bundle)
        return bundle
    }

    /// Problems of the assembled problem that no reader located (they name parts by id), in the file's name.
    static func invalid(_ error: RegionalInputError, file: String) -> ServiceError {
        ServiceError(
            .invalidInput,
            .lines(error.problems.map { .verbatim("\(file): error: \($0.description)") }),
            isInputError: true
        )
    }

    static func name(of source: Source) -> String {
        switch source {
        case .regionFile(let path): path
        case .workspace: "workspace"
        }
    }
}

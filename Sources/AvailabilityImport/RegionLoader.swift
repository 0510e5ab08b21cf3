public import PlanningDomain
public import PlanningInput

/// Reads a region file and every file it names into the coordinator's `RegionalProblem`, or reports every
/// problem of every file at once, each located in its own file.
///
/// In order: the centre file (``CentreLoader``: holidays, calendars) and its catalogue, or the catalogue file the
/// region names (`WorkshopCatalogueReader`); each group's scenario on the centre's records (``ScenarioLoader``);
/// the interest file (`InterestReader`, ``InterestLoader``); then what the region file itself pins and books,
/// checked against what was read. The facilitators' workshop qualifications are those of the catalogue
/// (`WorkshopCatalogue/qualifying(_:)`).
public struct RegionLoader: Sendable {
    /// The holidays to use.
    public var holidays: HolidayCatalogue?

    /// A loader with the shipped holidays.
    public init(holidays: HolidayCatalogue? = .bundled) { self.holidays = holidays }

    /// Reads the region file at `path` and every file it names through `files` (the disk by default).
    public func load(
        contentsOf path: String,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> LoadedRegion {
        let document = try RegionReader().document(contentsOf: path, files: files)
        var errors: [ScenarioError] = []
        let centreDocument = try CentreReader().document(contentsOf: document.centre.path, files: files)
        let centre = try CentreLoader(holidays: holidays).load(centreDocument, files: files)
        var catalogue = centreDocument.workshops
        if let file = document.workshops {
            catalogue = try WorkshopCatalogueReader(centre: centre.centre).catalogue(
                contentsOf: file.path,
                files: files
            )
        }
        var groups: [RegionalGroup] = []
        var seen: [Group.ID: String] = [:]
        for entry in document.groups {
            do {
                let loaded = try ScenarioLoader(holidays: holidays).load(
                    contentsOf: entry.scenario.path,
                    centre: centre,
                    files: files
                )
                let id = loaded.scenario.group.id
                if let first = seen[id] {
                    errors.append(
                        Self.error(
                            .invalidGroupEntry,
                            at: entry.scenario.location,
                            value: id.rawValue,
                            "group '\(id)' of '\(entry.scenario.written)' is already planned from '\(first)'; "
                                + "expected each group once."
                        )
                    )
                    continue
                }
                seen[id] = entry.scenario.written
                errors += Self.problems(of: entry, scenario: loaded.scenario)
                groups.append(
                    RegionalGroup(
                        scenario: loaded.scenario,
                        stage: entry.stage,
                        foundedOn: entry.foundedOn,
                        published: Self.pins(of: entry, scenario: loaded.scenario)
                    )
                )
            } catch {
                errors += error.errors
            }
        }
        var interest = LoadedInterest()
        if let file = document.interest {
            do {
                let read = try InterestReader(centre: centre.centre, catalogue: catalogue)
                    .document(contentsOf: file.path, files: files)
                interest = try InterestLoader().load(read, catalogue: catalogue, files: files)
            } catch {
                errors += error.errors
            }
        }
        errors += Self.problems(of: document, catalogue: catalogue, centre: centre.centre)
        guard errors.isEmpty else {
            throw ScenarioErrors(Self.withSourceLines(errors, document: document, files: files))
        }
        let problem = RegionalProblem(
            centre: catalogue.qualifying(centre.centre),
            year: document.year ?? Self.firstYear(groups: groups, workshops: catalogue.workshops) ?? 2027,
            groups: groups,
            workshops: catalogue.workshops,
            interests: interest.interests,
            bookings: document.bookings.map(\.value),
            publishedRuns: document.publishedRuns.map(\.value)
        )
        return LoadedRegion(problem: problem, people: interest.people, inputs: Self.inputs(of: document))
    }

    // MARK: - Checks

    /// The published sessions of an entry; for a group whose review is due, also each of the information and
    /// founding sessions its scenario lists once (the sessions held).
    static func pins(of entry: RegionGroupEntry, scenario: Scenario) -> [SessionKind: CandidateSlot.ID] {
        var pins = entry.published
        guard entry.stage == .reviewDue else { return pins }
        for kind in SessionKind.foundingSequence where pins[kind] == nil {
            let held = scenario.candidates(of: kind)
            if held.count == 1 { pins[kind] = held[0].id }
        }
        return pins
    }

    /// A published candidate that is not one of the group's candidates of its kind; a review due without one.
    static func problems(of entry: RegionGroupEntry, scenario: Scenario) -> [ScenarioError] {
        var found: [ScenarioError] = []
        for (kind, id) in entry.published.sorted(by: { $0.key < $1.key })
        where !scenario.candidates(of: kind).contains(where: { $0.id == id }) {
            let ids = scenario.candidates(of: kind).map(\.id.rawValue)
            found.append(
                error(
                    .unknownSlot,
                    at: entry.publishedLocations[kind] ?? entry.scenario.location,
                    value: id.rawValue,
                    "published \(kind.rawValue) '\(id)' is not one of the \(kind.rawValue) candidates of group "
                        + "'\(scenario.group.id)'" + (ids.isEmpty ? " (it has none)." : " (\(listed(ids))).")
                )
            )
        }
        if entry.stage == .reviewDue, scenario.candidates(of: .review).isEmpty {
            found.append(
                error(
                    .invalidGroupEntry,
                    at: entry.scenario.location,
                    value: GroupStage.reviewDue.rawValue,
                    "group '\(scenario.group.id)' is 'review-due' but its scenario has no review candidates; expected "
                        + "review candidates (and its held sessions as its only information and founding candidates)."
                )
            )
        }
        return found
    }

    /// Published runs of unknown workshops or candidates; bookings of unknown rooms.
    static func problems(of document: RegionDocument, catalogue: WorkshopCatalogue, centre: Centre) -> [ScenarioError] {
        var found: [ScenarioError] = []
        for located in document.publishedRuns {
            let run = located.value
            guard let workshop = catalogue.workshops.first(where: { $0.id == run.workshop }) else {
                let known = catalogue.workshops.map(\.id.rawValue)
                found.append(
                    error(
                        .unknownWorkshop,
                        at: located.location,
                        value: run.workshop.rawValue,
                        "published run of unknown workshop '\(run.workshop)'; expected one of the catalogue ("
                            + (known.isEmpty ? "it is empty" : listed(known)) + ")."
                    )
                )
                continue
            }
            if workshop.candidate(run.slot) == nil {
                found.append(
                    error(
                        .unknownSlot,
                        at: located.location,
                        value: run.slot.rawValue,
                        "published run '\(run.slot)' is not a candidate of workshop '\(workshop.id)'."
                    )
                )
            }
        }
        for located in document.bookings where centre.venue(located.value.venue) == nil {
            found.append(
                error(
                    .unknownVenue,
                    at: located.location,
                    value: located.value.venue.rawValue,
                    "booking of unknown venue '\(located.value.venue)'; expected one of the centre's venues ("
                        + listed(centre.venues.map(\.id.rawValue)) + ")."
                )
            )
        }
        return found
    }

    // MARK: - Helpers

    /// The year of the first candidate of a group or a workshop.
    public static func firstYear(groups: [RegionalGroup], workshops: [Workshop]) -> Int? {
        let years =
            groups.flatMap { $0.scenario.candidates.map(\.date.year) }
            + workshops.flatMap { $0.candidates.map(\.date.year) }
        return years.min()
    }

    /// The files a region reads, which an output folder must never hold.
    static func inputs(of document: RegionDocument) -> [String] {
        [document.fileName, document.centre.path] + document.groups.map(\.scenario.path)
            + [document.workshops?.path, document.interest?.path].compactMap(\.self)
    }

    static func error(
        _ code: ScenarioError.Code,
        at location: SourceLocation,
        value: String?,
        _ message: String
    )
        -> ScenarioError
    {
        ScenarioError(
            code: code,
            file: location.file,
            line: location.line,
            column: location.column,
            value: value,
            message: message
        )
    }

    /// Adds the region file's lines to its own errors, for the caret.
    static func withSourceLines(
        _ errors: [ScenarioError],
        document: RegionDocument,
        files: any InputFiles
    ) -> [ScenarioError] {
        guard case .bytes(let bytes) = files.read(document.fileName) else { return errors }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return errors.map { error in
            var error = error
            if error.file == document.fileName, error.line > 0, error.line <= lines.count, error.sourceLine == nil {
                error.sourceLine = String(lines[error.line - 1])
            }
            return error
        }
    }

    static func listed(_ ids: [String]) -> String {
        let shown = ids.prefix(6).joined(separator: ", ")
        return ids.count > 6 ? "\(shown) … (\(ids.count) in all)" : shown
    }
}

/// A region read with every file it names.
public struct LoadedRegion: Hashable, Sendable {
    /// What the calendar plans.
    public var problem: RegionalProblem
    /// The people interested in workshops, with their merged answers (names and addresses for letters).
    public var people: [Participant]
    /// Every file read, as named: an output folder must hold none of them.
    public var inputs: [String]

    /// Wraps a loaded region.
    public init(problem: RegionalProblem, people: [Participant] = [], inputs: [String] = []) {
        self.problem = problem
        self.people = people
        self.inputs = inputs
    }
}

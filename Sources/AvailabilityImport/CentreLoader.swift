public import PlanningDomain
public import PlanningInput

/// Reads a centre file (`CentreReader`) and checks every file it names; adds its canton's holidays.
///
/// - The calendars of facilitators and venues are read (over the years the holidays are shipped for), so that
///   a missing or broken calendar is reported where the centre file names it, not later when a group is
///   planned. What they rule out is decided per group, by ``ScenarioLoader``, from the candidates.
/// - The canton's public holidays (``HolidayCatalogue/years``) are added to the centre's closures, each named
///   after its holiday: a scenario that takes its organisation from the centre gets them from there.
public struct CentreLoader: Sendable {
    /// The holidays to use; `nil` only in a broken installation (then a centre with a canton is an error).
    public var holidays: HolidayCatalogue?

    /// A loader with the shipped holidays.
    public init(holidays: HolidayCatalogue? = .bundled) { self.holidays = holidays }

    /// Reads the centre file at `path` and the files it names, through `files` (the disk by default).
    public func load(
        contentsOf path: String,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> LoadedCentre {
        try load(CentreReader().document(contentsOf: path, files: files), files: files)
    }

    /// Reads the files a centre document names, through `files` (the disk by default), and adds the canton's
    /// holidays.
    public func load(
        _ document: CentreDocument,
        files inputFiles: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> LoadedCentre {
        var centre = document.centre
        let years = HolidayCatalogue.years
        let from = Int64(LocalDate(year: years.lowerBound, month: 1, day: 1)?.dayNumber ?? 0) * 86_400
        let to = Int64(LocalDate(year: years.upperBound, month: 12, day: 31)?.dayNumber ?? 0) * 86_400 + 86_400
        var files = SourceFiles(timeZone: centre.organisation.timeZone, horizon: (from, to), files: inputFiles)
        if let canton = document.sources.canton {
            let location =
                document.sources.cantonLocation ?? SourceLocation(file: document.fileName, line: 0, column: 0)
            let days = SourceMerge.holidays(of: canton, years: years, catalogue: holidays, at: location, in: &files)
            centre.closures += (days ?? []).filter { !centre.closures.contains($0) }
        }
        for facilitator in centre.facilitators {
            guard let own = document.sources.facilitators[facilitator.id] else { continue }
            _ = files.personal(own)
        }
        for venue in centre.venues {
            for file in document.sources.venues[venue.id] ?? [] { _ = files.calendar(file) }
        }
        let errors = files.sortedErrors(firstFile: document.fileName)
        guard errors.isEmpty else { throw ScenarioErrors(errors) }
        return LoadedCentre(centre: centre, sources: document.sources, filesRead: files.filesRead)
    }
}

/// A centre with its holidays added and its files checked: the records a scenario may refer to.
public struct LoadedCentre: Hashable, Sendable {
    /// The organisation, facilitators, venues, closures (the canton's holidays included) and travel buffer.
    public var centre: Centre
    /// The facilitators' weekly habits and calendars and the venues' calendars, for ``ScenarioLoader`` to
    /// apply to a group's candidates; the canton the holidays came from.
    public var sources: AvailabilitySources
    /// Calendar files read, each counted once.
    public var filesRead: Int

    /// A centre's records with their sources; a workspace's centre has none (`AvailabilitySources(canton: nil)`).
    public init(centre: Centre, sources: AvailabilitySources = AvailabilitySources(canton: nil), filesRead: Int = 0) {
        self.centre = centre
        self.sources = sources
        self.filesRead = filesRead
    }
}

import Phrasebook
public import PlanningDomain

/// Reads a centre file (`centre.yaml`) into a `Centre`, or reports every problem of the file at once.
///
/// The same YAML conventions and messages as the scenario (``ScenarioReader``): kebab-case keys, every value
/// read as the text written, `file:line:column` errors with the line and a caret. The file holds what every
/// group of the centre shares, written once:
///
/// ```yaml
/// organisation: {name: …, organiser: {name: …, email: …}, phone: "+41 21 555 12 34", travel-buffer-minutes: 30}
/// facilitators:
///   - {id: anne, name: Anne Rochat, email: …, languages: [fr, de], weekly-limit: 3,
///      qualifications: {sessions: [information, founding1, founding2]}}
/// venues:
///   - {id: grand-pont, name: …, address: …, capacity: 16, opening-hours: ["monday 08:00-22:00"]}
/// closures: [2027-12-24]
/// workshops: […]          # the workshop catalogue, see WorkshopCatalogue
/// ```
///
/// The calendars it names are not read here: see `AvailabilityImport`'s `CentreLoader`.
public struct CentreReader: Sendable {
    /// A reader; it holds no state.
    public init() {}

    /// Reads the centre file at `path` through `files` (the disk by default); errors name the file as `path` is
    /// written.
    public func centre(contentsOf path: String, files: any InputFiles = DiskFiles()) throws(ScenarioErrors) -> Centre {
        try document(contentsOf: path, files: files).centre
    }

    /// Reads a centre from its text; `fileName` is what errors show as the file.
    public func centre(yaml: String, fileName: String) throws(ScenarioErrors) -> Centre {
        try document(yaml: yaml, fileName: fileName).centre
    }

    /// Reads the centre file at `path` through `files` (the disk by default), with the sources it names
    /// (canton, calendars, habits), not yet read.
    public func document(
        contentsOf path: String,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> CentreDocument {
        try document(yaml: YAMLFile.text(contentsOf: path, noun: "centre", files: files), fileName: path)
    }

    /// Reads a centre and its sources from its text; `fileName` is what errors show as the file, and the
    /// folder that relative paths in it start from.
    public func document(yaml: String, fileName: String) throws(ScenarioErrors) -> CentreDocument {
        var parser = ScenarioParser(fileName: fileName, text: yaml)
        guard let root = try YAMLFile.compose(yaml, parser: &parser) else {
            throw YAMLFile.emptyFileError(fileName, expected: Phrase("scenario.expected.centre"))
        }
        guard let centre = parser.centre(from: root) else {
            throw ScenarioErrors(parser.errors(), language: parser.language)
        }
        var sources = parser.sources
        sources.polls = []
        sources.participants = [:]
        return CentreDocument(
            centre: centre,
            sources: sources,
            fileName: fileName,
            workshops: parser.workshopCatalogue ?? WorkshopCatalogue(fileName: fileName)
        )
    }
}

/// A centre as written, with the sources it names but that are not read yet.
public struct CentreDocument: Hashable, Sendable {
    /// The organisation, facilitators, venues, closures (as written: no holidays yet) and travel buffer.
    public var centre: Centre
    /// What the centre names besides its records: canton, habits and calendars.
    ///
    /// The canton whose holidays are closures (`VD` unless the organisation says otherwise), the
    /// facilitators' weekly habits and calendars, the venues' calendars. No polls, no participants.
    public var sources: AvailabilitySources
    /// The centre file as the user named it.
    public var fileName: String
    /// The workshop catalogue written under `workshops`; empty when the file has none.
    public var workshops: WorkshopCatalogue

    /// Wraps a centre and its sources, read from `fileName`.
    public init(
        centre: Centre,
        sources: AvailabilitySources,
        fileName: String,
        workshops: WorkshopCatalogue = WorkshopCatalogue()
    ) {
        self.centre = centre
        self.sources = sources
        self.fileName = fileName
        self.workshops = workshops
    }
}

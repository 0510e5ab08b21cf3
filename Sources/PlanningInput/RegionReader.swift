import Phrasebook
public import PlanningDomain

/// Reads a region file (`REGION.yaml`): what the coordinator's calendar plans without a workspace.
///
/// ```yaml
/// centre: centre.yaml                      # the centre file (its `workshops` are the catalogue, unless below)
/// year: 2027                               # the planned year; default: the year of the first candidate
/// groups:
///   - groups/proches-aidants.yaml          # a group founding, nothing published
///   - {scenario: groups/deuil.yaml, published: {information: info-0112}}      # pinned sessions
///   - {scenario: groups/parents.yaml, stage: review-due, founded-on: 2026-11-10}
/// workshops: ateliers.yaml                 # a catalogue of its own (optional)
/// interest: interets.yaml                  # who wants which workshop (optional)
/// published-runs: [{workshop: ecoute-active, slot: ecoute-active-20270313-0930-grand-pont}]
/// bookings: [{venue: grand-pont, date: 2027-03-05, start: "14:00", end: "22:00", reason: Assemblée}]
/// ```
///
/// Paths are taken from the region file's folder. The files named are read by `AvailabilityImport`'s
/// `RegionLoader`, which reports their problems located in each file.
public struct RegionReader: Sendable {
    /// A reader; it holds no state.
    public init() {}

    /// Reads the region file at `path` through `files` (the disk by default).
    public func document(
        contentsOf path: String,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> RegionDocument {
        try document(yaml: YAMLFile.text(contentsOf: path, noun: "region", files: files), fileName: path)
    }

    /// Reads a region file from its text; `fileName` is what errors show as the file.
    public func document(yaml: String, fileName: String) throws(ScenarioErrors) -> RegionDocument {
        var parser = ScenarioParser(fileName: fileName, text: yaml)
        parser.documentName = Noun.regionFile
        guard let root = try YAMLFile.compose(yaml, parser: &parser) else {
            throw YAMLFile.emptyFileError(fileName, expected: Phrase("scenario.expected.region"))
        }
        let document = parser.region(from: root)
        guard parser.problems.isEmpty, let document else { throw ScenarioErrors(parser.errors()) }
        return document
    }
}

/// A region file as written: the files it names, not read yet, and what it pins.
public struct RegionDocument: Hashable, Sendable {
    /// The region file as the user named it.
    public var fileName: String
    /// The centre file.
    public var centre: FileReference
    /// The planned year, when written.
    public var year: Int?
    /// The groups, in file order.
    public var groups: [RegionGroupEntry]
    /// A workshop catalogue of its own, when named.
    public var workshops: FileReference?
    /// The interest file, when named.
    public var interest: FileReference?
    /// Workshop runs already published, with where each is written.
    public var publishedRuns: [Located<PublishedRun>]
    /// Times rooms are taken by others, with where each is written.
    public var bookings: [Located<VenueBooking>]

    /// A region document.
    public init(
        fileName: String,
        centre: FileReference,
        year: Int? = nil,
        groups: [RegionGroupEntry],
        workshops: FileReference? = nil,
        interest: FileReference? = nil,
        publishedRuns: [Located<PublishedRun>] = [],
        bookings: [Located<VenueBooking>] = []
    ) {
        self.fileName = fileName
        self.centre = centre
        self.year = year
        self.groups = groups
        self.workshops = workshops
        self.interest = interest
        self.publishedRuns = publishedRuns
        self.bookings = bookings
    }
}

/// A value with where it is written, for errors about it found after reading the files it refers to.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value.
    public var value: Value
    /// Where it is written.
    public var location: SourceLocation

    /// A located value.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// One group of a region file: its scenario file, its stage and its published sessions.
public struct RegionGroupEntry: Hashable, Sendable {
    /// The group's scenario file.
    public var scenario: FileReference
    /// Founding (the default), or its review due.
    public var stage: GroupStage
    /// The day of founding session 2, for a group whose review is due.
    public var foundedOn: LocalDate?
    /// The candidate published for each session, pinned.
    public var published: [SessionKind: CandidateSlot.ID]
    /// Where each published candidate is written, for errors about it.
    public var publishedLocations: [SessionKind: SourceLocation]

    /// An entry.
    public init(
        scenario: FileReference,
        stage: GroupStage = .founding,
        foundedOn: LocalDate? = nil,
        published: [SessionKind: CandidateSlot.ID] = [:],
        publishedLocations: [SessionKind: SourceLocation] = [:]
    ) {
        self.scenario = scenario
        self.stage = stage
        self.foundedOn = foundedOn
        self.published = published
        self.publishedLocations = publishedLocations
    }
}

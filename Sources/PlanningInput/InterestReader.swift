import Phrasebook
public import PlanningDomain

/// Reads who wants which workshop (`interest.yaml`), or reports every problem at once, located like every
/// reader's.
///
/// ```yaml
/// interest:
///   - id: p-claire                      # the same id for the same person across the region
///     name: Claire Morel
///     email: claire.morel@example.org
///     group: proches-aidants-lausanne   # a member of a group, if any: the priority (see InterestPriority)
///     registered: 2027-01-05            # first come, first served within a priority
///     step-free: true
///     workshops: [ecoute-active, conflits]
///     answers: {ecoute-active-20270313-0930-grand-pont: yes}
///     weekly: ["saturday 09:00-12:00"]  # and away, calendars: as a group's participants
/// polls:
///   - {file: sondage-ateliers.csv}      # Framadate exports and answer grids over the workshops' candidates
/// ```
///
/// People's availability comes from every source a group's participants use; `AvailabilityImport`'s
/// `InterestLoader` reads the files named and merges the answers with the same rule (`AnswerMerge`).
public struct InterestReader: Sendable {
    /// The centre: organisation (language, time zone) and rooms.
    public let centre: Centre
    /// The workshops people may want, and their candidates.
    public let catalogue: WorkshopCatalogue

    /// A reader against a centre and its catalogue.
    public init(centre: Centre, catalogue: WorkshopCatalogue) {
        self.centre = centre
        self.catalogue = catalogue
    }

    /// Reads the interest file at `path` through `files` (the disk by default).
    public func document(
        contentsOf path: String,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> InterestDocument {
        try document(yaml: YAMLFile.text(contentsOf: path, noun: "interest", files: files), fileName: path)
    }

    /// Reads interest from its text; `fileName` is what errors show as the file, and the folder that relative
    /// paths in it start from.
    public func document(yaml: String, fileName: String) throws(ScenarioErrors) -> InterestDocument {
        var parser = ScenarioParser(fileName: fileName, text: yaml, centre: centre)
        parser.zone = centre.organisation.timeZone
        parser.documentName = Noun.interestFile
        guard let root = try YAMLFile.compose(yaml, parser: &parser) else {
            throw YAMLFile.emptyFileError(fileName, expected: Phrase("scenario.expected.interest"))
        }
        let top = parser.fields(
            of: root,
            subject: Subject(phrase: nil, document: Noun.interestFile),
            what: Noun.interestFile,
            required: ["interest"],
            optional: ["polls"]
        )
        let people = top?["interest"].flatMap {
            parser.interest(from: $0, catalogue: catalogue, language: centre.organisation.language)
        }
        if let polls = top?["polls"] { parser.polls(from: polls) }
        guard parser.problems.isEmpty, let people else { throw ScenarioErrors(parser.errors()) }
        var sources = parser.sources
        sources.canton = nil
        return InterestDocument(
            scenario: ScenarioDocument(
                scenario: Self.scenario(of: people.map(\.participant), centre: centre, catalogue: catalogue),
                sources: sources,
                fileName: fileName
            ),
            people: people.map(\.wish)
        )
    }

    /// The group id of the scenario that carries interest through the availability readers.
    public static let carrierGroup = Group.ID("workshop-interest")

    /// A scenario whose candidates are every workshop candidate (kind `workshop`) and whose participants are the
    /// people interested: what the poll, grid, habit and calendar readers read answers against.
    static func scenario(of people: [Participant], centre: Centre, catalogue: WorkshopCatalogue) -> Scenario {
        let staff = centre.facilitators.first?.id ?? Facilitator.ID("staff")
        return Scenario(
            organisation: centre.organisation,
            group: Group(
                id: carrierGroup,
                title: "Ateliers",
                theme: "",
                type: .informationExchange,
                region: "",
                initiator: nil
            ),
            facilitators: [],
            venues: centre.venues,
            sessionRules: [],
            candidates: catalogue.workshops.flatMap { workshop in
                workshop.candidates.map { slot in
                    CandidateSlot(
                        id: CandidateSlot.ID(slot.id.rawValue),
                        kind: .workshop,
                        start: slot.start,
                        durationMinutes: slot.durationMinutes,
                        venue: slot.venue,
                        facilitator: staff
                    )
                }
            },
            participants: people,
            closures: [],
            rules: PlanningRules(initiatorMustAttend: false),
            travelBufferMinutes: centre.travelBufferMinutes
        )
    }
}

/// Interest as written: the people as participants of a scenario over every workshop candidate (with the
/// answers the file writes and the sources it names, not read yet), and what each wants.
public struct InterestDocument: Hashable, Sendable {
    /// Candidates: every workshop candidate, kind `workshop`, with the same id; participants: the people.
    public var scenario: ScenarioDocument
    /// Each person's wishes, in file order.
    public var people: [InterestedPerson]

    /// Wraps interest read from a file.
    public init(scenario: ScenarioDocument, people: [InterestedPerson]) {
        self.scenario = scenario
        self.people = people
    }
}

/// What one person wants: which workshops, as a member of which group, registered when.
public struct InterestedPerson: Hashable, Sendable {
    /// Who, by their region-wide id.
    public var person: Participant.ID
    /// The workshops wanted, in the order written.
    public var workshops: [Workshop.ID]
    /// Their group, if they are a member of one.
    public var group: Group.ID?
    /// When they registered; `nil` ranks last within a priority.
    public var registeredAt: Instant?

    /// A person's wishes.
    public init(person: Participant.ID, workshops: [Workshop.ID], group: Group.ID?, registeredAt: Instant?) {
        self.person = person
        self.workshops = workshops
        self.group = group
        self.registeredAt = registeredAt
    }
}

import Phrasebook
import PlanningDomain

/// The region file (see ``RegionReader``).
extension ScenarioParser {
    mutating func region(from root: YAMLNode) -> RegionDocument? {
        guard
            let top = fields(
                of: root,
                subject: Subject(phrase: nil, document: Noun.regionFile),
                what: Noun.regionFile,
                required: ["centre", "groups"],
                optional: ["year", "workshops", "interest", "published-runs", "bookings"]
            )
        else { return nil }
        let centre = top["centre"].flatMap { fileReference($0, what: Noun.key("centre")) }
        let year: Int?? =
            top["year"] == nil
            ? .some(nil)
            : wholeNumber("year", in: top, range: 1971...9998, code: .invalidNumber) { Self.valued("year", $0) }
                .map { .some($0.value) }
        let groups = top["groups"].flatMap { regionGroups(from: $0) }
        let workshops: FileReference?? =
            top["workshops"] == nil
            ? .some(nil) : top["workshops"].flatMap { fileReference($0, what: Noun.key("workshops")) }
        let interest: FileReference?? =
            top["interest"] == nil
            ? .some(nil) : top["interest"].flatMap { fileReference($0, what: Noun.key("interest")) }
        let runs = top["published-runs"].map { publishedRuns(from: $0) } ?? []
        let bookings = top["bookings"].map { roomBookings(from: $0) } ?? []
        guard let centre, let year, let groups, let workshops, let interest, let runs, let bookings else { return nil }
        return RegionDocument(
            fileName: fileName,
            centre: centre,
            year: year,
            groups: groups,
            workshops: workshops,
            interest: interest,
            publishedRuns: runs,
            bookings: bookings
        )
    }

    private mutating func regionGroups(from node: YAMLNode) -> [RegionGroupEntry]? {
        entries(of: node, section: "groups") { parser, entry, index in
            if entry.scalar != nil {
                return parser.fileReference(entry, what: Noun.entry(index, of: Noun.key("groups"))).map {
                    RegionGroupEntry(scenario: $0)
                }
            }
            return parser.regionGroup(from: entry, index: index)
        }
    }

    private mutating func regionGroup(from node: YAMLNode, index: Int) -> RegionGroupEntry? {
        let subject = Subject(phrase: Phrase("scenario.noun.groupNumber", ["number": .number(index + 1)]))
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.entry(index, of: Noun.key("groups")),
                required: ["scenario"],
                optional: ["stage", "founded-on", "published"]
            )
        else { return nil }
        let scenario = fields["scenario"].flatMap { fileReference($0, what: subject.field("scenario")) }
        let stage = fields["stage"] == nil ? .founding : choice("stage", in: fields, noun: "stage", as: GroupStage.self)
        let foundedOn: LocalDate?? =
            fields["founded-on"] == nil
            ? .some(nil)
            : fields["founded-on"].flatMap { date($0, what: subject.field("founded-on")) }.map { .some($0) }
        var published: [SessionKind: CandidateSlot.ID] = [:]
        var locations: [SessionKind: SourceLocation] = [:]
        var isValid = true
        if let node = fields["published"],
            let kinds = self.fields(
                of: node,
                subject: Subject(phrase: Phrase("scenario.noun.publishedOf", ["subject": subject.name])),
                what: subject.field("published"),
                required: [],
                optional: Self.kinds,
                describeUnknown: { Self.unknownKind($0, under: "published") }
            )
        {
            for kind in SessionKind.groupSequence {
                guard let value = kinds[kind.rawValue] else { continue }
                if let id = identifier(kind.rawValue, in: kinds, kind: "candidate") {
                    published[kind] = CandidateSlot.ID(id)
                    locations[kind] = location(of: value)
                } else {
                    isValid = false
                }
            }
        } else if fields["published"] != nil {
            isValid = false
        }
        guard let scenario, let stage, let foundedOn, isValid else { return nil }
        return RegionGroupEntry(
            scenario: scenario,
            stage: stage,
            foundedOn: foundedOn,
            published: published,
            publishedLocations: locations
        )
    }

    /// `published-runs: [{workshop: ecoute-active, slot: …}]`, checked against the catalogue later.
    private mutating func publishedRuns(from node: YAMLNode) -> [Located<PublishedRun>]? {
        entries(of: node, section: "published-runs", allowsEmpty: true) { parser, entry, index in
            let subject = Subject(phrase: Phrase("scenario.noun.publishedRun", ["number": .number(index + 1)]))
            guard
                let fields = parser.fields(
                    of: entry,
                    subject: subject,
                    what: Noun.entry(index, of: Noun.key("published-runs")),
                    required: ["workshop", "slot"]
                )
            else { return nil }
            let workshop = parser.identifier("workshop", in: fields, kind: "workshop")
            let slot = parser.identifier("slot", in: fields, kind: "candidate")
            guard let workshop, let slot else { return nil }
            return Located(
                PublishedRun(workshop: Workshop.ID(workshop), slot: WorkshopSlot.ID(slot)),
                at: parser.location(of: entry)
            )
        }
    }

    /// `bookings: [{venue: grand-pont, date: 2027-03-05, start: "14:00", end: "22:00", reason: …}]`.
    private mutating func roomBookings(from node: YAMLNode) -> [Located<VenueBooking>]? {
        entries(of: node, section: "bookings", allowsEmpty: true) { parser, entry, index in
            let subject = Subject(phrase: Phrase("scenario.noun.booking", ["number": .number(index + 1)]))
            guard
                let fields = parser.fields(
                    of: entry,
                    subject: subject,
                    what: Noun.entry(index, of: Noun.key("bookings")),
                    required: ["venue", "date", "start", "end"],
                    optional: ["reason"]
                )
            else { return nil }
            let venue = parser.identifier("venue", in: fields, kind: "venue")
            let date = fields["date"].flatMap { parser.date($0, what: subject.field("date")) }
            let start = parser.time("start", in: fields, noun: "start")
            let end = parser.time("end", in: fields, noun: "end")
            let reason = parser.text("reason", in: fields)
            guard let venue, let date, let start, let end else { return nil }
            guard start.value < end.value else {
                parser.report(
                    .invalidPeriod,
                    at: end.node,
                    value: end.value.description,
                    Phrase(
                        "scenario.endsNotAfterStart",
                        [
                            "subject": subject.name, "end": .verbatim(end.value.description),
                            "start": .verbatim(start.value.description),
                        ]
                    )
                )
                return nil
            }
            return Located(
                VenueBooking(
                    venue: Venue.ID(venue),
                    start: LocalDateTime(date: date, time: start.value),
                    end: LocalDateTime(date: date, time: end.value),
                    reason: reason
                ),
                at: parser.location(of: entry)
            )
        }
    }
}

import Phrasebook
import PlanningDomain

/// Reads a composed YAML tree into a ``Scenario``, collecting every problem on the way.
///
/// Each section has its reader in `ScenarioParser+Section.swift`. A reader reports what is wrong and returns
/// `nil` for what it could not read; the scenario is assembled only when no problem was found. Sections are
/// read in the order their references need, whatever their order in the file (venues and facilitators before
/// candidates, candidates before the participants' answers, participants before the initiator check); the
/// problems are sorted into file order at the end.
struct ScenarioParser {
    /// One problem, before it is rendered with its line.
    struct Problem {
        var code: ScenarioError.Code
        var line: Int
        var column: Int
        var value: String?
        var phrase: Phrase
    }

    let fileName: String
    let source: SourceText
    private(set) var problems: [Problem] = []
    /// Where participants' names and e-mail addresses are written, to be masked in the lines shown.
    var personalSpans: [SourceText.Span] = []
    /// The ids read so far, per kind of thing (`venue`), for duplicate ids and references.
    var registries: [String: IDRegistry] = [:]
    /// Where keys that repeat an earlier key of their map are written, `line:column`; they are reported and
    /// not read.
    var setAsideKeys: Set<String> = []
    /// The organisation's time zone once read, for wall-clock times that do not exist in it.
    var zone: String?
    /// The organisation's language once read (the centre's for a scenario on the centre's records): what the
    /// problems are worded in when the reader states no language.
    var language: Language?
    /// The folder of the scenario file as written (`Resources/Examples`), empty for the current folder: paths
    /// in the scenario are taken from there.
    let directory: String
    /// The availability sources named so far.
    var sources = AvailabilitySources()
    /// The centre's records a scenario may refer to instead of defining its organisation, facilitators and
    /// venues; `nil` when there are none (then the scenario must define them).
    let centre: Centre?
    /// The organisation's `travel-buffer-minutes`, when written.
    var travelBufferMinutes: Int?
    /// What the file is, in messages: `the scenario` or `the centre`.
    var documentName = Noun.scenario
    /// The group's `public-text` and `audience`, once read.
    var publicDescription = PublicDescription.none
    /// The candidates' ids and the shorter ids that name a generated one, once the candidates are read.
    var candidateReferences: CandidateReferences?
    /// The candidates' own ids, once read.
    var candidateIDs: Set<CandidateSlot.ID> = []
    /// The centre file's workshop catalogue, once read; `nil` when it has none.
    var workshopCatalogue: WorkshopCatalogue?

    /// The ids of one kind of thing in file order, each with the node of its first occurrence.
    ///
    /// Ids that were refused (`grand pont`) are kept apart: a reference to one of them, or to something close
    /// to one of them (`grand-pont`), is not reported again, and they are never suggested.
    struct IDRegistry {
        var order: [String] = []
        var nodes: [String: YAMLNode] = [:]
        var refused: [String] = []
        /// Ids defined elsewhere (the centre's records) that references may name too.
        var external: [String] = []

        /// Whether a reference to `id` needs no report: `id` is known, or it refers to a refused definition,
        /// written the same or close enough to be a typo and no farther than any known id.
        func covers(_ id: String) -> Bool {
            if nodes[id] != nil || refused.contains(id) || external.contains(id) { return true }
            let nearestRefused = refused.filter { Suggestion.closest(to: id, among: [$0]) != nil }
                .compactMap { Suggestion.editDistance(id, $0, atMost: Suggestion.longestCompared) }.min()
            guard let nearestRefused else { return false }
            // Bounded: a known id nearer than the refused one is all that matters.
            return (order + external).allSatisfy {
                Suggestion.editDistance(id, $0, atMost: nearestRefused - 1) == nil
            }
        }

        /// `; did you mean 'x'?` with a known id (the file's first, then the centre's), or `.`; never a refused
        /// id.
        func hint(for id: String) -> Phrase {
            .hintOrPeriod(Suggestion.closest(to: id, among: order + external.filter { nodes[$0] == nil }))
        }

        /// Whether references can be checked: something of this kind was defined, well or not, here or in the
        /// centre.
        var isChecked: Bool { !order.isEmpty || !refused.isEmpty || !external.isEmpty }
    }

    init(fileName: String, text: String, centre: Centre? = nil) {
        self.fileName = fileName
        self.source = SourceText(text)
        self.directory = fileName.lastIndex(of: "/").map { String(fileName[..<$0]) } ?? ""
        self.centre = centre
        if let centre {
            registries["facilitator", default: IDRegistry()].external = centre.facilitators.map(\.id.rawValue)
            registries["venue", default: IDRegistry()].external = centre.venues.map(\.id.rawValue)
        }
    }

    // MARK: - The scenario

    static let sections = [
        "organisation", "group", "facilitators", "venues", "candidates", "participants", "rules", "sessions",
        "closures", "polls",
    ]
    /// The sections a scenario may take from the centre's records instead.
    static let centreSections: Set = ["organisation", "facilitators", "venues"]
    static let alwaysOptionalSections: Set = ["rules", "sessions", "closures", "polls"]

    /// The sections a scenario must write: all but the centre's when it has the centre's records.
    var requiredSections: [String] {
        Self.sections.filter {
            !Self.alwaysOptionalSections.contains($0) && (centre == nil || !Self.centreSections.contains($0))
        }
    }

    /// The scenario of a document, or `nil` when anything is wrong (see ``problems``).
    mutating func scenario(from root: YAMLNode) -> Scenario? {
        let required = requiredSections
        guard
            let top = fields(
                of: root,
                subject: .scenario,
                what: Noun.scenario,
                required: required,
                optional: Self.sections.filter { !required.contains($0) }
            )
        else { return nil }

        let organisation =
            top["organisation"] == nil
            ? centreOrganisation() : top["organisation"].flatMap { self.organisation(from: $0) }
        let groupDraft = top["group"].flatMap { self.group(from: $0) }
        let rules = top["rules"].map { self.rules(from: $0) } ?? PlanningRules()
        // Left out, they are the centre's (without a centre, reported as missing).
        let ownFacilitators: [Facilitator]? =
            top["facilitators"] == nil
            ? (centre == nil ? nil : []) : top["facilitators"].flatMap { facilitators(from: $0) }
        let ownVenues: [Venue]? =
            top["venues"] == nil ? (centre == nil ? nil : []) : top["venues"].flatMap { venues(from: $0) }
        let sessionRules = top["sessions"].map { self.sessionRules(from: $0) } ?? Self.standardRules
        let candidates = top["candidates"].flatMap { self.candidates(from: $0, rules: sessionRules) }
        if let candidates {
            candidateReferences = CandidateReferences(candidates)
            candidateIDs = Set(candidates.map(\.id))
        }
        let participantsDraft = top["participants"].map {
            self.participants(from: $0, defaultLanguage: organisation?.language ?? .french)
        }
        let closures = top["closures"].map { self.closures(from: $0) } ?? []
        if let polls = top["polls"] { self.polls(from: polls) }
        let initiator = participantsDraft.flatMap { self.initiator(group: groupDraft, participants: $0) }
        let participants = participantsDraft?.participants

        guard problems.isEmpty, let organisation, let groupDraft, let ownFacilitators, let ownVenues,
            let candidates, let participants
        else { return nil }
        var group = groupDraft.group
        group.initiator = initiator
        let plannedKinds = Set(candidates.map(\.kind))
        return Scenario(
            organisation: organisation,
            group: group,
            facilitators: ownFacilitators + centreFacilitators(usedBy: candidates, besides: ownFacilitators),
            venues: ownVenues + centreVenues(usedBy: candidates, besides: ownVenues),
            sessionRules: sessionRules.filter { $0.kind != .review || plannedKinds.contains(.review) },
            candidates: candidates,
            participants: participants.map { participant in
                var participant = participant
                participant.isInitiator = participant.id == initiator
                return participant
            },
            closures: closures + (centre?.closures ?? []).filter { !closures.contains($0) },
            rules: rules
        )
    }

    /// The session rules of DOMAIN.md, review included (dropped later when it has no candidates).
    static let standardRules = SessionKind.groupSequence.map(SessionRule.standard)

    // MARK: - Reporting

    /// Records a problem at a node's position.
    mutating func report(_ code: ScenarioError.Code, at node: YAMLNode, value: String? = nil, _ phrase: Phrase) {
        let mark = node.mark
        report(code, line: mark?.line ?? 1, column: mark?.column ?? 1, value: value, phrase)
    }

    /// Records a problem at a line and column.
    mutating func report(_ code: ScenarioError.Code, line: Int, column: Int, value: String? = nil, _ phrase: Phrase) {
        problems.append(Problem(code: code, line: line, column: column, value: value, phrase: phrase))
    }

    /// Records a problem whose sentence is already written (in English): it reads the same in every language.
    mutating func report(_ code: ScenarioError.Code, at node: YAMLNode, value: String? = nil, _ message: String) {
        report(code, at: node, value: value, .verbatim(message))
    }

    /// The problems as errors, in file order, each with its line (personal data masked).
    func errors() -> [ScenarioError] {
        var seen = Set<ScenarioError>()
        return problems.enumerated()
            .sorted {
                ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
            }
            .compactMap { _, problem in
                let error = ScenarioError(
                    code: problem.code,
                    file: fileName,
                    line: problem.line,
                    column: problem.column,
                    value: problem.value,
                    phrase: problem.phrase,
                    sourceLine: source.maskedLine(problem.line, spans: personalSpans)
                )
                return seen.insert(error).inserted ? error : nil
            }
    }

    /// Reports a key that repeats an earlier key of its map, and sets it aside (see ``isSetAside(_:)``).
    ///
    /// The line shown has the values of `name:` and `email:` masked, as for a YAML syntax error, since the
    /// value set aside is not read.
    mutating func setAside(_ repetition: RepeatedKey) {
        setAsideKeys.insert("\(repetition.line):\(repetition.column)")
        personalSpans += source.personalSpansByText(onLine: repetition.line)
        report(
            .duplicateKey,
            line: repetition.line,
            column: repetition.column,
            value: repetition.key,
            Phrase(
                "scenario.duplicateKey",
                ["key": .verbatim(repetition.key), "line": .number(repetition.firstLine)]
            )
        )
    }

    /// Whether a map's key repeats an earlier one (reported already): its entry is not read.
    func isSetAside(_ key: YAMLNode) -> Bool {
        guard !setAsideKeys.isEmpty, let mark = key.mark else { return false }
        return setAsideKeys.contains("\(mark.line):\(mark.column)")
    }

    /// Remembers that a scalar holds a participant's personal data.
    mutating func markPersonal(_ node: YAMLNode) {
        guard let mark = node.mark, let value = node.scalar?.string else { return }
        let end = source.scalarEnd(line: mark.line, column: mark.column, value: value)
        personalSpans.append(SourceText.Span(line: mark.line, start: mark.column, end: end))
    }
}

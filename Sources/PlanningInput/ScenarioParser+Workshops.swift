import InputVocabulary
import Phrasebook
import PlanningDomain

/// The workshop catalogue (`workshops:`), in the centre file or a file of its own (see ``WorkshopCatalogue``).
extension ScenarioParser {
    static let workshopKeys = [
        "description", "duration-minutes", "minimum-participants", "maximum-participants", "runs", "months", "windows",
        "facilitators", "facilitators-needed", "room",
    ]

    /// The most runs of one workshop in a year.
    static let mostRuns = 100

    /// The catalogue of a `workshops` list, checked against `facilitators` (the centre's); `nil` after reporting.
    ///
    /// `facilitators` is `nil` when the centre's list itself had problems (already reported): the workshops are
    /// then not checked for qualified facilitators, so one bad facilitator record does not make every workshop
    /// look unstaffed.
    mutating func workshops(from node: YAMLNode, facilitators: [Facilitator]?) -> WorkshopCatalogue? {
        var named: [Workshop.ID: [Facilitator.ID]] = [:]
        let workshops = entries(of: node, section: "workshops", allowsEmpty: true) { parser, entry, index in
            parser.workshop(from: entry, index: index, facilitators: facilitators, named: &named)
        }
        return workshops.map { WorkshopCatalogue(workshops: $0, facilitators: named, fileName: fileName) }
    }

    private mutating func workshop(
        from node: YAMLNode,
        index: Int,
        facilitators: [Facilitator]?,
        named: inout [Workshop.ID: [Facilitator.ID]]
    ) -> Workshop? {
        let subject = Subject(phrase: Noun.entry("workshop", id: peekID(node), index: index))
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.entry(index, of: Noun.key("workshops")),
                required: ["id", "title", "candidates"],
                optional: Self.workshopKeys
            )
        else { return nil }
        let id = registeredID(in: fields, kind: "workshop")
        let titles = fields["title"].flatMap { languageTexts($0, of: subject, key: "title") }
        let descriptions = fields["description"].map { languageTexts($0, of: subject, key: "description") } ?? [:]
        let duration = count("duration-minutes", in: fields, range: 1...Self.longestDuration, code: .invalidDuration)
        let minimum = count("minimum-participants", in: fields, range: 1...Self.largestCount, code: .invalidNumber)
        let maximum = count("maximum-participants", in: fields, range: 1...Self.largestCount, code: .invalidNumber)
        let runs = count("runs", in: fields, range: 1...Self.mostRuns, code: .invalidNumber)
        let needed = count("facilitators-needed", in: fields, range: 1...2, code: .invalidNumber)
        let room = fields["room"].map { self.room($0, of: subject) } ?? (nil, false)
        let windows = workshopWindows(in: fields)
        let leaders: [Facilitator.ID]?? =
            fields["facilitators"] == nil
            ? .some(nil)
            : fields["facilitators"].flatMap { references($0, of: subject, key: "facilitators", kind: "facilitator") }
                .map { .some($0.map { Facilitator.ID($0) }) }
        guard let id, let titles, let descriptions, let duration, let minimum, let maximum, let runs, let needed,
            let room, let windows, let leaders
        else {
            if let candidates = fields["candidates"] { registerSlotIDs(under: candidates) }
            return nil
        }
        let workshopID = Workshop.ID(id)
        let minimumValue = minimum ?? Workshop.defaultMinimumParticipants
        let maximumValue = maximum ?? Workshop.defaultMaximumParticipants
        if minimumValue > maximumValue {
            report(
                .minimumAboveMaximum,
                at: fields["minimum-participants"] ?? fields["maximum-participants"] ?? node,
                value: String(minimumValue),
                Phrase(
                    "scenario.minimumAboveMaximum",
                    ["minimum": .number(minimumValue), "subject": subject.name, "maximum": .number(maximumValue)]
                )
            )
        }
        let qualification = WorkshopCatalogue(facilitators: leaders.map { [workshopID: $0] } ?? [:])
        let qualified = (facilitators ?? []).filter { qualification.mayLead($0, workshopID) }.map(\.id.rawValue)
        let neededValue = needed ?? 1
        if facilitators != nil, qualified.count < neededValue {
            let found =
                qualified.isEmpty
                ? Phrase("scenario.noQualified")
                : Phrase("scenario.onlyQualified", ["count": .number(qualified.count), "ids": .ids(qualified)])
            report(
                .noQualifiedFacilitator,
                at: fields["facilitators"] ?? fields["id"] ?? node,
                value: qualified.joined(separator: ", "),
                Phrase(
                    "scenario.notEnoughQualified",
                    ["subject": subject.name, "found": found, "needed": .number(neededValue)]
                )
            )
        }
        let slots = fields["candidates"].flatMap {
            workshopCandidates(from: $0, of: subject, workshop: id, duration: duration ?? 150, windows: windows)
        }
        guard let slots else { return nil }
        checkWindows(windows, slots: slots, of: subject)
        if let leaders { named[workshopID] = leaders }
        return Workshop(
            id: workshopID,
            titles: titles,
            descriptions: descriptions,
            durationMinutes: duration ?? Workshop.defaultDurationMinutes,
            minimumParticipants: minimumValue,
            maximumParticipants: maximumValue,
            runs: runs ?? 1,
            windows: windows.map(\.window),
            facilitatorsNeeded: neededValue,
            needsStepFreeAccess: room.stepFree,
            minimumRoomCapacity: room.capacity,
            candidates: slots
        )
    }

    // MARK: - Values

    /// A whole number that may be left out: `.some(nil)` when absent, `nil` after reporting.
    private mutating func count(
        _ key: String,
        in fields: Fields,
        range: ClosedRange<Int>,
        code: ScenarioError.Code
    ) -> Int?? {
        guard fields[key] != nil else { return .some(nil) }
        let upper = key == "duration-minutes" ? Self.twelveHours : .empty
        return wholeNumber(key, in: fields, range: range, code: code, upperNote: upper) {
            Self.valueOf(key, $0, of: fields.subject.name)
        }
        .map { .some($0.value) }
    }

    /// `title: {fr: Écoute active, de: Aktives Zuhören}`, or one text (French).
    private mutating func languageTexts(_ node: YAMLNode, of subject: Subject, key: String) -> [Language: String]? {
        if let text = node.scalar?.string.trimmed {
            guard !text.isEmpty else {
                report(.missingKey, at: node, value: key, Noun.hasNoValue(subject.field(key)))
                return nil
            }
            return [.french: text]
        }
        guard
            let fields = fields(
                of: node,
                subject: Subject(
                    phrase: Phrase("scenario.noun.textOf", ["key": .verbatim(key), "subject": subject.name])
                ),
                what: subject.field(key),
                required: [],
                optional: Self.languages
            )
        else { return nil }
        var texts: [Language: String] = [:]
        for code in Self.languages {
            if let text = text(code, in: fields), !text.isEmpty { texts[Language(code)] = text }
        }
        guard !texts.isEmpty else {
            report(
                .missingKey,
                at: node,
                value: key,
                Phrase("scenario.noText", ["field": subject.field(key)])
            )
            return nil
        }
        return texts
    }

    /// `room: {capacity: 12, step-free: true}`.
    private mutating func room(_ node: YAMLNode, of subject: Subject) -> (capacity: Int?, stepFree: Bool)? {
        guard
            let fields = fields(
                of: node,
                subject: Subject(phrase: Phrase("scenario.noun.roomOf", ["subject": subject.name])),
                what: subject.field("room"),
                required: [],
                optional: ["capacity", "step-free"]
            )
        else { return nil }
        let capacity = count("capacity", in: fields, range: 1...Self.largestCount, code: .invalidCapacity)
        let stepFree = fields["step-free"] == nil ? false : boolean("step-free", in: fields)
        guard let capacity, let stepFree else { return nil }
        return (capacity, stepFree)
    }
}

import PlanningDomain
internal import Yams

/// The `sessions` and `candidates` sections.
extension ScenarioParser {
    /// The kinds a scenario plans, in sequence order.
    static let kinds = SessionKind.groupSequence.map(\.rawValue)

    // MARK: - Sessions

    /// `sessions: {founding1: {duration-minutes: 120, days-after-previous: {min: 7, max: 28}}}`; every kind
    /// of the group sequence gets a rule, the defaults of DOMAIN.md where nothing is written.
    mutating func sessionRules(from node: Node) -> [SessionRule] {
        let defaults = Self.standardRules
        guard
            let fields = fields(
                of: node,
                subject: Subject(phrase: "the sessions"),
                what: "'sessions'",
                required: [],
                optional: Self.kinds,
                describeUnknown: { Self.unknownKind($0, under: "sessions") }
            )
        else { return defaults }
        return defaults.map { standard in
            fields[standard.kind.rawValue].map { sessionRule(from: $0, standard: standard) } ?? standard
        }
    }

    private mutating func sessionRule(from node: Node, standard: SessionRule) -> SessionRule {
        let kind = standard.kind
        let subject = Subject(phrase: "session '\(kind.rawValue)'")
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: "'\(kind.rawValue)' of the sessions",
                required: [],
                optional: ["duration-minutes", "days-after-previous"]
            )
        else { return standard }
        var rule = standard
        if let duration = duration(in: fields) { rule.durationMinutes = duration }
        if let rangeNode = fields["days-after-previous"] {
            if standard.daysAfterPrevious == nil, let key = fields.keyNode("days-after-previous") {
                report(
                    .unknownKey,
                    at: key,
                    value: "days-after-previous",
                    "\(subject.name) comes first and takes no 'days-after-previous'."
                )
            } else if let range = dayRange(from: rangeNode, of: subject) {
                rule.daysAfterPrevious = range
            }
        }
        return rule
    }

    /// `{min: 7, max: 28}`: whole days, neither negative, min not above max.
    private mutating func dayRange(from node: Node, of subject: Subject) -> ClosedRange<Int>? {
        let rangeSubject = Subject(phrase: "days-after-previous of \(subject.name)")
        guard
            let fields = fields(
                of: node,
                subject: rangeSubject,
                what: subject.field("days-after-previous"),
                required: ["min", "max"]
            )
        else { return nil }
        var bounds: [(value: Int, node: Node)?] = []
        for key in ["min", "max"] {
            var bound = wholeNumber(key, in: fields)
            if let (value, node) = bound, value < 0 {
                report(
                    .invalidDayRange,
                    at: node,
                    value: String(value),
                    "\(key) '\(value)' of \(rangeSubject.name) must be at least 0."
                )
                bound = nil
            }
            bounds.append(bound)
        }
        guard let min = bounds[0], let max = bounds[1] else { return nil }
        guard min.value <= max.value else {
            report(
                .invalidDayRange,
                at: min.node,
                value: String(min.value),
                "\(rangeSubject.name) has min '\(min.value)' above max '\(max.value)'."
            )
            return nil
        }
        return min.value...max.value
    }

    /// `duration-minutes`, at least 1; `nil` when absent or after reporting.
    private mutating func duration(in fields: Fields) -> Int? {
        guard let (value, node) = wholeNumber("duration-minutes", in: fields) else { return nil }
        guard value >= 1 else {
            report(
                .invalidDuration,
                at: node,
                value: String(value),
                "duration-minutes '\(value)' of \(fields.subject.name) must be at least 1."
            )
            return nil
        }
        return value
    }

    static func unknownKind(_ name: String, under section: String) -> String {
        let hint = Suggestion.hint(for: name, among: kinds)
        return "unknown session kind '\(name)' under \(section)"
            + (hint.isEmpty ? "; expected one of \(kinds.joined(separator: ", "))." : hint)
    }

    // MARK: - Candidates

    /// `candidates: {information: [{id: …, date: …, start: …, venue: …, facilitator: …}], …}`.
    mutating func candidates(from node: Node, rules: [SessionRule]) -> [CandidateSlot]? {
        guard
            let fields = fields(
                of: node,
                subject: Subject(phrase: "the candidates"),
                what: "'candidates'",
                required: [],
                optional: Self.kinds,
                describeUnknown: { Self.unknownKind($0, under: "candidates") }
            )
        else { return nil }
        var slots: [CandidateSlot] = []
        var isValid = true
        // In file order, so that a duplicate id is reported where it is written second.
        for (key, value) in node.mapping ?? [:] {
            guard let name = key.scalar?.string, let rule = rules.first(where: { $0.kind.rawValue == name }) else {
                registerIDs(under: value)
                isValid = false
                continue
            }
            guard fields[name] != nil else { continue }
            guard let entries = list(value, what: "'\(name)' of the candidates") else {
                isValid = false
                continue
            }
            for (index, entry) in entries.enumerated() {
                if let slot = candidate(from: entry, index: index, rule: rule) {
                    slots.append(slot)
                } else {
                    isValid = false
                }
            }
        }
        return isValid ? slots : nil
    }

    /// Records the ids of candidates listed under a misspelt kind (reported already), so that answers
    /// for them are not reported as well.
    private mutating func registerIDs(under node: Node) {
        for entry in node.sequence ?? [] {
            if let id = peekID(entry), let idNode = entry.mapping?["id"] {
                _ = register(id: id, of: "candidate", at: idNode)
            }
        }
    }

    private mutating func candidate(from node: Node, index: Int, rule: SessionRule) -> CandidateSlot? {
        let subject = Subject(
            phrase: "candidate " + (peekID(node).map { "'\($0)'" } ?? "#\(index + 1) of \(rule.kind.rawValue)")
        )
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: "entry #\(index + 1) of '\(rule.kind.rawValue)' of the candidates",
                required: ["id", "date", "start", "venue", "facilitator"],
                optional: ["duration-minutes", "end"]
            )
        else { return nil }
        let id = registeredID(in: fields, kind: "candidate")
        let date = fields["date"].flatMap { self.date($0, what: subject.field("date")) }
        let start = time("start", in: fields, noun: "start")
        let duration = slotDuration(in: fields, start: start?.value, standard: rule.durationMinutes)
        let venue = reference(
            "venue",
            in: fields,
            kind: "venue",
            code: .unknownVenue,
            phrase: "\(subject.name) uses unknown venue"
        )
        let facilitator = reference(
            "facilitator",
            in: fields,
            kind: "facilitator",
            code: .unknownFacilitator,
            phrase: "\(subject.name) uses unknown facilitator"
        )
        guard let id, let date, let start, let duration, let venue, let facilitator else { return nil }
        return CandidateSlot(
            id: CandidateSlot.ID(id),
            kind: rule.kind,
            start: LocalDateTime(date: date, time: start.value),
            durationMinutes: duration,
            venue: Venue.ID(venue),
            facilitator: Facilitator.ID(facilitator)
        )
    }

    /// The candidate's own `duration-minutes` or `end`, else the session's duration.
    private mutating func slotDuration(in fields: Fields, start: LocalTime?, standard: Int) -> Int? {
        if fields.contains("end"), fields.contains("duration-minutes"), let key = fields.keyNode("end") {
            report(
                .conflictingKeys,
                at: key,
                value: "end",
                "\(fields.subject.name) gives both 'end' and 'duration-minutes'; give one of them."
            )
            return nil
        }
        if fields["duration-minutes"] != nil { return duration(in: fields) }
        guard fields["end"] != nil else { return standard }
        guard let (end, node) = time("end", in: fields, noun: "end"), let start else { return nil }
        guard end > start else {
            let sentence =
                end == start
                ? "\(fields.subject.name) ends at '\(end)', the time it starts; it must last at least one minute."
                : "\(fields.subject.name) ends at '\(end)', before it starts at '\(start)'."
            report(.invalidDuration, at: node, value: end.description, sentence)
            return nil
        }
        return end.minuteOfDay - start.minuteOfDay
    }
}

import Calendaring
import Phrasebook
import PlanningDomain

/// The `sessions` and `candidates` sections.
extension ScenarioParser {
    /// The kinds a scenario plans, in sequence order.
    static let kinds = SessionKind.groupSequence.map(\.rawValue)

    // MARK: - Sessions

    /// `sessions: {founding1: {duration-minutes: 120, days-after-previous: {min: 7, max: 28}}}`; every kind
    /// of the group sequence gets a rule, the defaults of DOMAIN.md where nothing is written.
    mutating func sessionRules(from node: YAMLNode) -> [SessionRule] {
        let defaults = Self.standardRules
        guard
            let fields = fields(
                of: node,
                subject: Subject(phrase: Noun.sessions),
                what: Noun.key("sessions"),
                required: [],
                optional: Self.kinds,
                describeUnknown: { Self.unknownKind($0, under: "sessions") }
            )
        else { return defaults }
        return defaults.map { standard in
            fields[standard.kind.rawValue].map { sessionRule(from: $0, standard: standard) } ?? standard
        }
    }

    private mutating func sessionRule(from node: YAMLNode, standard: SessionRule) -> SessionRule {
        let kind = standard.kind
        let subject = Subject(phrase: Noun.session(kind.rawValue))
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.kindList(kind.rawValue, of: Noun.sessions),
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
                    Phrase("scenario.firstSessionGap", ["subject": subject.name])
                )
            } else if let range = dayRange(from: rangeNode, of: subject) {
                rule.daysAfterPrevious = range
            }
        }
        return rule
    }

    /// `{min: 7, max: 28}`: whole days, neither negative, min not above max.
    private mutating func dayRange(from node: YAMLNode, of subject: Subject) -> ClosedRange<Int>? {
        let rangeSubject = Subject(phrase: Noun.dayRange(of: subject.name))
        guard
            let fields = fields(
                of: node,
                subject: rangeSubject,
                what: subject.field("days-after-previous"),
                required: ["min", "max"]
            )
        else { return nil }
        let bounds = ["min", "max"].map { key in
            wholeNumber(
                key,
                in: fields,
                range: 0...Self.longestGap,
                code: .invalidDayRange,
                upperNote: Phrase("scenario.note.tenYears")
            ) { Self.valueOf(key, $0, of: rangeSubject.name) }
        }
        guard let min = bounds[0], let max = bounds[1] else { return nil }
        guard min.value <= max.value else {
            report(
                .invalidDayRange,
                at: min.node,
                value: String(min.value),
                Phrase(
                    "scenario.minAboveMax",
                    ["subject": rangeSubject.name, "min": .number(min.value), "max": .number(max.value)]
                )
            )
            return nil
        }
        return min.value...max.value
    }

    /// `duration-minutes`, from 1 to 720 (12 hours); `nil` when absent or after reporting.
    private mutating func duration(in fields: Fields) -> Int? {
        wholeNumber(
            "duration-minutes",
            in: fields,
            range: 1...Self.longestDuration,
            code: .invalidDuration,
            upperNote: Self.twelveHours
        ) { Self.valueOf("duration-minutes", $0, of: fields.subject.name) }?
        .value
    }

    /// The longest session or candidate, in minutes: 12 hours.
    static let longestDuration = 720
    /// The largest bound of `days-after-previous`: about ten years.
    static let longestGap = 3660

    static func unknownKind(_ name: String, under section: String) -> Phrase {
        Phrase(
            "scenario.unknownKindUnder",
            [
                "kind": .verbatim(name), "section": .verbatim(section),
                "hint": Suggestion.closest(to: name, among: kinds).map(Phrase.didYouMean) ?? .expectedOneOf(kinds),
            ]
        )
    }

    // MARK: - Candidates

    /// `candidates: {information: [{id: …, date: …, start: …, venue: …, facilitator: …}], …}`.
    mutating func candidates(from node: YAMLNode, rules: [SessionRule]) -> [CandidateSlot]? {
        guard
            let fields = fields(
                of: node,
                subject: Subject(phrase: Noun.candidates),
                what: Noun.key("candidates"),
                required: [],
                optional: Self.kinds,
                describeUnknown: { Self.unknownKind($0, under: "candidates") }
            )
        else { return nil }
        var slots: [CandidateSlot] = []
        var isValid = true
        // In file order, so that a duplicate id is reported where it is written second.
        for (key, value) in node.mapping ?? [:] where !isSetAside(key) {
            guard let name = key.scalar?.string, let rule = rules.first(where: { $0.kind.rawValue == name }) else {
                registerIDs(under: value)
                isValid = false
                continue
            }
            guard fields[name] != nil else { continue }
            guard let entries = list(value, what: Noun.kindList(name, of: Noun.candidates)) else {
                isValid = false
                continue
            }
            for (index, entry) in entries.enumerated() {
                if entry.mapping?["window"] != nil {
                    if let generated = windowCandidates(from: entry, index: index, rule: rule) {
                        slots += generated
                    } else {
                        isValid = false
                    }
                } else if let slot = candidate(from: entry, index: index, rule: rule) {
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
    private mutating func registerIDs(under node: YAMLNode) {
        for entry in node.sequence ?? [] {
            if let id = peekID(entry), let idNode = entry.mapping?["id"] {
                _ = register(id: id, of: "candidate", at: idNode)
            }
        }
    }

    private mutating func candidate(from node: YAMLNode, index: Int, rule: SessionRule) -> CandidateSlot? {
        let subject = Subject(phrase: Noun.candidate(id: peekID(node), index: index, kind: rule.kind.rawValue))
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.entry(index, of: Noun.kindList(rule.kind.rawValue, of: Noun.candidates)),
                required: ["id", "date", "start", "venue", "facilitator"],
                optional: ["duration-minutes", "end"]
            )
        else { return nil }
        let id = registeredID(in: fields, kind: "candidate")
        let date = fields["date"].flatMap { self.date($0, what: subject.field("date")) }
        let start = time("start", in: fields, noun: "start")
        let duration = slotDuration(in: fields, start: start?.value, standard: rule.durationMinutes)
        let venue = reference("venue", in: fields, kind: "venue", code: .unknownVenue)
        let facilitator = reference("facilitator", in: fields, kind: "facilitator", code: .unknownFacilitator)
        let fitsTheDay = date.flatMap { date in
            start.flatMap { start in duration.map { wallClock(of: fields, date: date, start: start, minutes: $0) } }
        }
        guard let id, let date, let start, let duration, let venue, let facilitator, fitsTheDay == true else {
            return nil
        }
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
                Phrase("scenario.endAndDuration", ["subject": fields.subject.name])
            )
            return nil
        }
        if fields["duration-minutes"] != nil { return duration(in: fields) }
        guard fields["end"] != nil else { return standard }
        guard let (end, node) = time("end", in: fields, noun: "end"), let start else { return nil }
        guard end > start else {
            let sentence = Phrase(
                end == start ? "scenario.endsWhenStarts" : "scenario.endsBeforeStartTime",
                [
                    "subject": fields.subject.name, "end": .verbatim(end.description),
                    "start": .verbatim(start.description),
                ]
            )
            report(.invalidDuration, at: node, value: end.description, sentence)
            return nil
        }
        return end.minuteOfDay - start.minuteOfDay
    }

    /// Checks that a candidate ends on the day it starts, and that its start and end exist on the wall clock
    /// of the organisation's time zone; `false` after reporting.
    ///
    /// The end is reported where the length is written: `end`, else `duration-minutes`, else `start` (the
    /// session's duration applies).
    private mutating func wallClock(
        of fields: Fields,
        date: LocalDate,
        start: (value: LocalTime, node: YAMLNode),
        minutes: Int
    ) -> Bool {
        let endNode = fields["end"] ?? fields["duration-minutes"] ?? start.node
        let endMinute = start.value.minuteOfDay + minutes
        if endMinute > Self.minutesPerDay {
            let next = LocalTime(hour: (endMinute / 60) % 24, minute: endMinute % 60).map(\.description) ?? ""
            report(
                .invalidDuration,
                at: endNode,
                value: next,
                Phrase("scenario.endsNextDay", ["subject": fields.subject.name, "end": .verbatim(next)])
            )
            return false
        }
        var isValid = true
        let end = LocalTime(hour: endMinute / 60, minute: endMinute % 60)
        for (verb, time, node) in [("Start", start.value, start.node), ("End", end, endNode)] {
            guard let time, let zone, !Self.exists(date: date, time: time, in: zone) else { continue }
            report(
                .invalidTime,
                at: node,
                value: time.description,
                Phrase(
                    "scenario.skipped\(verb)",
                    [
                        "subject": fields.subject.name, "time": .verbatim(time.description),
                        "date": .verbatim(date.description), "zone": .verbatim(zone),
                    ]
                )
            )
            isValid = false
        }
        return isValid
    }

    static let minutesPerDay = 1440

    /// Whether a wall-clock time occurs in a time zone: not skipped when clocks move forward.
    ///
    /// A time that occurs twice when clocks move back exists. Calendaring answers, with the offsets the
    /// calendars are written with.
    static func exists(date: LocalDate, time: LocalTime, in zone: String) -> Bool {
        TimeZoneAuthority.occurrence(of: LocalDateTime(date: date, time: time), in: zone) != .skipped
    }
}

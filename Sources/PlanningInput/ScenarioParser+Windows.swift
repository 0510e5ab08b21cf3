import InputVocabulary
import Phrasebook
import PlanningDomain

/// Candidates generated from a window: every date of a period on the weekdays given, at each start time,
/// in each venue, with each facilitator.
///
/// ```yaml
/// founding1:
///   - window: {from: 2027-02-01, to: 2027-03-31}
///     weekdays: [tuesday, thursday]
///     starts: ["18:00", "18:30"]
///     venues: [grand-pont]
///     facilitators: [anne, nadia]
/// ```
///
/// Ids are `f1-20270202-1830-grand-pont-anne`: the prefix, the date, the start, the venue and the facilitator, so
/// that a slot's id depends only on what the slot is, never on the other entries of its window. A start that does
/// not exist on a date (clocks move forward) is skipped.
extension ScenarioParser {
    /// The prefix of generated ids for each kind: the one the example uses.
    static let idPrefixes: [SessionKind: String] = [
        .information: "info", .founding1: "f1", .founding2: "f2", .review: "rev", .workshop: "ws",
    ]

    /// The most candidates one window may generate: beyond, the answers and the plan grow past what staff
    /// can read, and the planner's memory with them.
    static let largestWindow = 2000

    /// The longest window, in days: about a year and a half (longer ones are surely typing mistakes).
    static let longestWindow = 550

    mutating func windowCandidates(from node: YAMLNode, index: Int, rule: SessionRule) -> [CandidateSlot]? {
        let kind = rule.kind.rawValue
        let subject = Subject(phrase: Noun.window(index: index, kind: kind))
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.entry(index, of: Noun.kindList(kind, of: Noun.candidates)),
                required: ["window", "starts", "venues", "facilitators"],
                optional: ["weekdays", "duration-minutes", "id-prefix"]
            )
        else { return nil }
        let period = fields["window"].flatMap { windowPeriod($0, of: subject) }
        let weekdays = fields["weekdays"].map { self.weekdays(from: $0, of: subject) } ?? Set(Weekday.allCases)
        let starts = fields["starts"].flatMap { startTimes(from: $0, of: subject) }
        let venues = fields["venues"].flatMap { references($0, of: subject, key: "venues", kind: "venue") }
        let facilitators = fields["facilitators"].flatMap {
            references($0, of: subject, key: "facilitators", kind: "facilitator")
        }
        let duration =
            fields["duration-minutes"] == nil
            ? rule.durationMinutes
            : wholeNumber(
                "duration-minutes",
                in: fields,
                range: 1...Self.longestDuration,
                code: .invalidDuration,
                upperNote: Self.twelveHours
            ) { Self.valueOf("duration-minutes", $0, of: subject.name) }?
            .value
        let prefix =
            fields["id-prefix"] == nil
            ? Self.idPrefixes[rule.kind] : identifier("id-prefix", in: fields, kind: "id-prefix")
        guard let period, let weekdays, let starts, let venues, let facilitators, let duration, let prefix else {
            return nil
        }
        for start in starts where start.minuteOfDay + duration > Self.minutesPerDay {
            report(
                .invalidDuration,
                at: fields["starts"] ?? node,
                value: start.description,
                Phrase(
                    "scenario.windowEndsNextDay",
                    ["subject": subject.name, "start": .verbatim(start.description), "minutes": .number(duration)]
                )
            )
            return nil
        }
        if let start = starts.first {
            let example = Self.longestID(
                prefix: prefix,
                venues: venues,
                facilitators: facilitators,
                date: period.from,
                start: start
            )
            guard example.utf8.count <= IdentifierRule.maximumLength else {
                report(
                    .invalidID,
                    at: fields["window"] ?? node,
                    value: example,
                    Phrase(
                        "scenario.windowIDsTooLong",
                        [
                            "subject": subject.name, "example": .verbatim(example),
                            "length": .number(example.utf8.count), "maximum": .number(IdentifierRule.maximumLength),
                        ]
                    )
                )
                return nil
            }
        }
        let days = (period.from.dayNumber...period.to.dayNumber).count {
            weekdays.contains(Weekday(of: LocalDate(dayNumber: $0)))
        }
        let count = days * starts.count * venues.count * facilitators.count
        guard count <= Self.largestWindow else {
            report(
                .windowTooLarge,
                at: fields["window"] ?? node,
                value: String(count),
                Phrase(
                    "scenario.windowTooLarge",
                    [
                        "subject": subject.name, "count": .number(count), "days": .number(days),
                        "starts": .number(starts.count), "venues": .number(venues.count),
                        "facilitators": .number(facilitators.count), "maximum": .number(Self.largestWindow),
                    ]
                )
            )
            return nil
        }
        var slots: [CandidateSlot] = []
        for day in period.from.dayNumber...period.to.dayNumber {
            let date = LocalDate(dayNumber: day)
            guard weekdays.contains(Weekday(of: date)) else { continue }
            for start in starts {
                let end = LocalTime(
                    hour: (start.minuteOfDay + duration) / 60,
                    minute: (start.minuteOfDay + duration) % 60
                )
                if let zone,
                    !Self.exists(date: date, time: start, in: zone)
                        || !(end.map { Self.exists(date: date, time: $0, in: zone) } ?? true)
                {
                    continue
                }
                for venue in venues {
                    for facilitator in facilitators {
                        let id = Self.generatedID(
                            prefix: prefix,
                            date: date,
                            start: start,
                            venue: venue,
                            facilitator: facilitator
                        )
                        guard register(id: id, of: "candidate", at: fields["window"] ?? node) else { return nil }
                        sources.generatedCandidates.insert(CandidateSlot.ID(id))
                        slots.append(
                            CandidateSlot(
                                id: CandidateSlot.ID(id),
                                kind: rule.kind,
                                start: LocalDateTime(date: date, time: start),
                                durationMinutes: duration,
                                venue: Venue.ID(venue),
                                facilitator: Facilitator.ID(facilitator)
                            )
                        )
                    }
                }
            }
        }
        return slots
    }

    /// `window: {from: 2027-02-01, to: 2027-03-31}`, both ends included, at most ``longestWindow`` days.
    private mutating func windowPeriod(_ node: YAMLNode, of subject: Subject) -> Closure? {
        guard
            let fields = fields(
                of: node,
                subject: Subject(phrase: Noun.windowPeriod(of: subject.name)),
                what: subject.field("window"),
                required: ["from", "to"]
            ),
            let period = period(in: fields)
        else { return nil }
        guard period.from.days(to: period.to) < Self.longestWindow else {
            report(
                .invalidPeriod,
                at: node,
                value: "\(period.from)…\(period.to)",
                Phrase(
                    "scenario.windowTooLong",
                    [
                        "subject": subject.name, "days": .number(period.from.days(to: period.to) + 1),
                        "maximum": .number(Self.longestWindow),
                    ]
                )
            )
            return nil
        }
        return period
    }

    /// `weekdays: [tuesday, thursday]`.
    mutating func weekdays(from node: YAMLNode, of subject: Subject) -> Set<Weekday>? {
        guard let entries = list(node, what: subject.field("weekdays")) else { return nil }
        var days = Set<Weekday>()
        var isValid = true
        for entry in entries {
            guard let raw = scalar(entry, what: Noun.anEntry(of: subject.field("weekdays"))) else {
                isValid = false
                continue
            }
            guard let day = Self.weekday(raw.trimmed) else {
                let names = Weekday.allCases.map(\.description)
                report(
                    .invalidChoice,
                    at: entry,
                    value: raw,
                    Phrase(
                        "scenario.notAWeekday",
                        [
                            "value": .verbatim(WrittenText.quoted(raw)), "accepted": .verbatim(WeekdayWords.accepted),
                            "hint": Suggestion.hintOrPeriod(for: raw.trimmed.lowercased(), among: names),
                        ]
                    )
                )
                isValid = false
                continue
            }
            days.insert(day)
        }
        return isValid ? days : nil
    }

    /// `starts: ["18:00", "18:30"]`.
    mutating func startTimes(from node: YAMLNode, of subject: Subject) -> [LocalTime]? {
        guard let entries = list(node, what: subject.field("starts")) else { return nil }
        var times: [LocalTime] = []
        for entry in entries {
            guard let raw = scalar(entry, what: Noun.anEntry(of: subject.field("starts")), expected: Noun.time) else {
                return nil
            }
            guard let time = Self.clockTime(raw.trimmed) else {
                report(
                    .invalidTime,
                    at: entry,
                    value: raw,
                    Self.notATime("start", raw, of: subject.name)
                )
                return nil
            }
            if !times.contains(time) { times.append(time) }
        }
        return times.sorted()
    }

    /// A list of ids of venues or facilitators, each known.
    mutating func references(_ node: YAMLNode, of subject: Subject, key: String, kind: String) -> [String]? {
        guard let entries = list(node, what: subject.field(key)) else { return nil }
        guard !entries.isEmpty else {
            report(
                .emptyList,
                at: node,
                Phrase("scenario.emptyList", ["field": subject.field(key), "kind": Phrase("scenario.idKind.\(kind)")])
            )
            return nil
        }
        var ids: [String] = []
        for entry in entries {
            guard let id = scalar(entry, what: Noun.anEntry(of: subject.field(key)))?.trimmed else { return nil }
            if let registry = registries[kind], registry.isChecked, !registry.covers(id) {
                report(
                    kind == "venue" ? .unknownVenue : .unknownFacilitator,
                    at: entry,
                    value: id,
                    Self.unknownReference(subject.name, kind: kind, id: id, registry)
                )
                return nil
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// `f1-20270202-1830-grand-pont-anne`: what the slot is, and nothing else.
    static func generatedID(
        prefix: String,
        date: LocalDate,
        start: LocalTime,
        venue: String,
        facilitator: String
    )
        -> String
    {
        "\(prefix)-\(compact(date))-\(compact(start))-\(venue)-\(facilitator)"
    }

    /// The longest id a window generates at `start` on `date`: with its longest venue and facilitator ids.
    private static func longestID(
        prefix: String,
        venues: [String],
        facilitators: [String],
        date: LocalDate,
        start: LocalTime
    ) -> String {
        let longest = { (ids: [String]) in ids.max { $0.utf8.count < $1.utf8.count } ?? "" }
        return generatedID(
            prefix: prefix,
            date: date,
            start: start,
            venue: longest(venues),
            facilitator: longest(facilitators)
        )
    }

    /// `20270202`.
    private static func compact(_ date: LocalDate) -> String {
        String(date.description.filter { $0 != "-" })
    }

    /// `1830`.
    private static func compact(_ time: LocalTime) -> String {
        String(time.description.filter { $0 != ":" })
    }
}

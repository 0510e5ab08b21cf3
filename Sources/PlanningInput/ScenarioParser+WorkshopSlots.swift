import InputVocabulary
import Phrasebook
import PlanningDomain

/// A workshop's months and windows, and its candidates: listed one by one, or generated in its windows.
///
/// Candidate ids are unique in the whole catalogue, since people's answers name them without their workshop.
/// Generated ids are `<workshop>-<yyyymmdd>-<hhmm>-<venue>` (or `<id-prefix>-…`).
extension ScenarioParser {
    /// A month or window of a workshop, with where it is written.
    struct WrittenWindow {
        var window: DateWindow
        var node: YAMLNode
        /// `month '2027-03'`, `window 2027-03-01..2027-03-20`.
        var phrase: Phrase
    }

    /// `months: [2027-03, mars 2027]` and `windows: [{from: …, to: …}]`, in that order; `nil` after reporting,
    /// or when neither is written (reported).
    mutating func workshopWindows(in fields: Fields) -> [WrittenWindow]? {
        let subject = fields.subject
        guard fields["months"] != nil || fields["windows"] != nil else {
            report(
                .missingKey,
                at: fields.node,
                value: "months",
                Phrase("scenario.noMonthsNorWindows", ["subject": subject.name])
            )
            return nil
        }
        var windows: [WrittenWindow] = []
        var isValid = true
        if let node = fields["months"], let entries = list(node, what: subject.field("months")) {
            for entry in entries {
                guard let raw = scalar(entry, what: Noun.anEntry(of: subject.field("months")))?.trimmed else {
                    isValid = false
                    continue
                }
                guard let month = Self.month(raw) else {
                    report(
                        .invalidDate,
                        at: entry,
                        value: raw,
                        Phrase(
                            "scenario.notAMonth",
                            ["value": .verbatim(WrittenText.quoted(raw)), "subject": subject.name]
                        )
                    )
                    isValid = false
                    continue
                }
                windows.append(
                    WrittenWindow(
                        window: month,
                        node: entry,
                        phrase: Phrase("scenario.noun.month", ["value": .verbatim(raw)])
                    )
                )
            }
        } else if fields["months"] != nil {
            isValid = false
        }
        if let node = fields["windows"], let entries = list(node, what: subject.field("windows")) {
            for (index, entry) in entries.enumerated() {
                let windowSubject = Subject(
                    phrase: Phrase(
                        "scenario.noun.windowOfWorkshop",
                        ["number": .number(index + 1), "subject": subject.name]
                    )
                )
                guard
                    let windowFields = self.fields(
                        of: entry,
                        subject: windowSubject,
                        what: Noun.entry(index, of: subject.field("windows")),
                        required: ["from", "to"]
                    ),
                    let period = period(in: windowFields)
                else {
                    isValid = false
                    continue
                }
                let window = DateWindow(from: period.from, to: period.to)
                windows.append(
                    WrittenWindow(
                        window: window,
                        node: entry,
                        phrase: Phrase("scenario.noun.dateWindow", ["value": .verbatim(window.description)])
                    )
                )
            }
        } else if fields["windows"] != nil {
            isValid = false
        }
        return isValid ? windows : nil
    }

    /// `2027-03`, `03.2027`, `mars 2027`, `März 2027`: the whole month.
    static func month(_ text: String) -> DateWindow? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" || $0 == " " })
        guard parts.count == 2 else { return nil }
        if parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]) {
            return DateWindow.month(year: year, month: month)
        }
        if parts[1].count == 4, let year = Int(parts[1]) {
            if let month = Int(parts[0]) { return DateWindow.month(year: year, month: month) }
            if let month = MonthWords.month(parts[0]) { return DateWindow.month(year: year, month: month) }
        }
        return nil
    }

    /// Reports each window that holds no candidate, and each candidate outside every window.
    mutating func checkWindows(_ windows: [WrittenWindow], slots: [WorkshopSlot], of subject: Subject) {
        for written in windows where !slots.contains(where: { written.window.contains($0.date) }) {
            report(
                .emptyWindow,
                at: written.node,
                value: written.window.description,
                Phrase("scenario.emptyWindow", ["window": written.phrase, "subject": subject.name])
            )
        }
    }

    // MARK: - Candidates

    /// The `candidates` list: `{id, date, start, venue, duration-minutes}` entries and generators
    /// `{weekdays, starts, venues, window, id-prefix}`.
    mutating func workshopCandidates(
        from node: YAMLNode,
        of subject: Subject,
        workshop: String,
        duration: Int,
        windows: [WrittenWindow]
    ) -> [WorkshopSlot]? {
        guard let entries = list(node, what: subject.field("candidates")) else { return nil }
        guard !entries.isEmpty else {
            report(
                .emptyList,
                at: node,
                Phrase(
                    "scenario.emptyList",
                    ["field": subject.field("candidates"), "kind": Phrase("scenario.idKind.candidate")]
                )
            )
            return nil
        }
        var slots: [WorkshopSlot] = []
        var isValid = true
        for (index, entry) in entries.enumerated() {
            let found =
                entry.mapping?["id"] != nil
                ? listedSlot(from: entry, index: index, of: subject, duration: duration, windows: windows).map { [$0] }
                : generatedSlots(
                    from: entry,
                    index: index,
                    of: subject,
                    workshop: workshop,
                    duration: duration,
                    windows: windows
                )
            if let found { slots += found } else { isValid = false }
        }
        return isValid ? slots : nil
    }

    private mutating func listedSlot(
        from node: YAMLNode,
        index: Int,
        of workshop: Subject,
        duration: Int,
        windows: [WrittenWindow]
    ) -> WorkshopSlot? {
        let subject = Subject(phrase: Noun.entry("candidate", id: peekID(node), index: index))
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.entry(index, of: workshop.field("candidates")),
                required: ["id", "date", "start", "venue"],
                optional: ["duration-minutes"]
            )
        else { return nil }
        let id = registeredID(in: fields, kind: "workshop-slot")
        let date = fields["date"].flatMap { self.date($0, what: subject.field("date")) }
        let start = time("start", in: fields, noun: "start")
        let minutes = count("duration-minutes", in: fields, range: 1...Self.longestDuration)
        let venue = reference("venue", in: fields, kind: "venue", code: .unknownVenue)
        guard let id, let date, let start, let minutes, let venue else { return nil }
        let length = minutes ?? duration
        guard fitsTheDay(start.value, minutes: length, on: date, at: start.node, subject: subject) else { return nil }
        if !windows.isEmpty, !windows.contains(where: { $0.window.contains(date) }), let node = fields["date"] {
            report(
                .outsideWindows,
                at: node,
                value: date.description,
                Phrase(
                    "scenario.outsideWindows",
                    [
                        "subject": subject.name, "workshop": workshop.name, "date": .verbatim(date.description),
                        "windows": .ids(windows.map(\.window.description)),
                    ]
                )
            )
            return nil
        }
        return WorkshopSlot(
            id: WorkshopSlot.ID(id),
            start: LocalDateTime(date: date, time: start.value),
            durationMinutes: length,
            venue: Venue.ID(venue)
        )
    }

    /// A whole number of minutes that may be left out.
    private mutating func count(_ key: String, in fields: Fields, range: ClosedRange<Int>) -> Int?? {
        guard fields[key] != nil else { return .some(nil) }
        return wholeNumber(key, in: fields, range: range, code: .invalidDuration, upperNote: Self.twelveHours) {
            Self.valueOf(key, $0, of: fields.subject.name)
        }
        .map { .some($0.value) }
    }

    /// Whether a run starting at `start` ends the same day and both ends exist on the wall clock; reports if not.
    mutating func fitsTheDay(
        _ start: LocalTime,
        minutes: Int,
        on date: LocalDate,
        at node: YAMLNode,
        subject: Subject
    )
        -> Bool
    {
        let endMinute = start.minuteOfDay + minutes
        guard endMinute <= Self.minutesPerDay else {
            report(
                .invalidDuration,
                at: node,
                value: start.description,
                Phrase(
                    "scenario.windowEndsNextDay",
                    ["subject": subject.name, "start": .verbatim(start.description), "minutes": .number(minutes)]
                )
            )
            return false
        }
        guard let zone, let end = LocalTime(hour: endMinute / 60 % 24, minute: endMinute % 60) else { return true }
        guard Self.exists(date: date, time: start, in: zone), Self.exists(date: date, time: end, in: zone) else {
            report(
                .invalidTime,
                at: node,
                value: start.description,
                Phrase(
                    "scenario.skippedRun",
                    [
                        "subject": subject.name, "date": .verbatim(date.description),
                        "start": .verbatim(start.description), "zone": .verbatim(zone),
                    ]
                )
            )
            return false
        }
        return true
    }

    /// Records the candidate ids of a workshop that could not be read, so that answers naming them are not
    /// reported as unknown too.
    mutating func registerSlotIDs(under node: YAMLNode) {
        for entry in node.sequence ?? [] {
            if let id = peekID(entry), let idNode = entry.mapping?["id"] {
                _ = register(id: id, of: "workshop-slot", at: idNode)
            }
        }
    }
}

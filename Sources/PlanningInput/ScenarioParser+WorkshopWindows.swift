import Phrasebook
import PlanningDomain

/// Workshop candidates generated as groups' are: every day of a window on the weekdays given, at each start, in
/// each venue (the facilitators are the plan's choice, so they are not part of a workshop candidate).
///
/// ```yaml
/// candidates:
///   - {weekdays: [saturday], starts: ["09:30"], venues: [grand-pont, prelaz]}      # in every window
///   - {window: {from: 2027-10-01, to: 2027-10-15}, weekdays: [tuesday], starts: ["18:30"], venues: [cite]}
/// ```
extension ScenarioParser {
    mutating func generatedSlots(
        from node: YAMLNode,
        index: Int,
        of workshop: Subject,
        workshop id: String,
        duration: Int,
        windows: [WrittenWindow]
    ) -> [WorkshopSlot]? {
        let subject = Subject(
            phrase: Phrase("scenario.noun.generator", ["number": .number(index + 1), "subject": workshop.name])
        )
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.entry(index, of: workshop.field("candidates")),
                required: ["starts", "venues"],
                optional: ["weekdays", "window", "duration-minutes", "id-prefix"]
            )
        else { return nil }
        var periods = windows.map(\.window)
        if let windowNode = fields["window"] {
            guard
                let windowFields = self.fields(
                    of: windowNode,
                    subject: Subject(phrase: Noun.windowPeriod(of: subject.name)),
                    what: subject.field("window"),
                    required: ["from", "to"]
                ),
                let period = period(in: windowFields)
            else { return nil }
            periods = [DateWindow(from: period.from, to: period.to)]
        }
        let weekdays = fields["weekdays"].map { self.weekdays(from: $0, of: subject) } ?? Set(Weekday.allCases)
        let starts = fields["starts"].flatMap { startTimes(from: $0, of: subject) }
        let venues = fields["venues"].flatMap { references($0, of: subject, key: "venues", kind: "venue") }
        let minutes =
            fields["duration-minutes"] == nil
            ? duration
            : wholeNumber(
                "duration-minutes",
                in: fields,
                range: 1...Self.longestDuration,
                code: .invalidDuration,
                upperNote: Self.twelveHours
            ) { Self.valueOf("duration-minutes", $0, of: subject.name) }?
            .value
        let prefix = fields["id-prefix"] == nil ? id : identifier("id-prefix", in: fields, kind: "id-prefix")
        guard let weekdays, let starts, let venues, let minutes, let prefix else { return nil }
        let anchor = fields["starts"] ?? node
        for start in starts {
            guard
                fitsTheDay(
                    start,
                    minutes: minutes,
                    on: periods.first?.from ?? LocalDate(dayNumber: 0),
                    at: anchor,
                    subject: subject
                )
            else { return nil }
        }
        let longest = venues.max { $0.utf8.count < $1.utf8.count } ?? ""
        let example = "\(prefix)-20270101-0000-\(longest)"
        guard example.utf8.count <= IdentifierRule.maximumLength else {
            report(
                .invalidID,
                at: node,
                value: example,
                Phrase(
                    "scenario.generatorIDsTooLong",
                    [
                        "subject": subject.name, "example": .verbatim(example),
                        "length": .number(example.utf8.count), "maximum": .number(IdentifierRule.maximumLength),
                    ]
                )
            )
            return nil
        }
        var slots = WorkshopSlot.generate(
            prefix: prefix,
            windows: periods,
            weekdays: weekdays,
            times: starts,
            venues: venues.map { Venue.ID($0) },
            durationMinutes: minutes
        )
        if let zone {
            slots.removeAll { slot in
                !Self.exists(date: slot.date, time: slot.start.time, in: zone)
                    || !Self.exists(date: slot.date, time: slot.end.time, in: zone)
            }
        }
        guard slots.count <= Self.largestWindow else {
            report(
                .windowTooLarge,
                at: node,
                value: String(slots.count),
                Phrase(
                    "scenario.generatorTooLarge",
                    ["subject": subject.name, "count": .number(slots.count), "maximum": .number(Self.largestWindow)]
                )
            )
            return nil
        }
        for slot in slots where !register(id: slot.id.rawValue, of: "workshop-slot", at: node) { return nil }
        return slots
    }
}

import InputVocabulary
import Phrasebook
import PlanningDomain
import PlanningInput

/// What an answer grid's column heading names: a candidate slot's id, or a date and time as staff read them
/// (`mar. 02.03.2027 18h30`, `02.03.2027 18:30`, `2.3.27 18h30`), with the room or the facilitator when that is
/// needed to tell two slots apart (`02.03.2027 18h30 paroisse marc`).
///
/// A date and time name every candidate slot starting then whose room and facilitator fit the words that
/// follow (ids or names). Slots at the same time in the same room with the same facilitator (founding 1 and 2
/// of overlapping windows) are one occasion: the column answers for each. Slots in different rooms or with
/// different facilitators must be told apart, or the heading is ambiguous.
struct GridHeadings {
    /// What a heading names.
    enum Match: Hashable {
        /// These slots: one, or several of one occasion.
        case slots([CandidateSlot.ID])
        /// A problem to report at the heading.
        case problem(ScenarioError.Code, Phrase)
    }

    let candidates: [CandidateSlot]
    let references: CandidateReferences
    /// The order of dates written with `/` or `-`: the poll's `date-order`, or what the file's dates settle.
    let order: DateOrder?
    private let venueNames: [Venue.ID: String]
    private let facilitatorNames: [Facilitator.ID: String]
    private let byDate: [LocalDate: [Int]]

    init(
        candidates: [CandidateSlot],
        venues: [Venue],
        facilitators: [Facilitator],
        headings: [String],
        order given: DateOrder?
    ) {
        self.candidates = candidates
        references = CandidateReferences(candidates)
        venueNames = Dictionary(venues.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        facilitatorNames = Dictionary(facilitators.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        byDate = Dictionary(grouping: candidates.indices, by: { candidates[$0].date })
        // As in a Framadate export: a date that exists in one order only settles the file's.
        let references = self.references
        order =
            given
            ?? headings.lazy.filter { references.resolve($0) == .unknown }
            .compactMap { heading in
                let tokens = WrittenTokens(heading).tokens
                guard let end = Self.dateEnd(tokens) else { return nil }
                return PollDate(Self.text(of: tokens, in: heading, upTo: end))?.impliedOrder
            }
            .first
    }

    /// What `heading` (trimmed) names.
    func match(_ heading: String) -> Match {
        switch references.resolve(heading) {
        case .slot(let id): return .slots([id])
        case .ambiguous(let ids):
            return .problem(
                .ambiguousSlot,
                Phrase(
                    "import.heading.ambiguousID",
                    ["heading": .verbatim(heading), "count": .number(ids.count), "ids": Self.listed(ids)]
                )
            )
        case .unknown: break
        }
        let tokens = WrittenTokens(heading).tokens
        guard let (reading, afterDate) = WrittenDate.read(tokens, at: 0, order: order) else {
            return unknown(heading)
        }
        let dateText = Self.text(of: tokens, in: heading, upTo: afterDate)
        guard case .date(let date) = reading else {
            let problem =
                if case .ambiguous = reading {
                    WrittenDate.problem(
                        reading,
                        written: dateText,
                        noun: WrittenDate.theDateNoun,
                        ending: Phrase("import.heading.setDateOrder")
                    )
                } else {
                    WrittenDate.problem(reading, written: dateText)
                }
            return .problem(
                .invalidDate,
                Phrase(
                    "import.heading.problem",
                    ["heading": .verbatim(WrittenText.quoted(heading)), "problem": problem ?? .empty]
                )
            )
        }
        var position = afterDate
        while position < tokens.count,
            tokens[position].isSign(",") || Self.beforeTime.contains(tokens[position].word ?? "")
        {
            position += 1
        }
        var time: LocalTime?
        if let (timeReading, afterTime) = WrittenTime.read(tokens, at: position) {
            guard case .time(let start) = timeReading else {
                return .problem(
                    .invalidTime,
                    Phrase("import.heading.timeNotExist", ["heading": .verbatim(WrittenText.quoted(heading))])
                )
            }
            time = start
            position = afterTime
        }
        let rest = position < tokens.count ? String(heading.dropFirst(tokens[position].column - 1)) : ""
        let onDate = byDate[date] ?? []
        let atTime = time.map { start in onDate.filter { candidates[$0].start.time == start } } ?? onDate
        let fitting = fitting(atTime, rest: rest)
        let occasions = Set(fitting.map { Occasion(candidates[$0]) })
        let moment =
            time.map {
                Phrase(
                    "import.moment.at",
                    ["time": .verbatim($0.description), "date": WrittenDate.spelledPhrase(date)]
                )
            } ?? Phrase("import.moment.on", ["date": WrittenDate.spelledPhrase(date)])
        if occasions.count == 1 { return .slots(fitting.map { candidates[$0].id }) }
        if occasions.count > 1 {
            let example = Self.text(of: tokens, in: heading, upTo: position)
            let first = candidates[fitting[0]]
            return .problem(
                .ambiguousSlot,
                Phrase(
                    "import.heading.ambiguousSlots",
                    [
                        "heading": .verbatim(WrittenText.quoted(heading)), "count": .number(occasions.count),
                        "moment": moment, "ids": Self.listed(fitting.map { candidates[$0].id }),
                        "example": .verbatim("\(example) \(first.venue) \(first.facilitator)"),
                    ]
                )
            )
        }
        if !atTime.isEmpty {
            return .problem(
                .unknownSlot,
                Phrase(
                    "import.heading.noRoom",
                    [
                        "heading": .verbatim(WrittenText.quoted(heading)), "moment": moment,
                        "rest": .verbatim(WrittenText.quoted(rest)),
                        "those": Self.listed(atTime.map { candidates[$0].id }),
                    ]
                )
            )
        }
        let hint = nearest(to: date, time: time).map { slot in
            // The room and facilitator too when other slots start then, so that the heading suggested names one.
            let others = (byDate[slot.date] ?? []).filter { Occasion(candidates[$0]) != Occasion(slot) }
            let place =
                others.contains { candidates[$0].start == slot.start } ? " \(slot.venue) \(slot.facilitator)" : ""
            return Phrase(
                "import.heading.didYouMeanSlot",
                [
                    "heading": .verbatim("\(WrittenDate.dotted(slot.date)) \(slot.start.time)\(place)"),
                    "id": .verbatim(slot.id.rawValue),
                ]
            )
        }
        return .problem(
            .unknownSlot,
            Phrase(
                "import.heading.noSlot",
                ["heading": .verbatim(WrittenText.quoted(heading)), "moment": moment, "hint": hint ?? .period]
            )
        )
    }

    // MARK: - Headings that are no date

    /// An unknown id, with the nearest id when one is near (bounded: see ``Suggestion``).
    private func unknown(_ heading: String) -> Match {
        let hint = Suggestion.closest(to: heading, among: candidates.lazy.map(\.id.rawValue))
        let sentence = Phrase(
            hint == nil ? "import.heading.neither" : "import.heading.unknownID",
            ["heading": .verbatim(WrittenText.quoted(heading)), "hint": .hintOrPeriod(hint)]
        )
        return .problem(.unknownSlot, sentence)
    }

    /// The candidate starting nearest to `date` at `time` (noon when no time is given).
    private func nearest(to date: LocalDate, time: LocalTime?) -> CandidateSlot? {
        let target = date.dayNumber * 1440 + (time?.minuteOfDay ?? 720)
        return candidates.min { abs($0.start.wallMinutes - target) < abs($1.start.wallMinutes - target) }
    }

    // MARK: - Rooms and facilitators

    /// A slot's place in time and space: slots of one occasion answer alike.
    private struct Occasion: Hashable {
        let start: LocalDateTime
        let venue: Venue.ID
        let facilitator: Facilitator.ID
        init(_ slot: CandidateSlot) {
            start = slot.start
            venue = slot.venue
            facilitator = slot.facilitator
        }
    }

    /// The ways a slot's room and facilitator may be written, normalised: each id and name, alone or a room
    /// then a facilitator.
    private func terms(_ slot: CandidateSlot) -> (labels: Set<String>, words: Set<String>) {
        let rooms = [slot.venue.rawValue, venueNames[slot.venue] ?? ""].map(WrittenText.normalised)
            .filter { !$0.isEmpty }
        let people = [slot.facilitator.rawValue, facilitatorNames[slot.facilitator] ?? ""].map(WrittenText.normalised)
            .filter { !$0.isEmpty }
        var labels = Set(rooms + people)
        for room in rooms {
            for person in people { labels.formUnion(["\(room) \(person)", "\(person) \(room)"]) }
        }
        let words = Set(
            (rooms + people + [WrittenText.normalised(slot.id.rawValue)]).flatMap { $0.split(separator: " ") }
                .map(String.init)
        )
        return (labels, words)
    }

    /// The slots of `slots` whose room and facilitator fit `rest`: written exactly as one of their terms, else
    /// with every word of `rest` among theirs.
    private func fitting(_ slots: [Int], rest: String) -> [Int] {
        let written = WrittenText.normalised(rest)
        guard !written.isEmpty else { return slots }
        let exact = slots.filter { terms(candidates[$0]).labels.contains(written) }
        if !exact.isEmpty { return exact }
        let words = Set(written.split(separator: " ").map(String.init))
        return slots.filter { words.isSubset(of: terms(candidates[$0]).words) }
    }

    // MARK: - Text

    /// Words that may stand between the date and the time: `à`, `um`, `alle`, `at`.
    private static let beforeTime: Set = ["a", "um", "alle", "at"]

    /// The index after a date at the start of `tokens`, read in any order.
    private static func dateEnd(_ tokens: [WrittenTokens.Token]) -> Int? {
        WrittenDate.read(tokens, at: 0, order: .dayMonthYear)?.next
    }

    /// The heading as written up to `tokens[end]` (excluded).
    static func text(of tokens: [WrittenTokens.Token], in heading: String, upTo end: Int) -> String {
        guard end > 0, end <= tokens.count else { return "" }
        let last = tokens[end - 1]
        return WrittenText.trimmed(heading.prefix(last.column - 1 + last.text.count))
    }

    /// `a, b, c` or `a, b, c, d … (12 in all)`.
    static func listed(_ ids: [CandidateSlot.ID]) -> Phrase {
        guard ids.count > 4 else { return .list(ids.map(\.rawValue)) }
        return Phrase("common.idsInAll", ["ids": .list(ids.prefix(4).map(\.rawValue)), "count": .number(ids.count)])
    }
}

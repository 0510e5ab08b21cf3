import Calendaring
import PlanningDomain

/// What people's own sources (``PersonalAvailability``) say about every candidate kept, packed over one
/// `CandidateIndex`: the derived layer of ``SourceMerge``.
///
/// Asking ``PersonalAvailability/answer(for:instants:)`` for each of 8,000 candidates and 5,000 people is 40
/// million questions, most of them the same: a weekly habit only sees a candidate's weekday, time of day and
/// length (its *shape*: a few dozen among thousands of candidates), and a day away only its date. So for a
/// person without calendars the rule (``PersonalAvailability/answer(isAway:busyness:fitsHabits:)``) is asked
/// once per shape, on and off a day away, and each candidate takes its shape's answer; people whose habits and
/// days away give the same answers share them (one buffer). A person with calendars is asked about every
/// candidate, as before, since each candidate has its own instants.
struct DerivedAnswers {
    /// The candidates kept, in the scenario's order.
    let index: CandidateIndex
    private let candidates: [CandidateSlot]
    /// Each candidate's real start and end in UTC seconds.
    private let instants: [(start: Int64, end: Int64)?]
    /// Each candidate's shape: a position in ``shapes``.
    private let shapeOf: [Int]
    /// One candidate of each shape (weekday, time of day, length).
    private let shapes: [CandidateSlot]
    /// Each candidate's date: a position in ``days``.
    private let dayOf: [Int]
    /// The candidates' dates, each once.
    private let days: [LocalDate: Int]
    /// Answers already built, by the shapes' answers and the positions of days away.
    private var shared: [Key: SlotAnswers] = [:]

    private struct Key: Hashable {
        var shapes: [Availability]
        var awayShapes: [Availability]
        /// Positions in ``days``, sorted.
        var away: [Int]
    }

    /// Prepares the candidates; `instants` gives each one's real start and end.
    init(candidates: [CandidateSlot], instants: [CandidateSlot.ID: (start: Int64, end: Int64)]) {
        self.candidates = candidates
        index = CandidateIndex(candidates.map(\.id))
        self.instants = candidates.map { instants[$0.id] }
        struct Shape: Hashable {
            var weekday: Int
            var minute: Int
            var length: Int
        }
        var shapeIndex: [Shape: Int] = [:]
        var shapes: [CandidateSlot] = []
        shapeOf = candidates.map { slot in
            let shape = Shape(
                weekday: slot.date.weekday,
                minute: slot.start.time.minuteOfDay,
                length: slot.durationMinutes
            )
            if let known = shapeIndex[shape] { return known }
            shapeIndex[shape] = shapes.count
            shapes.append(slot)
            return shapes.count - 1
        }
        self.shapes = shapes
        var days: [LocalDate: Int] = [:]
        dayOf = candidates.map { slot in
            if let known = days[slot.date] { return known }
            days[slot.date] = days.count
            return days.count - 1
        }
        self.days = days
    }

    /// What `person`'s sources say about each candidate; `nil` when no candidate is answered (no candidate kept,
    /// or none with known instants).
    mutating func answers(of person: PersonalAvailability) -> SlotAnswers? {
        let answers: SlotAnswers
        if person.calendars.isEmpty {
            answers = habitAnswers(of: person)
        } else {
            answers = SlotAnswers(index: index) { position in
                instants[position].map { person.answer(for: candidates[position], instants: $0) }
            }
        }
        return answers.isEmpty ? nil : answers
    }

    /// The answers of someone without calendars, from the answer of each shape on a day away or not.
    private mutating func habitAnswers(of person: PersonalAvailability) -> SlotAnswers {
        func answers(away: Bool) -> [Availability] {
            shapes.map { shape in
                PersonalAvailability.answer(
                    isAway: away,
                    busyness: nil,
                    fitsHabits: person.fitsHabits(start: shape.start, minutes: shape.durationMinutes)
                )
            }
        }
        let key = Key(
            shapes: answers(away: false),
            awayShapes: answers(away: true),
            away: person.away.compactMap { days[$0] }.sorted()
        )
        if let known = shared[key] { return known }
        var isAway = [Bool](repeating: false, count: days.count)
        for day in key.away { isAway[day] = true }
        let codes = key.shapes.map { SlotAnswers.code(of: $0) }
        let awayCodes = key.awayShapes.map { SlotAnswers.code(of: $0) }
        // Whole words of 32 candidates at once (`SlotAnswers.packedCodes`).
        var words = [UInt64](repeating: 0, count: (index.count + 31) >> 5)
        for position in 0..<index.count where instants[position] != nil {
            let code = isAway[dayOf[position]] ? awayCodes[shapeOf[position]] : codes[shapeOf[position]]
            words[position >> 5] |= code << UInt64((position & 31) << 1)
        }
        let result = SlotAnswers(index: index, packedCodes: words)
        shared[key] = result
        return result
    }
}

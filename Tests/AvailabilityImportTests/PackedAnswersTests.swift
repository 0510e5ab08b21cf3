import AvailabilityImport
import Calendaring
import PlanningDomain
import PlanningInput
import PlanningSamples
import Testing

/// The loader's answers against the rule asked candidate by candidate, on seeded scenarios.
///
/// Each scenario mixes every source: answers written in the scenario, a phone grid, weekly habits (many people
/// sharing the same ones), days away, and calendars with busy and tentative events. The reference asks
/// `PersonalAvailability.answer(for:instants:)` about every candidate kept and `AnswerMerge` about every answer
/// given, into plain dictionaries, as the loader did before answers were packed: the loader must give the same
/// answers and the same counts.
@Suite struct PackedAnswersTests {
    /// One seeded scenario and, for the reference, what each of its sources says.
    struct Case {
        var document: ScenarioDocument
        var files: MemoryFiles
        var written: [Participant.ID: [CandidateSlot.ID: Availability]]
        var grid: [Participant.ID: [CandidateSlot.ID: Availability]]
        var own: [Participant.ID: PersonalAvailability]
    }

    private static let location = SourceLocation(file: "scenario.yaml", line: 1, column: 1)
    private static let gridOrigin = AnswerOrigin(.poll, detail: "grille.csv", order: 0)

    @Test("the loader gives the rule's answers", arguments: 1...16)
    func sameAnswersAsTheRule(seed: UInt64) throws {
        let sample = try Self.make(seed: seed)
        let loaded = try ScenarioLoader().load(sample.document, files: sample.files)
        let kept = loaded.scenario.candidates
        let zone = loaded.scenario.organisation.timeZone
        var counts: [AvailabilitySource: Int] = [:]
        for participant in loaded.scenario.participants {
            var expected: [CandidateSlot.ID: Availability] = [:]
            for slot in kept {
                var given: [GivenAnswer] = []
                if let answer = sample.written[participant.id]?[slot.id] {
                    given.append(GivenAnswer(answer, origin: .scenario, givenAt: .earliest))
                }
                if let answer = sample.grid[participant.id]?[slot.id] {
                    given.append(GivenAnswer(answer, origin: Self.gridOrigin, givenAt: .earliest))
                }
                if let person = sample.own[participant.id] {
                    let instants = (
                        TimeZoneConversion.utcSeconds(of: slot.start, in: zone),
                        TimeZoneConversion.utcSeconds(of: slot.end, in: zone)
                    )
                    given.append(
                        GivenAnswer(person.answer(for: slot, instants: instants), origin: .derived, givenAt: .earliest)
                    )
                }
                guard let winner = AnswerMerge.winner(of: given) else { continue }
                expected[slot.id] = winner.availability
                let source: AvailabilitySource =
                    switch winner.origin.kind {
                    case .recorded, .scenario: .scenario
                    case .poll: .poll
                    case .derived: .derived
                    }
                counts[source, default: 0] += 1
            }
            let differing = kept.map(\.id).filter { participant.answers[$0] != expected[$0] }
            #expect(differing.isEmpty, "\(participant.id) differs on \(differing)")
            #expect(participant.answers.count == expected.count, "\(participant.id)")
        }
        for source in [AvailabilitySource.scenario, .poll, .derived] {
            #expect(loaded.report.answers[source] ?? 0 == counts[source] ?? 0, "\(source)")
        }
        // What is derived is packed over the candidates kept, for everyone.
        let derived = try #require(loaded.answerLayers.last)
        #expect(derived.origin == .derived)
        #expect(derived.answers.count == sample.own.count)
        #expect(derived.answers.values.allSatisfy { $0.index?.ids == kept.map(\.id) && !$0.hasAnswersByID })
    }

    @Test func someCandidatesAreDroppedAndSomeHabitsShared() throws {
        // The cases cover what they claim: generated candidates dropped, people sharing a habit, calendars.
        let sample = try Self.make(seed: 2)
        let loaded = try ScenarioLoader().load(sample.document, files: sample.files)
        #expect(loaded.report.droppedCandidates > 0)
        let habits = sample.document.sources.participants.values.map(\.weekly).filter { !$0.isEmpty }
        #expect(Set(habits).count < habits.count)
        #expect(sample.own.values.contains { !$0.calendars.isEmpty })
        #expect(sample.own.values.contains { !$0.away.isEmpty })
        #expect(!sample.grid.isEmpty && sample.written.values.contains { !$0.isEmpty })
    }

    // MARK: - Seeded cases

    /// A medium random scenario (`PlanningSamples`) with every source drawn from `seed`; on even seeds every
    /// candidate the grid does not name counts as generated, so unusable ones are dropped.
    static func make(seed: UInt64) throws -> Case {
        var random = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D)
        var scenario = RandomScenario.make(seed: seed, shape: .medium)
        let zone = scenario.organisation.timeZone
        let candidates = scenario.candidates
        let shared = try (0..<3).map { _ in try habit(&random) }
        var files: [String: [UInt8]] = [:]
        var sources: [Participant.ID: PersonalSources] = [:]
        var sample = Case(
            document: ScenarioDocument(scenario: scenario, sources: AvailabilitySources(), fileName: "scenario.yaml"),
            files: MemoryFiles(),
            written: [:],
            grid: [:],
            own: [:]
        )
        for index in scenario.participants.indices {
            let id = scenario.participants[index].id
            // Some keep a few of their answers written in the scenario (drawn in the candidates' order).
            let keepsSome = random.chance(0.4)
            var written: [CandidateSlot.ID: Availability] = [:]
            for slot in candidates where random.chance(0.15) && keepsSome {
                written[slot.id] = scenario.participants[index].answers[slot.id]
            }
            scenario.participants[index].answers = SlotAnswers(written)
            sample.written[id] = written
            guard random.chance(0.85) else { continue }
            var weekly: [WeeklyWindow] = []
            if random.chance(0.5) {
                weekly = random.element(of: shared)
            } else if random.chance(0.8) {
                weekly = try habit(&random)
            }
            let away = Set((0..<random.int(in: 0...3)).map { _ in random.element(of: candidates).date })
            var calendars: [FileReference] = []
            var busy: [BusyCalendar] = []
            if random.chance(0.25) {
                let periods = (0..<random.int(in: 1...8)).map { _ in
                    let slot = random.element(of: candidates)
                    let start =
                        TimeZoneConversion.utcSeconds(of: slot.start, in: zone) + Int64(random.int(in: -4...4)) * 1800
                    let end = start + Int64(random.int(in: 1...6)) * 1800
                    return BusyPeriod(start: start, end: end, kind: random.chance(0.4) ? .tentative : .busy)
                }
                let name = "agendas/\(id).ics"
                files[name] = Array(calendarText(periods).utf8)
                calendars = [FileReference(written: name, path: name, location: location)]
                busy = [BusyCalendar(periods: periods)]
            }
            sources[id] = PersonalSources(weekly: weekly, away: away, calendars: calendars)
            sample.own[id] = PersonalAvailability(weekly: weekly, away: away, calendars: busy)
        }
        // A phone grid: a third of the people, eight candidates, some cells left empty.
        var columns: [CandidateSlot.ID] = []
        while columns.count < 8 {
            let id = random.element(of: candidates).id
            if !columns.contains(id) { columns.append(id) }
        }
        var lines = ["participant;" + columns.map(\.rawValue).joined(separator: ";")]
        let words: [(String, Availability?)] = [("oui", .yes), ("non", .no), ("si besoin", .ifNeedBe), ("", nil)]
        for participant in scenario.participants where random.chance(0.33) {
            let cells = columns.map { _ in random.element(of: words) }
            lines.append(([participant.id.rawValue] + cells.map(\.0)).joined(separator: ";"))
            var answers: [CandidateSlot.ID: Availability] = [:]
            for (column, cell) in zip(columns, cells) { answers[column] = cell.1 }
            if !answers.isEmpty { sample.grid[participant.id] = answers }
        }
        files["grille.csv"] = Array((lines.joined(separator: "\n") + "\n").utf8)
        var availability = AvailabilitySources(
            polls: [
                PollReference(
                    file: FileReference(written: "grille.csv", path: "grille.csv", location: location),
                    format: .grid,
                    dateOrder: nil,
                    voters: [:]
                )
            ],
            participants: sources
        )
        if seed.isMultiple(of: 2) {
            availability.generatedCandidates = Set(candidates.map(\.id)).subtracting(columns)
        }
        sample.document = ScenarioDocument(scenario: scenario, sources: availability, fileName: "scenario.yaml")
        sample.files = MemoryFiles(files)
        return sample
    }

    /// One to three evenings a week, 17:00–19:00 to 19:30–22:00.
    private static func habit(_ random: inout SplitMix64) throws -> [WeeklyWindow] {
        try (0..<random.int(in: 1...3)).map { _ in
            let from = 17 * 60 + 30 * random.int(in: 0...4)
            let to = 19 * 60 + 30 + 30 * random.int(in: 0...5)
            return WeeklyWindow(
                weekday: try #require(Weekday(rawValue: random.int(in: 1...7))),
                from: try #require(LocalTime(hour: from / 60, minute: from % 60)),
                to: try #require(LocalTime(hour: to / 60, minute: to % 60))
            )
        }
    }

    /// A calendar of these periods, in UTC, busy or `STATUS:TENTATIVE`.
    private static func calendarText(_ periods: [BusyPeriod]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Entraide//FR"]
        for (index, period) in periods.enumerated() {
            lines += ["BEGIN:VEVENT", "UID:event-\(index)@test", "DTSTAMP:20261101T000000Z"]
            lines += ["DTSTART:\(utc(period.start))", "DTEND:\(utc(period.end))"]
            if period.kind == .tentative { lines.append("STATUS:TENTATIVE") }
            lines += ["SUMMARY:Occupé", "END:VEVENT"]
        }
        return (lines + ["END:VCALENDAR"]).joined(separator: "\r\n") + "\r\n"
    }

    /// `20270202T173000Z`.
    private static func utc(_ seconds: Int64) -> String {
        let date = LocalDate(dayNumber: Int(seconds / 86_400))
        let second = Int(seconds % 86_400)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return
            "\(date.year)\(two(date.month))\(two(date.day))T\(two(second / 3600))\(two(second / 60 % 60))\(two(second % 60))Z"
    }
}

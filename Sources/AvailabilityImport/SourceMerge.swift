import Calendaring
import InputVocabulary
import Phrasebook
import PlanningDomain
import PlanningInput

/// The work of ``ScenarioLoader``: one pass over a document's sources, collecting every problem.
struct SourceMerge {
    private(set) var scenario: Scenario
    private let sources: AvailabilitySources
    /// The scenario file, whose problems come first.
    private let scenarioFile: String
    private let holidays: HolidayCatalogue?
    /// What the import did so far; files are counted as they are read.
    var report: ImportReport {
        var report = counts
        report.filesRead = files.filesRead
        return report
    }
    private var counts = ImportReport()
    /// Each source's answers, in the order they were read: the scenario's, each poll's, the derived ones.
    private(set) var layers: [AnswerLayer] = []
    /// The calendars and polls read, and their problems.
    private var files: SourceFiles
    /// Each candidate's real start and end in UTC seconds.
    private let instants: [CandidateSlot.ID: (start: Int64, end: Int64)]

    /// When every imported answer counts as given: one time for all, so that ``AnswerMerge`` decides by
    /// source alone (the scenario, then later polls before earlier ones, then what is derived).
    static let importedAt = Instant.earliest

    init(document: ScenarioDocument, holidays: HolidayCatalogue?, files inputFiles: any InputFiles) {
        scenario = document.scenario
        sources = document.sources
        scenarioFile = document.fileName
        self.holidays = holidays
        let zone = document.scenario.organisation.timeZone
        var instants: [CandidateSlot.ID: (start: Int64, end: Int64)] = [:]
        for slot in document.scenario.candidates {
            instants[slot.id] = (
                TimeZoneConversion.utcSeconds(of: slot.start, in: zone),
                TimeZoneConversion.utcSeconds(of: slot.end, in: zone)
            )
        }
        self.instants = instants
        let day: Int64 = 86_400
        files = SourceFiles(
            timeZone: zone,
            horizon: (
                (instants.values.map(\.start).min() ?? 0) - day,
                (instants.values.map(\.end).max() ?? 0) + day
            ),
            files: inputFiles
        )
    }

    /// Every problem found, grouped by file (the scenario first), then in line order.
    func sortedErrors() -> [ScenarioError] { files.sortedErrors(firstFile: scenarioFile) }

    // MARK: - Holidays

    /// Adds the canton's public holidays, in the candidates' years, to the closures.
    mutating func addHolidays() {
        guard let canton = sources.canton, let first = scenario.candidates.map(\.date.year).min(),
            let last = scenario.candidates.map(\.date.year).max()
        else { return }
        let location = sources.cantonLocation ?? SourceLocation(file: "", line: 0, column: 0)
        guard let days = Self.holidays(of: canton, years: first...last, catalogue: holidays, at: location, in: &files)
        else { return }
        scenario.closures += days
        counts.holidayCanton = canton.code
        counts.holidayDays = days.count
    }

    /// The holidays of a canton in `years` as closures named after each holiday; `nil` after reporting years
    /// the catalogue does not cover (located where the canton is written) or a broken catalogue.
    static func holidays(
        of canton: Canton,
        years: ClosedRange<Int>,
        catalogue: HolidayCatalogue?,
        at location: SourceLocation,
        in files: inout SourceFiles
    ) -> [Closure]? {
        let covered = HolidayCatalogue.years
        guard covered.contains(years.lowerBound), covered.contains(years.upperBound) else {
            let year = covered.contains(years.lowerBound) ? years.upperBound : years.lowerBound
            files.fail(
                .holidaysUnavailable,
                at: location,
                value: String(year),
                Phrase(
                    "import.holidays.outOfRange",
                    [
                        "canton": .verbatim(canton.code), "from": .number(covered.lowerBound),
                        "to": .number(covered.upperBound), "year": .number(year),
                    ]
                )
            )
            return nil
        }
        guard let catalogue else {
            files.fail(.holidaysUnavailable, at: location, Phrase("import.holidays.missing"))
            return nil
        }
        do {
            return try catalogue.closures(of: canton, years: years)
                .map { Closure(from: $0.date, to: $0.date, reason: $0.name) }
        } catch {
            files.add([SourceFiles.scenarioError(error)])
            return nil
        }
    }

    // MARK: - Staff and venues

    /// Marks the candidates each facilitator's and venue's calendars and habits rule out (busy), and those a
    /// facilitator's tentative events make doubtful (tentative: they stay candidates).
    mutating func applyStaffSources() {
        for index in scenario.facilitators.indices {
            let facilitator = scenario.facilitators[index]
            guard let own = sources.facilitators[facilitator.id], let person = files.personal(own) else { continue }
            for slot in scenario.candidates where slot.facilitator == facilitator.id {
                guard let instants = instants[slot.id] else { continue }
                switch person.answer(for: slot, instants: instants) {
                case .no: scenario.facilitators[index].busySlots.insert(slot.id)
                case .ifNeedBe: scenario.facilitators[index].tentativeSlots.insert(slot.id)
                case .yes: break
                }
            }
        }
        for index in scenario.venues.indices {
            let venue = scenario.venues[index]
            guard let references = sources.venues[venue.id] else { continue }
            let booked = references.compactMap { files.calendar($0) }
            for slot in scenario.candidates where slot.venue == venue.id {
                guard let instants = instants[slot.id] else { continue }
                if booked.contains(where: { $0.busyness(from: instants.start, to: instants.end) == .busy }) {
                    scenario.venues[index].bookedSlots.insert(slot.id)
                }
            }
        }
    }

    /// Drops generated candidates that no plan could use for a reason of their own date, facilitator or venue:
    /// listing hundreds of them as excluded would bury the explanation.
    mutating func dropUnusableGeneratedCandidates() {
        let generated = sources.generatedCandidates
        if !generated.isEmpty {
            let facilitators = Dictionary(uniqueKeysWithValues: scenario.facilitators.map { ($0.id, $0) })
            let venues = Dictionary(uniqueKeysWithValues: scenario.venues.map { ($0.id, $0) })
            let closures = scenario.closures
            let before = scenario.candidates.count
            scenario.candidates.removeAll { slot in
                guard generated.contains(slot.id) else { return false }
                if closures.contains(where: { $0.contains(slot.date) }) { return true }
                if let facilitator = facilitators[slot.facilitator],
                    facilitator.awayDates.contains(slot.date) || facilitator.busySlots.contains(slot.id)
                {
                    return true
                }
                return venues[slot.venue]?.bookedSlots.contains(slot.id) ?? false
            }
            counts.droppedCandidates = before - scenario.candidates.count
            counts.generatedCandidates = scenario.candidates.count { generated.contains($0.id) }
        }
        // Only the candidates kept keep their tentative marks.
        let kept = Set(scenario.candidates.map(\.id))
        for index in scenario.facilitators.indices {
            scenario.facilitators[index].tentativeSlots.formIntersection(kept)
        }
        counts.tentativeFacilitatorSlots = scenario.facilitators.reduce(0) { $0 + $1.tentativeSlots.count }
    }

    // MARK: - Participants

    /// Reads every source's answers into ``layers``, then gives each participant, for each candidate, the
    /// answer ``AnswerMerge`` chooses among them.
    mutating func mergeAnswers() {
        let kept = Set(scenario.candidates.map(\.id))
        // Only answers for generated candidates that were dropped need leaving out; polls are read against the
        // candidates kept.
        let isAllKept = counts.droppedCandidates == 0
        // The scenario's count is shown even when it gives no answer.
        counts.answers[.scenario] = 0
        layers.append(
            AnswerLayer(
                origin: .scenario,
                answers: Self.nonEmpty(
                    scenario.participants.map {
                        (
                            $0.id,
                            isAllKept ? $0.answers : SlotAnswers($0.answers.dictionary.filter { kept.contains($0.key) })
                        )
                    }
                )
            )
        )
        for (index, poll) in sources.polls.enumerated() {
            guard let answers = pollAnswers(poll) else { continue }
            layers.append(
                AnswerLayer(
                    origin: AnswerOrigin(.poll, detail: poll.file.written, order: index),
                    answers: Self.nonEmpty(
                        answers.map { ($0.key, SlotAnswers($0.value.filter { kept.contains($0.key) })) }
                    )
                )
            )
        }
        layers.append(AnswerLayer(origin: .derived, answers: derivedAnswers()))
        var counted: [AvailabilitySource: Int] = [:]
        for index in scenario.participants.indices {
            let participant = scenario.participants[index].id
            let given = layers.compactMap { layer in layer.answers[participant].map { (layer.origin, $0) } }
            // One source: its answers are the merged ones (the common case, and the one large scenarios hit).
            if given.count <= 1 {
                let answers = given.first?.1 ?? SlotAnswers()
                if let origin = given.first?.0 { counted[Self.source(of: origin.kind), default: 0] += answers.count }
                scenario.participants[index].answers = answers
                continue
            }
            scenario.participants[index].answers = Self.merged(given, counting: &counted)
        }
        for (source, count) in counted { counts.answers[source, default: 0] += count }
    }

    /// For each candidate, the answer ``AnswerMerge`` chooses among one participant's sources; each winner is
    /// counted under its source.
    ///
    /// The largest source (usually what is derived, which answers every candidate) is taken whole; only the
    /// candidates another source answers are decided one by one.
    static func merged(
        _ given: [(origin: AnswerOrigin, answers: SlotAnswers)],
        counting counted: inout [AvailabilitySource: Int]
    ) -> SlotAnswers {
        guard let base = given.indices.max(by: { given[$0].answers.count < given[$1].answers.count }) else {
            return SlotAnswers()
        }
        var merged = given[base].answers
        var baseWins = merged.count
        var decided: Set<CandidateSlot.ID> = []
        for (layer, source) in given.enumerated() where layer != base {
            for slot in source.answers.keys where decided.insert(slot).inserted {
                let answers = given.compactMap { other in
                    other.answers[slot].map { GivenAnswer($0, origin: other.origin, givenAt: importedAt) }
                }
                guard let winner = AnswerMerge.winner(of: answers) else { continue }
                if merged[slot] != nil { baseWins -= 1 }
                merged[slot] = winner.availability
                counted[Self.source(of: winner.origin.kind), default: 0] += 1
            }
        }
        counted[Self.source(of: given[base].origin.kind), default: 0] += baseWins
        return merged
    }

    /// What each participant's weekly habits, days away and calendars say about every candidate kept.
    private mutating func derivedAnswers() -> [Participant.ID: SlotAnswers] {
        var derived: [Participant.ID: SlotAnswers] = [:]
        var answers = DerivedAnswers(candidates: scenario.candidates, instants: instants)
        for participant in scenario.participants {
            guard let own = sources.participants[participant.id], let person = files.personal(own) else { continue }
            derived[participant.id] = answers.answers(of: person)
        }
        return derived
    }

    /// The explanation's name for an origin's kind.
    private static func source(of kind: AnswerOrigin.Kind) -> AvailabilitySource {
        switch kind {
        case .recorded, .scenario: .scenario
        case .poll: .poll
        case .derived: .derived
        }
    }

    /// The participants with at least one answer.
    private static func nonEmpty(_ answers: [(Participant.ID, SlotAnswers)]) -> [Participant.ID: SlotAnswers] {
        Dictionary(answers.filter { !$0.1.isEmpty }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: - Polls

    /// A poll's answers; `nil` after reporting a problem.
    private mutating func pollAnswers(_ poll: PollReference) -> [Participant.ID: [CandidateSlot.ID: Availability]]? {
        guard let bytes = files.contents(of: poll.file, noun: "poll") else { return nil }
        do throws(ScenarioErrors) {
            let answers: PollAnswers
            switch poll.format ?? Self.format(of: bytes) {
            case .grid:
                answers = try GridPoll.answers(
                    in: bytes,
                    file: poll.file.path,
                    participants: scenario.participants,
                    candidates: scenario.candidates,
                    venues: scenario.venues,
                    facilitators: scenario.facilitators,
                    dateOrder: poll.dateOrder.flatMap(DateOrder.init(rawValue:))
                )
            case .framadate:
                answers = try FramadatePoll.answers(
                    in: bytes,
                    file: poll.file.path,
                    participants: scenario.participants,
                    candidates: scenario.candidates,
                    voters: poll.voters.mapValues { $0.map(VoterTarget.participant) ?? .ignored },
                    dateOrder: poll.dateOrder.flatMap(DateOrder.init(rawValue:))
                )
            }
            files.countRead()
            counts.unmatchedPollColumns += answers.unmatchedColumns.map { "\(poll.file.written): \($0)" }
            if answers.encoding != .utf8 {
                counts.pollEncodings.append("\(poll.file.written): \(answers.encoding.name)")
            }
            return answers.answers
        } catch {
            files.add(error.errors)
            return nil
        }
    }

    /// A grid's header starts with `participant` (or `id`), after Entraide's marker line if any; anything else
    /// is taken for a Framadate export.
    private static func format(of bytes: [UInt8]) -> PollReference.Format {
        GridPoll.isGrid(bytes) ? .grid : .framadate
    }
}

import Calendaring
import Foundation
import PlanningDomain
import PlanningInput

/// The work of ``ScenarioLoader``: one pass over a document's sources, collecting every problem.
struct SourceMerge {
    private(set) var scenario: Scenario
    private let sources: AvailabilitySources
    /// The scenario file, whose problems come first.
    private let scenarioFile: String
    private let holidays: HolidayCatalogue?
    private(set) var errors: [ScenarioError] = []
    private(set) var report = ImportReport()
    /// Calendars already read, by path: a file named twice is read once.
    private var calendars: [String: BusyCalendar?] = [:]
    /// Each candidate's real start and end in UTC seconds.
    private let instants: [CandidateSlot.ID: (start: Int64, end: Int64)]
    /// The span calendars are expanded over: the candidates' first start to last end, a day either side.
    private let horizon: (from: Int64, to: Int64)

    init(document: ScenarioDocument, holidays: HolidayCatalogue?) {
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
        horizon = (
            (instants.values.map(\.start).min() ?? 0) - day,
            (instants.values.map(\.end).max() ?? 0) + day
        )
    }

    // MARK: - Holidays

    /// Adds the canton's public holidays, in the candidates' years, to the closures.
    mutating func addHolidays() {
        guard let canton = sources.canton, let first = scenario.candidates.map(\.date.year).min(),
            let last = scenario.candidates.map(\.date.year).max()
        else { return }
        let location = sources.cantonLocation ?? SourceLocation(file: "", line: 0, column: 0)
        let covered = HolidayCatalogue.years
        guard covered.contains(first), covered.contains(last) else {
            let year = covered.contains(first) ? last : first
            fail(
                .holidaysUnavailable,
                at: location,
                value: String(year),
                "the public holidays of \(canton.code) are known for \(covered.lowerBound)–\(covered.upperBound), "
                    + "but candidates fall in \(year); write the holidays under 'closures' and set "
                    + "'canton: none' in the organisation."
            )
            return
        }
        guard let holidays else {
            fail(.holidaysUnavailable, at: location, "the public holidays are missing from this installation.")
            return
        }
        do {
            let days = try holidays.closures(of: canton, years: first...last)
            scenario.closures += days.map { Closure(from: $0.date, to: $0.date, reason: $0.name) }
            report.holidayCanton = canton.code
            report.holidayDays = days.count
        } catch {
            errors.append(Self.scenarioError(error))
        }
    }

    // MARK: - Staff and venues

    /// Marks the candidates each facilitator's and venue's calendars and habits rule out.
    mutating func applyStaffSources() {
        for index in scenario.facilitators.indices {
            let facilitator = scenario.facilitators[index]
            guard let own = sources.facilitators[facilitator.id], let person = personal(own) else { continue }
            for slot in scenario.candidates where slot.facilitator == facilitator.id {
                if let instants = instants[slot.id], person.answer(for: slot, instants: instants) == .no {
                    scenario.facilitators[index].busySlots.insert(slot.id)
                }
            }
        }
        for index in scenario.venues.indices {
            let venue = scenario.venues[index]
            guard let files = sources.venues[venue.id] else { continue }
            let booked = files.compactMap { calendar($0) }
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
        guard !generated.isEmpty else { return }
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
        report.droppedCandidates = before - scenario.candidates.count
        report.generatedCandidates = scenario.candidates.count { generated.contains($0.id) }
    }

    // MARK: - Participants

    /// Merges each participant's answers: scenario, then polls, then their own sources.
    mutating func mergeAnswers() {
        var polled: [Participant.ID: [CandidateSlot.ID: Availability]] = [:]
        for poll in sources.polls {
            guard let answers = pollAnswers(poll) else { continue }
            for (participant, slots) in answers {
                polled[participant, default: [:]].merge(slots) { _, later in later }
            }
        }
        let kept = Set(scenario.candidates.map(\.id))
        for index in scenario.participants.indices {
            let participant = scenario.participants[index]
            var answers = participant.answers.filter { kept.contains($0.key) }
            report.answers[.scenario, default: 0] += answers.count
            for (slot, answer) in polled[participant.id] ?? [:] where kept.contains(slot) && answers[slot] == nil {
                answers[slot] = answer
                report.answers[.poll, default: 0] += 1
            }
            if let own = sources.participants[participant.id], let person = personal(own) {
                for slot in scenario.candidates where answers[slot.id] == nil {
                    guard let instants = instants[slot.id] else { continue }
                    answers[slot.id] = person.answer(for: slot, instants: instants)
                    report.answers[.derived, default: 0] += 1
                }
            }
            scenario.participants[index].answers = answers
        }
    }

    // MARK: - Files

    /// A person's sources with their calendars read; `nil` when a calendar could not be read (reported).
    private mutating func personal(_ own: PersonalSources) -> PersonalAvailability? {
        let calendars = own.calendars.map { calendar($0) }
        guard calendars.allSatisfy({ $0 != nil }) else { return nil }
        return PersonalAvailability(weekly: own.weekly, away: own.away, calendars: calendars.compactMap(\.self))
    }

    /// A calendar file's busy time; `nil` after reporting a problem.
    private mutating func calendar(_ file: FileReference) -> BusyCalendar? {
        if let known = calendars[file.path] { return known }
        var calendar: BusyCalendar?
        if let bytes = contents(of: file, noun: "calendar") {
            do {
                calendar = try BusyTimeReader.read(
                    bytes,
                    file: file.path,
                    defaultTimeZone: scenario.organisation.timeZone,
                    from: horizon.from,
                    to: horizon.to
                )
                report.filesRead += 1
            } catch {
                errors += error.errors.map(Self.scenarioError)
            }
        }
        calendars[file.path] = calendar
        return calendar
    }

    /// A poll's answers; `nil` after reporting a problem.
    private mutating func pollAnswers(_ poll: PollReference) -> [Participant.ID: [CandidateSlot.ID: Availability]]? {
        guard let bytes = contents(of: poll.file, noun: "poll") else { return nil }
        do throws(ScenarioErrors) {
            let answers: PollAnswers
            switch poll.format ?? Self.format(of: bytes) {
            case .grid:
                answers = try GridPoll.answers(
                    in: bytes,
                    file: poll.file.path,
                    participants: scenario.participants,
                    candidates: scenario.candidates
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
            report.filesRead += 1
            report.unmatchedPollColumns += answers.unmatchedColumns.map { "\(poll.file.written): \($0)" }
            return answers.answers
        } catch {
            errors += error.errors
            return nil
        }
    }

    /// A grid's header starts with `participant` (or `id`); anything else is taken for a Framadate export.
    private static func format(of bytes: [UInt8]) -> PollReference.Format {
        let text = String(decoding: bytes.prefix(64), as: UTF8.self).lowercased()
        let start = text.drop { $0 == "\u{FEFF}" || $0 == "\"" || $0.isWhitespace }
        return ["participant", "id;", "id,", "teilnehmer", "partecipante"].contains { start.hasPrefix($0) }
            ? .grid : .framadate
    }

    /// The bytes of a file the scenario names; `nil` after reporting it missing or unreadable.
    private mutating func contents(of file: FileReference, noun: String) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue, let data = FileManager.default.contents(atPath: file.path) {
            return [UInt8](data)
        }
        let why =
            !exists ? "does not exist" : isDirectory.boolValue ? "is a directory, not a file" : "cannot be read"
        fail(
            .unreadableFile,
            at: file.location,
            value: file.written,
            "\(noun) file '\(file.written)' \(why)"
                + (file.written == file.path ? "." : " (looked for '\(file.path)').")
        )
        return nil
    }

    // MARK: - Errors

    private mutating func fail(
        _ code: ScenarioError.Code,
        at location: SourceLocation,
        value: String? = nil,
        _ message: String
    ) {
        errors.append(
            ScenarioError(
                code: code,
                file: location.file,
                line: location.line,
                column: location.column,
                value: value,
                message: message
            )
        )
    }

    /// The importer's error in the form every reader reports: the sentence starts in lower case after
    /// `error:`, like the scenario's own.
    static func scenarioError(_ error: CalendarImportError) -> ScenarioError {
        ScenarioError(
            code: ScenarioError.Code(rawValue: error.code.rawValue),
            file: error.file,
            line: error.line,
            column: 0,
            value: error.value,
            message: error.message.prefix(1).lowercased() + error.message.dropFirst()
        )
    }

    /// The errors grouped by file (the scenario first), then in line order.
    func sortedErrors() -> [ScenarioError] {
        errors.enumerated()
            .sorted { lhs, rhs in
                let left = (lhs.element.file == scenarioFile ? 0 : 1, lhs.element.file, lhs.element.line, lhs.offset)
                let right = (rhs.element.file == scenarioFile ? 0 : 1, rhs.element.file, rhs.element.line, rhs.offset)
                return left < right
            }
            .map(\.element)
    }
}

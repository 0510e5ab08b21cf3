import Calendaring
import Phrasebook
import PlanningDomain
import PlanningInput

/// The files a scenario or a centre names, read once each, with every problem collected: what
/// ``SourceMerge`` and ``CentreLoader`` share.
struct SourceFiles {
    /// The zone of floating times and all-day dates in calendars: the organisation's.
    let timeZone: String
    /// The span calendars are expanded over, UTC seconds.
    let horizon: (from: Int64, to: Int64)
    private(set) var errors: [ScenarioError] = []
    /// Files read (calendars and polls), each counted once.
    private(set) var filesRead = 0
    /// Calendars already read, by path: a file named twice is read once.
    private var calendars: [String: BusyCalendar?] = [:]
    /// Where the files are read from.
    private let files: any InputFiles

    init(timeZone: String, horizon: (from: Int64, to: Int64), files: any InputFiles) {
        self.timeZone = timeZone
        self.horizon = horizon
        self.files = files
    }

    /// A person's sources with their calendars read; `nil` when a calendar could not be read (reported).
    mutating func personal(_ own: PersonalSources) -> PersonalAvailability? {
        let calendars = own.calendars.map { calendar($0) }
        guard calendars.allSatisfy({ $0 != nil }) else { return nil }
        return PersonalAvailability(weekly: own.weekly, away: own.away, calendars: calendars.compactMap(\.self))
    }

    /// A calendar file's busy time; `nil` after reporting a problem.
    mutating func calendar(_ file: FileReference) -> BusyCalendar? {
        if let known = calendars[file.path] { return known }
        var calendar: BusyCalendar?
        if let bytes = contents(of: file, noun: "calendar") {
            do {
                calendar = try BusyTimeReader.read(
                    bytes,
                    file: file.path,
                    defaultTimeZone: timeZone,
                    from: horizon.from,
                    to: horizon.to
                )
                filesRead += 1
            } catch {
                errors += error.errors.map(Self.scenarioError)
            }
        }
        calendars[file.path] = calendar
        return calendar
    }

    /// Counts a file read by another reader (a poll).
    mutating func countRead() { filesRead += 1 }

    /// Adds problems found by another reader (a poll's).
    mutating func add(_ problems: [ScenarioError]) { errors += problems }

    /// The bytes of a file the scenario names; `nil` after reporting it missing or unreadable.
    mutating func contents(of file: FileReference, noun: String) -> [UInt8]? {
        let why: String
        switch files.read(file.path) {
        case .bytes(let bytes): return bytes
        case .missing: why = "missing"
        case .directory: why = "directory"
        case .unreadable: why = "unreadable"
        }
        let lookedFor =
            file.written == file.path ? Phrase.period : Phrase("import.file.lookedFor", ["path": .verbatim(file.path)])
        fail(
            .unreadableFile,
            at: file.location,
            value: file.written,
            Phrase("import.file.\(noun).\(why)", ["file": .verbatim(file.written), "end": lookedFor])
        )
        return nil
    }

    // MARK: - Errors

    /// Records a problem located in a file the user wrote.
    mutating func fail(
        _ code: ScenarioError.Code,
        at location: SourceLocation,
        value: String? = nil,
        _ phrase: Phrase
    ) {
        errors.append(
            ScenarioError(
                code: code,
                file: location.file,
                line: location.line,
                column: location.column,
                value: value,
                phrase: phrase
            )
        )
    }

    /// The importer's error in the form every reader reports: the sentence (its phrase, not its ``sentence``)
    /// starts in lower case after `error:`, like the scenario's own.
    static func scenarioError(_ error: CalendarImportError) -> ScenarioError {
        ScenarioError(
            code: ScenarioError.Code(rawValue: error.code.rawValue),
            file: error.file,
            line: error.line,
            column: 0,
            value: error.value,
            phrase: error.phrase
        )
    }

    /// The errors grouped by file (`firstFile` first), then in line order.
    func sortedErrors(firstFile: String) -> [ScenarioError] {
        errors.enumerated()
            .sorted { lhs, rhs in
                let left = (lhs.element.file == firstFile ? 0 : 1, lhs.element.file, lhs.element.line, lhs.offset)
                let right = (rhs.element.file == firstFile ? 0 : 1, rhs.element.file, rhs.element.line, rhs.offset)
                return left < right
            }
            .map(\.element)
    }
}

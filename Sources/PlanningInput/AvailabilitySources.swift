public import PlanningDomain

/// A scenario as written, with the availability sources it names but that are not read yet.
///
/// ``ScenarioReader`` reads the YAML file only; the files it names (poll exports, calendars) and the public
/// holidays of the canton are read and merged into the answers by `AvailabilityImport`'s `ScenarioLoader`.
public struct ScenarioDocument: Hashable, Sendable {
    /// The scenario with the answers written in the file, the closures written in it and every candidate,
    /// generated ones included.
    public var scenario: Scenario
    /// What is still to be read: polls, calendars, weekly habits, days away, the canton's holidays.
    public var sources: AvailabilitySources
    /// The scenario file as the user named it: its problems are reported before those of the files it names.
    public var fileName: String
    /// Minutes a facilitator needs between sessions in two venues: the organisation's
    /// `travel-buffer-minutes`, else the centre's, else 30.
    public var travelBufferMinutes: Int
    /// The group's public words, `group.public-text` and `group.audience`: kept apart from `Scenario` (and
    /// from the workspace's group records, which do not hold them yet), since only promotion reads them.
    public var publicDescription: PublicDescription

    /// Wraps a scenario and its sources, read from `fileName`.
    public init(
        scenario: Scenario,
        sources: AvailabilitySources,
        fileName: String,
        travelBufferMinutes: Int = Centre.defaultTravelBufferMinutes,
        publicDescription: PublicDescription = .none
    ) {
        self.scenario = scenario
        self.sources = sources
        self.fileName = fileName
        self.travelBufferMinutes = travelBufferMinutes
        self.publicDescription = publicDescription
    }
}

/// The availability sources a scenario names, besides the answers written in it.
public struct AvailabilitySources: Hashable, Sendable {
    /// The canton whose public holidays are closures (`VD` by default); `nil` when the scenario says `none`.
    public var canton: Canton?
    /// Where `canton` is written; `nil` when the scenario relies on the default.
    public var cantonLocation: SourceLocation?
    /// Poll exports and answer grids, in the order listed: a later file's answer wins over an earlier one's.
    public var polls: [PollReference]
    /// Each participant's weekly habits, days away and calendars; participants without any are absent.
    public var participants: [Participant.ID: PersonalSources]
    /// Each facilitator's weekly habits and calendars (days away are in `Facilitator/awayDates`).
    public var facilitators: [Facilitator.ID: PersonalSources]
    /// Each venue's booking calendars.
    public var venues: [Venue.ID: [FileReference]]
    /// The candidates generated from a window rather than written one by one: the loader drops those that
    /// fall on a closed day or when their facilitator or venue is taken, instead of listing each as excluded.
    public var generatedCandidates: Set<CandidateSlot.ID> = []

    /// No source at all, and the canton of Vaud.
    public init(
        canton: Canton? = .vaud,
        polls: [PollReference] = [],
        participants: [Participant.ID: PersonalSources] = [:],
        facilitators: [Facilitator.ID: PersonalSources] = [:],
        venues: [Venue.ID: [FileReference]] = [:]
    ) {
        self.canton = canton
        self.cantonLocation = nil
        self.polls = polls
        self.participants = participants
        self.facilitators = facilitators
        self.venues = venues
    }
}

/// A Swiss canton, by its two-letter code (`VD`).
public struct Canton: Hashable, Sendable, CustomStringConvertible {
    /// The official abbreviation in capitals: `VD`, `GE`, `ZH`.
    public let code: String

    /// A canton from one of the 26 codes of ``codes``; `nil` for anything else.
    public init?(code: String) {
        guard Self.codes.contains(code) else { return nil }
        self.code = code
    }

    private init(validCode: String) { code = validCode }

    /// Vaud, the default.
    public static let vaud = Canton(validCode: "VD")

    /// The 26 cantons, alphabetically.
    public static let codes = [
        "AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW", "SG", "SH",
        "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH",
    ]

    /// The code.
    public var description: String { code }
}

/// Where something is written in a file: for errors about what it names.
public struct SourceLocation: Hashable, Sendable {
    /// The file as the user named it.
    public var file: String
    /// Line from 1; 0 when unknown.
    public var line: Int
    /// Column from 1, in Unicode scalars; 0 when unknown.
    public var column: Int

    /// A location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// A file named in the scenario: a poll export or a calendar.
public struct FileReference: Hashable, Sendable {
    /// The path as written in the scenario (`sondages/fondation.csv`).
    public var written: String
    /// The path to open: relative paths are taken from the scenario file's folder.
    public var path: String
    /// Where the path is written in the scenario.
    public var location: SourceLocation

    /// A reference to a file.
    public init(written: String, path: String, location: SourceLocation) {
        self.written = written
        self.path = path
        self.location = location
    }
}

/// One poll export or answer grid named under `polls`.
public struct PollReference: Hashable, Sendable {
    /// What the file holds.
    public enum Format: String, Hashable, Sendable, CaseIterable {
        /// Framadate's CSV export.
        case framadate
        /// Entraide's own grid: participant ids by candidate ids.
        case grid
    }

    /// The file.
    public var file: FileReference
    /// The format; `nil` to tell from the first cell (a grid's header starts with `participant`).
    public var format: Format?
    /// How dates are written in a Framadate export (`day-month-year` or `month-day-year`); `nil` to infer.
    public var dateOrder: String?
    /// Voters named as in the poll, mapped to a participant, or to `nil` to ignore them (staff who voted).
    public var voters: [String: Participant.ID?]

    /// A poll reference.
    public init(file: FileReference, format: Format?, dateOrder: String?, voters: [String: Participant.ID?]) {
        self.file = file
        self.format = format
        self.dateOrder = dateOrder
        self.voters = voters
    }
}

/// A person's own sources: weekly habits, days away and calendars.
public struct PersonalSources: Hashable, Sendable {
    /// When they are usually free; empty when they gave no habit (then only calendars and days away count).
    public var weekly: [WeeklyWindow]
    /// Days they cannot come at all.
    public var away: Set<LocalDate>
    /// Their exported calendars: busy time.
    public var calendars: [FileReference]

    /// Sources; all empty by default.
    public init(weekly: [WeeklyWindow] = [], away: Set<LocalDate> = [], calendars: [FileReference] = []) {
        self.weekly = weekly
        self.away = away
        self.calendars = calendars
    }

    /// Whether nothing is known from these sources.
    public var isEmpty: Bool { weekly.isEmpty && away.isEmpty && calendars.isEmpty }
}

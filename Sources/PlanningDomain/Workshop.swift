/// A training workshop (atelier) the centre offers to members of every group and to people from outside.
///
/// A workshop is held in up to ``runs`` runs a year; each run is one of its ``candidates`` with the
/// facilitators the coordinator's plan chooses among those qualified (``Qualifications/mayLead(workshop:)``)
/// and the people enrolled. A run below ``minimumParticipants`` is not held.
public struct Workshop: Hashable, Sendable, Identifiable {
    /// The id (`communication-non-violente`) that plans, explanations and invitations use.
    public typealias ID = Identifier<Workshop>

    /// The default length of a run in minutes (2 h 30).
    public static let defaultDurationMinutes = 150
    /// The default fewest participants for a run to be held.
    public static let defaultMinimumParticipants = 6
    /// The default most participants in one run.
    public static let defaultMaximumParticipants = 16

    /// The id from the catalogue, unique among workshops.
    public let id: ID
    /// The title in each language the catalogue gives (French first; German, Italian, English welcome).
    public var titles: [Language: String]
    /// What the workshop is about, in each language the catalogue gives.
    public var descriptions: [Language: String]
    /// Length of a run in minutes; candidates carry their own length, usually this one.
    public var durationMinutes: Int
    /// The fewest people enrolled for a run to be held.
    public var minimumParticipants: Int
    /// The most people enrolled in one run (the room may allow fewer).
    public var maximumParticipants: Int
    /// The most runs held in the year.
    public var runs: Int
    /// The months or date windows the workshop may run in; every candidate lies in one of them.
    public var windows: [DateWindow]
    /// How many facilitators lead a run: 1, or 2 for co-facilitation.
    public var facilitatorsNeeded: Int
    /// Whether the room must be reachable without steps whoever enrols.
    public var needsStepFreeAccess: Bool
    /// The fewest seats a room must have to host a run, facilitators included; `nil` when only those enrolled
    /// and the facilitators count.
    public var minimumRoomCapacity: Int?
    /// The dates, times and rooms proposed for its runs.
    public var candidates: [WorkshopSlot]

    /// Creates a workshop with the centres' defaults (2 h 30, 6 to 16 people, one facilitator) unless given.
    public init(
        id: ID,
        titles: [Language: String] = [:],
        descriptions: [Language: String] = [:],
        durationMinutes: Int = Workshop.defaultDurationMinutes,
        minimumParticipants: Int = Workshop.defaultMinimumParticipants,
        maximumParticipants: Int = Workshop.defaultMaximumParticipants,
        runs: Int = 1,
        windows: [DateWindow],
        facilitatorsNeeded: Int = 1,
        needsStepFreeAccess: Bool = false,
        minimumRoomCapacity: Int? = nil,
        candidates: [WorkshopSlot]
    ) {
        self.id = id
        self.titles = titles
        self.descriptions = descriptions
        self.durationMinutes = durationMinutes
        self.minimumParticipants = minimumParticipants
        self.maximumParticipants = maximumParticipants
        self.runs = runs
        self.windows = windows
        self.facilitatorsNeeded = facilitatorsNeeded
        self.needsStepFreeAccess = needsStepFreeAccess
        self.minimumRoomCapacity = minimumRoomCapacity
        self.candidates = candidates
    }

    /// The title in `language`, else in French, else any title, else the id.
    public func title(in language: Language) -> String {
        titles[language] ?? titles[.french] ?? titles.sorted { $0.key.code < $1.key.code }.first?.value ?? id.rawValue
    }

    /// The candidate with this id, or `nil`.
    public func candidate(_ id: WorkshopSlot.ID) -> WorkshopSlot? { candidates.first { $0.id == id } }

    /// Whether a date lies in one of the workshop's windows.
    public func allows(_ date: LocalDate) -> Bool { windows.contains { $0.contains(date) } }
}

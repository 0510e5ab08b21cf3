internal import Calendaring
import Foundation
public import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// Candidate dates added on the web page: one date, or a window that generates them as the scenario file's
/// `window` entries do (every date of a period on the weekdays chosen, at each start time).
///
/// Ids follow the scenario file's rule for generated candidates: `f1-20270202-1830` (the session's prefix,
/// the date, the start), with `-<venue>` when that id is taken by a candidate elsewhere at the same time. A
/// start that does not exist on a date (clocks move forward) is skipped, as in the scenario file.
public struct AddCandidates: Sendable {
    /// What staff propose.
    public struct Proposal: Hashable, Sendable {
        /// The session.
        public var kind: SessionKind
        /// The first date (the only one for a single date).
        public var from: LocalDate
        /// The last date (equal to ``from`` for a single date).
        public var to: LocalDate
        /// The weekdays (ISO, 1 is Monday) of the period to use; all seven for a single date.
        public var weekdays: Set<Int>
        /// The start times.
        public var starts: [LocalTime]
        /// The length; `nil` for the session's usual length.
        public var durationMinutes: Int?
        /// The room.
        public var venue: Venue.ID
        /// The facilitator.
        public var facilitator: Facilitator.ID

        /// A proposal.
        public init(
            kind: SessionKind,
            from: LocalDate,
            to: LocalDate,
            weekdays: Set<Int> = Set(1...7),
            starts: [LocalTime],
            durationMinutes: Int? = nil,
            venue: Venue.ID,
            facilitator: Facilitator.ID
        ) {
            self.kind = kind
            self.from = from
            self.to = to
            self.weekdays = weekdays
            self.starts = starts
            self.durationMinutes = durationMinutes
            self.venue = venue
            self.facilitator = facilitator
        }
    }

    /// Why a proposal cannot be added.
    public enum Problem: Hashable, Sendable {
        /// The group does not plan that session.
        case sessionNotPlanned
        /// The group names no such room.
        case unknownVenue
        /// The group names no such facilitator.
        case unknownFacilitator
        /// The last date is before the first.
        case periodReversed
        /// The period is longer than ``AddCandidates/longestWindow`` days.
        case periodTooLong
        /// No start time was given.
        case noStart
        /// A session starting then would end the next day.
        case endsNextDay
        /// The length is not between 1 minute and 12 hours.
        case invalidDuration
        /// The window would generate more than ``AddCandidates/largestWindow`` candidates.
        case tooMany(Int)
        /// The window generates nothing new (no chosen weekday in the period, or every date already there).
        case nothingNew
    }

    /// What was added.
    public struct Outcome: Hashable, Sendable {
        /// The new candidates, in date order.
        public var added: [CandidateSlot.ID]
        /// Dates skipped because a candidate with that id is already there.
        public var alreadyThere: Int
    }

    /// The longest period of a window, in days (the scenario file's limit).
    public static let longestWindow = 550
    /// The most candidates one window may add (the scenario file's limit).
    public static let largestWindow = 2000

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Adds the proposal's candidates after the group's others.
    ///
    /// - Throws: `invalid-input` naming the ``Problem``s; `unknown-group`.
    public func run(_ proposal: Proposal, to group: Group.ID) throws(ServiceError) -> Outcome {
        try WorkspaceAccess.write(workspace) { writer in
            guard let scenario = try writer.scenario(of: group) else {
                throw GroupAccess.unknownGroup(group, known: try writer.groups(), in: workspace)
            }
            let (slots, alreadyThere, problems) = Self.candidates(of: proposal, in: scenario)
            guard problems.isEmpty else {
                throw ServiceError(
                    .invalidInput,
                    ServiceError.sentence(
                        Phrase("service.dates.cannotAdd", ["problems": .list(problems.map(Self.phrase))])
                    ),
                    isInputError: true
                )
            }
            try writer.addCandidates(slots, to: group)
            return Outcome(added: slots.map(\.id), alreadyThere: alreadyThere)
        }
    }

    /// A problem in the staff member's words.
    public static func phrase(_ problem: Problem) -> Phrase {
        switch problem {
        case .sessionNotPlanned: Phrase("service.dates.sessionNotPlanned")
        case .unknownVenue: Phrase("service.dates.unknownVenue")
        case .unknownFacilitator: Phrase("service.dates.unknownFacilitator")
        case .periodReversed: Phrase("service.dates.periodReversed")
        case .periodTooLong: Phrase("service.dates.periodTooLong", ["days": .number(longestWindow)])
        case .noStart: Phrase("service.dates.noStart")
        case .endsNextDay: Phrase("service.dates.endsNextDay")
        case .invalidDuration: Phrase("service.dates.invalidDuration")
        case .tooMany(let count):
            Phrase("service.dates.tooMany", ["dates": .number(count), "maximum": .number(largestWindow)])
        case .nothingNew: Phrase("service.dates.nothingNew")
        }
    }

    /// The candidates a proposal generates in a scenario, how many are already there, and its problems.
    public static func candidates(
        of proposal: Proposal,
        in scenario: Scenario
    ) -> (slots: [CandidateSlot], alreadyThere: Int, problems: [Problem]) {
        var problems: [Problem] = []
        guard let rule = scenario.rule(for: proposal.kind) else { return ([], 0, [.sessionNotPlanned]) }
        if scenario.venue(proposal.venue) == nil { problems.append(.unknownVenue) }
        if scenario.facilitator(proposal.facilitator) == nil { problems.append(.unknownFacilitator) }
        let duration = proposal.durationMinutes ?? rule.durationMinutes
        if !(1...720).contains(duration) { problems.append(.invalidDuration) }
        if proposal.to < proposal.from { problems.append(.periodReversed) }
        if proposal.from.days(to: proposal.to) >= longestWindow { problems.append(.periodTooLong) }
        if proposal.starts.isEmpty { problems.append(.noStart) }
        if proposal.starts.contains(where: { $0.minuteOfDay + duration > 24 * 60 }) { problems.append(.endsNextDay) }
        guard problems.isEmpty else { return ([], 0, problems) }
        let days = (proposal.from.dayNumber...proposal.to.dayNumber).map(LocalDate.init(dayNumber:))
            .filter { proposal.weekdays.contains($0.weekday) }
        let count = days.count * proposal.starts.count
        guard count <= largestWindow else { return ([], 0, [.tooMany(count)]) }
        let prefix = prefixes[proposal.kind] ?? proposal.kind.rawValue
        var taken = Set(scenario.candidates.map(\.id))
        var slots: [CandidateSlot] = []
        var alreadyThere = 0
        let zone = scenario.organisation.timeZone
        for date in days {
            for start in Set(proposal.starts).sorted() {
                let local = LocalDateTime(date: date, time: start)
                let end = local.adding(minutes: duration)
                guard TimeZoneAuthority.occurrence(of: local, in: zone) != .skipped,
                    TimeZoneAuthority.occurrence(of: end, in: zone) != .skipped
                else { continue }
                let plain = "\(prefix)-\(compact(date))-\(compact(start))"
                let same = scenario.candidates.first { $0.id.rawValue == plain }
                if let same, same.venue == proposal.venue, same.facilitator == proposal.facilitator,
                    same.start == local
                {
                    alreadyThere += 1
                    continue
                }
                let id = CandidateSlot.ID(same == nil ? plain : "\(plain)-\(proposal.venue.rawValue)")
                guard taken.insert(id).inserted else {
                    alreadyThere += 1
                    continue
                }
                slots.append(
                    CandidateSlot(
                        id: id,
                        kind: proposal.kind,
                        start: local,
                        durationMinutes: duration,
                        venue: proposal.venue,
                        facilitator: proposal.facilitator
                    )
                )
            }
        }
        return (slots, alreadyThere, slots.isEmpty ? [.nothingNew] : [])
    }

    /// The prefix of generated ids for each session: the scenario file's.
    static let prefixes: [SessionKind: String] = [
        .information: "info", .founding1: "f1", .founding2: "f2", .review: "rev", .workshop: "ws",
    ]

    private static func compact(_ date: LocalDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    private static func compact(_ time: LocalTime) -> String {
        time.description.replacingOccurrences(of: ":", with: "")
    }
}

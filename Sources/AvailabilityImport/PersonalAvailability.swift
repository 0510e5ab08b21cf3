public import Calendaring
public import PlanningDomain

/// What a person's own sources say about one candidate: their weekly habits, days away and calendars.
///
/// The rules, strongest first (documented in the article "Where answers come from", `AvailabilitySources`):
///
/// 1. a day away → no;
/// 2. a busy period of any calendar overlapping the candidate → no (a busy event overrides a weekly habit);
/// 3. weekly habits given, and the candidate not entirely inside one of them → no;
/// 4. a tentative period overlapping the candidate → if-need-be;
/// 5. otherwise → yes.
///
/// A person with none of these sources has no derived answer (``answer(for:instants:)`` is not asked).
public struct PersonalAvailability: Sendable {
    /// When they are usually free; empty for no habit.
    public var weekly: [WeeklyWindow]
    /// Days they cannot come.
    public var away: Set<LocalDate>
    /// Their calendars' busy time.
    public var calendars: [BusyCalendar]

    /// The sources of one person.
    public init(weekly: [WeeklyWindow], away: Set<LocalDate>, calendars: [BusyCalendar]) {
        self.weekly = weekly
        self.away = away
        self.calendars = calendars
    }

    /// The answer these sources give for a candidate whose real start and end, in UTC seconds, are `instants`.
    public func answer(for slot: CandidateSlot, instants: (start: Int64, end: Int64)) -> Availability {
        if away.contains(slot.date) { return .no }
        let busyness = calendars.compactMap { $0.busyness(from: instants.start, to: instants.end) }.max()
        if busyness == .busy { return .no }
        if !weekly.isEmpty, !weekly.contains(where: { $0.contains(start: slot.start, minutes: slot.durationMinutes) }) {
            return .no
        }
        return busyness == .tentative ? .ifNeedBe : .yes
    }
}

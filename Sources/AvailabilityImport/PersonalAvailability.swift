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
        Self.answer(
            isAway: away.contains(slot.date),
            busyness: busyness(from: instants.start, to: instants.end),
            fitsHabits: fitsHabits(start: slot.start, minutes: slot.durationMinutes)
        )
    }

    /// The rules above, from what each source says about one candidate.
    ///
    /// - Parameters:
    ///   - isAway: whether the candidate falls on a day away;
    ///   - busyness: the strongest period of any calendar overlapping it (`nil`: none);
    ///   - fitsHabits: whether it lies entirely inside a weekly habit, or no habit is given.
    /// - Returns: No when away, busy or outside every habit; if need be when tentative; yes otherwise.
    public static func answer(isAway: Bool, busyness: BusyKind?, fitsHabits: Bool) -> Availability {
        if isAway || busyness == .busy || !fitsHabits { return .no }
        return busyness == .tentative ? .ifNeedBe : .yes
    }

    /// The strongest period of the calendars between two instants (UTC seconds); `nil` when none overlaps.
    public func busyness(from start: Int64, to end: Int64) -> BusyKind? {
        calendars.compactMap { $0.busyness(from: start, to: end) }.max()
    }

    /// Whether the wall-clock span lies entirely inside one weekly habit, or no habit is given.
    ///
    /// It depends only on the weekday, the time of day and the length (`WeeklyWindow.contains(start:minutes:)`):
    /// candidates alike in these three get the same result.
    public func fitsHabits(start: LocalDateTime, minutes: Int) -> Bool {
        weekly.isEmpty || weekly.contains { $0.contains(start: start, minutes: minutes) }
    }
}

import AvailabilityImport
import Calendaring
import PlanningDomain
import Testing

/// The rules that turn a person's habits, days away and calendars into an answer, one test per rule.
@Suite struct PersonalAvailabilityTests {
    /// Tuesday 2 February 2027, 18:30–20:30 in Zurich (17:30–19:30 UTC).
    let slot: CandidateSlot
    let instants: (start: Int64, end: Int64) = (1_801_589_400, 1_801_596_600)
    let tuesdayEvening: WeeklyWindow

    init() throws {
        let date = try #require(LocalDate(year: 2027, month: 2, day: 2))
        slot = CandidateSlot(
            id: "f1",
            kind: .founding1,
            start: LocalDateTime(date: date, time: try #require(LocalTime(hour: 18, minute: 30))),
            durationMinutes: 120,
            venue: "v",
            facilitator: "f"
        )
        tuesdayEvening = WeeklyWindow(
            weekday: .tuesday,
            from: try #require(LocalTime(hour: 18, minute: 0)),
            to: try #require(LocalTime(hour: 21, minute: 30))
        )
    }

    private func calendar(_ kind: BusyKind, from: Int64, to: Int64) -> BusyCalendar {
        BusyCalendar(periods: [BusyPeriod(start: from, end: to, kind: kind)])
    }

    @Test func theInstantsAreThoseOfZurichInWinter() {
        #expect(TimeZoneConversion.utcSeconds(of: slot.start, in: "Europe/Zurich") == instants.start)
        #expect(TimeZoneConversion.utcSeconds(of: slot.end, in: "Europe/Zurich") == instants.end)
    }

    @Test func freeInsideAHabitIsYes() {
        let person = PersonalAvailability(weekly: [tuesdayEvening], away: [], calendars: [])
        #expect(person.answer(for: slot, instants: instants) == .yes)
    }

    @Test func aCandidateOutsideEveryHabitIsNo() {
        let short = WeeklyWindow(weekday: .tuesday, from: LocalTime(hour: 19, minute: 0)!, to: tuesdayEvening.to)
        let thursday = WeeklyWindow(weekday: .thursday, from: tuesdayEvening.from, to: tuesdayEvening.to)
        #expect(
            PersonalAvailability(weekly: [short, thursday], away: [], calendars: []).answer(
                for: slot,
                instants: instants
            ) == .no
        )
    }

    @Test func aDayAwayIsNoEvenInsideAHabit() {
        let person = PersonalAvailability(weekly: [tuesdayEvening], away: [slot.date], calendars: [])
        #expect(person.answer(for: slot, instants: instants) == .no)
    }

    @Test func aBusyEventOverridesAHabit() {
        let busy = calendar(.busy, from: instants.end - 60, to: instants.end + 3600)
        let person = PersonalAvailability(weekly: [tuesdayEvening], away: [], calendars: [busy])
        #expect(person.answer(for: slot, instants: instants) == .no)
    }

    @Test func anEventEndingWhenTheCandidateStartsDoesNotOverlap() {
        let before = calendar(.busy, from: instants.start - 3600, to: instants.start)
        let person = PersonalAvailability(weekly: [], away: [], calendars: [before])
        #expect(person.answer(for: slot, instants: instants) == .yes)
    }

    @Test func aTentativeEventIsIfNeedBe() {
        let tentative = calendar(.tentative, from: instants.start, to: instants.start + 600)
        let person = PersonalAvailability(weekly: [tuesdayEvening], away: [], calendars: [tentative])
        #expect(person.answer(for: slot, instants: instants) == .ifNeedBe)
    }

    @Test func busyInOneCalendarBeatsTentativeInAnother() {
        let tentative = calendar(.tentative, from: instants.start, to: instants.end)
        let busy = calendar(.busy, from: instants.start, to: instants.end)
        #expect(
            PersonalAvailability(weekly: [], away: [], calendars: [tentative, busy]).answer(
                for: slot,
                instants: instants
            ) == .no
        )
    }

    @Test func aTentativeEventOutsideEveryHabitIsStillNo() {
        let tentative = calendar(.tentative, from: instants.start, to: instants.end)
        let thursday = WeeklyWindow(weekday: .thursday, from: tuesdayEvening.from, to: tuesdayEvening.to)
        #expect(
            PersonalAvailability(weekly: [thursday], away: [], calendars: [tentative]).answer(
                for: slot,
                instants: instants
            ) == .no
        )
    }
}

import Intake
import PlanningDomain
import Testing

/// The nights the clocks change in Zurich: a slot never spans the change, and a skipped start is never offered.
@Suite struct IntakeDaylightSavingTests {
    typealias F = IntakeFixtures

    /// A night line: Sunday 01:00–04:00.
    static let night = [WeeklyWindow(weekday: .sunday, from: F.time(1, 0), to: F.time(4, 0))]

    @Test func springForwardOffersOnlyWhatExistsWhole() {
        // 28 March 2027: at 02:00 the clocks jump to 03:00.
        let day = F.date(2027, 3, 28)
        let slots = IntakeSlots.free(in: F.hours(weekly: Self.night), IntakeSlotRequest(from: day, to: day))
        #expect(F.starts(slots, on: day) == ["03:00"])
        #expect(slots.first?.startInstant.iso8601 == "2027-03-28T01:00:00Z")
        let hours = F.hours(weekly: Self.night)
        let over = IntakeSlots.check(
            start: F.local(day, 1, 30),
            lengthMinutes: 60,
            modes: [.phone],
            in: hours,
            notBefore: nil,
            excluding: nil
        )
        #expect(over.conflicts == [.daylightSavingChange])
        let skipped = IntakeSlots.check(
            start: F.local(day, 2, 30),
            lengthMinutes: 60,
            modes: [.phone],
            in: hours,
            notBefore: nil,
            excluding: nil
        )
        #expect(skipped.conflicts.first == .nonexistentTime)
    }

    @Test func fallBackOffersTheFirstOfTheRepeatedHourOnlyWhenItEndsBeforeTheChange() {
        // 31 October 2027: at 03:00 the clocks go back to 02:00.
        let day = F.date(2027, 10, 31)
        let slots = IntakeSlots.free(in: F.hours(weekly: Self.night), IntakeSlotRequest(from: day, to: day))
        #expect(F.starts(slots, on: day) == ["01:00", "01:30", "03:00"])
        #expect(slots.allSatisfy { $0.lengthMinutes == 60 })
        // 01:30 CEST is 23:30 UTC the day before; it ends at 02:30 CEST, the first 02:30.
        #expect(
            slots.map(\.startInstant.iso8601) == [
                "2027-10-30T23:00:00Z", "2027-10-30T23:30:00Z", "2027-10-31T02:00:00Z",
            ]
        )
    }

    @Test func aDaytimeSlotOnTheDayOfTheChangeIsAnOrdinarySlot() {
        let day = F.date(2027, 3, 28)
        let weekly = [WeeklyWindow(weekday: .sunday, from: F.time(10, 0), to: F.time(11, 0))]
        let slots = IntakeSlots.free(in: F.hours(weekly: weekly), IntakeSlotRequest(from: day, to: day))
        // Summer time: 10:00 CEST is 08:00 UTC.
        #expect(slots.map(\.startInstant.iso8601) == ["2027-03-28T08:00:00Z"])
    }

    @Test func theBufferIsRealTimeAcrossTheChange() {
        // A busy event 01:00–01:45 CET; at 02:00 CET the clocks show 03:00 CEST. The 03:00 slot starts 15 real
        // minutes after the event's end, although the wall clock shows 75: free with a 15-minute buffer, taken
        // with a 20-minute one.
        let day = F.date(2027, 3, 28)
        let busy = [F.period(day, (1, 0), (1, 45))]
        let request = IntakeSlotRequest(from: day, to: day)
        let within15 = IntakeSlots.free(in: F.hours(weekly: Self.night, busy: busy, buffer: 15), request)
        #expect(F.starts(within15, on: day) == ["03:00"])
        let within20 = IntakeSlots.free(in: F.hours(weekly: Self.night, busy: busy, buffer: 20), request)
        #expect(F.starts(within20, on: day).isEmpty)
    }
}

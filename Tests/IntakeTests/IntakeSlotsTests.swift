import Calendaring
import Intake
import PlanningDomain
import Testing

/// Free slots from hours, calendars, closures and buffers.
@Suite struct IntakeSlotsTests {
    typealias F = IntakeFixtures

    @Test func everyStartOfEveryWindowIsOfferedWhenNothingIsBusy() {
        let slots = IntakeSlots.free(in: F.hours(), F.week)
        #expect(F.starts(slots, on: F.tuesday) == ["09:00", "09:30", "10:00", "10:30", "11:00"])
        #expect(F.starts(slots, on: F.thursday) == ["14:00", "14:30", "15:00", "15:30", "16:00"])
        #expect(slots.count == 10)
        #expect(slots.allSatisfy { $0.lengthMinutes == 60 && $0.end == $0.start.adding(minutes: 60) })
        #expect(slots.allSatisfy { $0.modes == InterviewMode.allCases && $0.staff == "anne" })
        #expect(slots == slots.sorted())
    }

    @Test func theFirstInstantIsTheWallClockTimeInZurich() throws {
        let slot = try #require(IntakeSlots.free(in: F.hours(), F.week).first)
        // 09:00 in Zurich in January is 08:00 UTC.
        #expect(slot.startInstant.iso8601 == "2027-01-12T08:00:00Z")
        #expect(slot.endInstant.iso8601 == "2027-01-12T09:00:00Z")
        #expect(slot.key == "2027-01-12T09:00")
    }

    @Test func aBusyEventTakesEverySlotWithinItsBuffer() {
        let busy = [F.period(F.tuesday, (10, 0), (10, 30))]
        let buffered = IntakeSlots.free(in: F.hours(busy: busy, buffer: 15), F.week)
        // 10:30–11:30 would start 0 minutes after the event: within the 15-minute buffer. 11:00 starts 30 after.
        #expect(F.starts(buffered, on: F.tuesday) == ["11:00"])
        let unbuffered = IntakeSlots.free(in: F.hours(busy: busy, buffer: 0), F.week)
        // Touching is not overlapping: 09:00–10:00 and 10:30–11:30 are free without a buffer.
        #expect(F.starts(unbuffered, on: F.tuesday) == ["09:00", "10:30", "11:00"])
        #expect(F.starts(unbuffered, on: F.thursday).count == 5)
    }

    @Test func aTentativeEventCountsAsBusyAndIsNamedSo() {
        let busy = [F.period(F.tuesday, (9, 0), (12, 0), .tentative)]
        let slots = IntakeSlots.free(in: F.hours(busy: busy), F.week)
        #expect(F.starts(slots, on: F.tuesday).isEmpty)
        let check = IntakeSlots.check(
            start: F.local(F.tuesday, 9, 0),
            lengthMinutes: 60,
            modes: [.phone],
            in: F.hours(busy: busy),
            notBefore: nil,
            excluding: nil
        )
        #expect(check.conflicts == [.tentative])
    }

    @Test func busyWinsOverTentativeInTheReason() {
        let busy = [F.period(F.tuesday, (9, 0), (10, 0), .tentative), F.period(F.tuesday, (9, 30), (9, 45))]
        let check = IntakeSlots.check(
            start: F.local(F.tuesday, 9, 0),
            lengthMinutes: 60,
            modes: [.centre],
            in: F.hours(busy: busy),
            notBefore: nil,
            excluding: nil
        )
        #expect(check.conflicts == [.busy])
    }

    @Test func closuresHolidaysAndDaysAwayTakeWholeDays() {
        let holiday = Closure(from: F.thursday, to: F.thursday, reason: "Fermeture")
        let closed = IntakeSlots.free(in: F.hours(closures: [holiday]), F.week)
        #expect(F.starts(closed, on: F.thursday).isEmpty)
        #expect(F.starts(closed, on: F.tuesday).count == 5)
        let away = IntakeSlots.free(in: F.hours(away: [F.tuesday]), F.week)
        #expect(F.starts(away, on: F.tuesday).isEmpty)
        let check = IntakeSlots.check(
            start: F.local(F.thursday, 14, 0),
            lengthMinutes: 60,
            modes: [.centre],
            in: F.hours(closures: [holiday], away: [F.thursday]),
            notBefore: nil,
            excluding: nil
        )
        #expect(check.conflicts == [.closed(reason: "Fermeture"), .away])
    }

    @Test func nothingStartsBeforeNowAndSlotsStayInsideTheirWindow() {
        var request = F.week
        request.notBefore = F.instant(F.tuesday, 9, 10)
        let slots = IntakeSlots.free(in: F.hours(), request)
        #expect(F.starts(slots, on: F.tuesday) == ["09:30", "10:00", "10:30", "11:00"])
        let late = IntakeSlots.check(
            start: F.local(F.tuesday, 11, 30),
            lengthMinutes: 60,
            modes: [.centre],
            in: F.hours(),
            notBefore: nil,
            excluding: nil
        )
        #expect(late.conflicts == [.outsideHours])
    }

    @Test func lengthAndStepShapeTheOffer() {
        let request = IntakeSlotRequest(from: F.tuesday, to: F.tuesday, lengthMinutes: 90, stepMinutes: 45)
        let slots = IntakeSlots.free(in: F.hours(), request)
        #expect(F.starts(slots, on: F.tuesday) == ["09:00", "09:45", "10:30"])
        #expect(slots.allSatisfy { $0.lengthMinutes == 90 })
    }

    @Test func overlappingWindowsOfferEachStartOnce() {
        let weekly = [
            WeeklyWindow(weekday: .tuesday, from: F.time(9, 0), to: F.time(11, 0)),
            WeeklyWindow(weekday: .tuesday, from: F.time(10, 0), to: F.time(12, 0)),
        ]
        let slots = IntakeSlots.free(in: F.hours(weekly: weekly), F.week)
        #expect(F.starts(slots, on: F.tuesday) == ["09:00", "09:30", "10:00", "10:30", "11:00"])
    }

    @Test func aBackwardRangeOrNoHoursGiveNothing() {
        let backwards = IntakeSlotRequest(from: F.thursday, to: F.tuesday)
        #expect(IntakeSlots.free(in: F.hours(), backwards).isEmpty)
        #expect(IntakeSlots.free(in: F.hours(weekly: []), F.week).isEmpty)
    }

    @Test func aLongRangeIsCutAtAYear() {
        let request = IntakeSlotRequest(from: F.date(2027, 1, 1), to: F.date(2029, 12, 31))
        let slots = IntakeSlots.free(in: F.hours(), request)
        let last = slots.last?.start.date ?? F.tuesday
        #expect(F.date(2027, 1, 1).days(to: last) < IntakeSlotRequest.longestRangeDays)
        #expect(F.date(2027, 12, 25).days(to: last) >= 0)
    }
}

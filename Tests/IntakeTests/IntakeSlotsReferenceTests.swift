import Calendaring
import Intake
import PlanningDomain
import PlanningSamples
import Testing

/// The slot search against a plain reference, on seeded random calendars: every slot offered is free by a
/// minute-by-minute reading of the busy periods, and every start of the grid that is not offered has a reason.
@Suite struct IntakeSlotsReferenceTests {
    typealias F = IntakeFixtures

    @Test(arguments: 0..<60)
    func offeredSlotsAreExactlyTheFreeStartsOfTheGrid(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let from = F.date(2027, 1, 4).adding(days: random.int(in: 0...300))
        let request = IntakeSlotRequest(
            from: from,
            to: from.adding(days: 13),
            lengthMinutes: [30, 45, 60, 90][random.int(in: 0...3)],
            stepMinutes: [15, 30, 60][random.int(in: 0...2)]
        )
        var periods: [BusyPeriod] = []
        for _ in 0..<random.int(in: 0...25) {
            let day = from.adding(days: random.int(in: 0...13))
            let start = random.int(in: 7 * 4...19 * 4) * 15
            let length = random.int(in: 1...12) * 15
            let kind: BusyKind = random.chance(0.3) ? .tentative : .busy
            periods.append(
                BusyPeriod(
                    start: F.utc(day, start / 60, start % 60),
                    end: F.utc(day, start / 60, start % 60) + Int64(length) * 60,
                    kind: kind
                )
            )
        }
        let weekly = [
            WeeklyWindow(weekday: .monday, from: F.time(8, 0), to: F.time(12, 0)),
            WeeklyWindow(weekday: .wednesday, from: F.time(13, 30), to: F.time(18, 0)),
            WeeklyWindow(weekday: .friday, from: F.time(9, 15), to: F.time(11, 45)),
        ]
        let buffer = random.int(in: 0...4) * 10
        let hours = F.hours(weekly: weekly, busy: periods, buffer: buffer)
        let offered = Set(IntakeSlots.free(in: hours, request).map(\.start))

        var expected: Set<LocalDateTime> = []
        for day in request.from.dayNumber...request.to.dayNumber {
            let date = LocalDate(dayNumber: day)
            for window in weekly where window.weekday == Weekday(of: date) {
                var minute = window.from.minuteOfDay
                while minute + request.lengthMinutes <= window.to.minuteOfDay {
                    let start = F.utc(date, minute / 60, minute % 60)
                    let end = start + Int64(request.lengthMinutes) * 60
                    // Minute by minute: is any minute of [start − buffer, end + buffer) inside a period?
                    var isFree = true
                    var second = start - Int64(buffer) * 60
                    while isFree, second < end + Int64(buffer) * 60 {
                        if periods.contains(where: { $0.start <= second && second < $0.end }) { isFree = false }
                        second += 60
                    }
                    if isFree { expected.insert(F.local(date, minute / 60, minute % 60)) }
                    minute += request.stepMinutes
                }
            }
        }
        #expect(offered == expected)
    }
}

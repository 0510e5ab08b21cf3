import Calendaring
import Testing

/// `BusyCalendar.busyness(from:to:)` and `overlaps(from:to:)`: the rules, and the optimised search against a
/// plain scan on seeded random calendars.
@Suite struct BusyCalendarTests {
    @Test("Touching ends do not overlap; the strongest kind wins; free is nil")
    func rules() {
        let calendar = BusyCalendar(periods: [
            BusyPeriod(start: 100, end: 200, kind: .tentative), BusyPeriod(start: 150, end: 160, kind: .busy),
            BusyPeriod(start: 300, end: 400, kind: .busy),
        ])
        #expect(calendar.busyness(from: 200, to: 300) == nil)
        #expect(calendar.busyness(from: 0, to: 100) == nil)
        #expect(calendar.busyness(from: 400, to: 500) == nil)
        #expect(calendar.busyness(from: 100, to: 150) == .tentative)
        #expect(calendar.busyness(from: 199, to: 201) == .tentative)
        #expect(calendar.busyness(from: 120, to: 155) == .busy)
        #expect(calendar.busyness(from: 0, to: 1000) == .busy)
        #expect(calendar.busyness(from: 350, to: 350) == nil)
    }

    @Test("A tentative overlap is told apart from a busy one, and listed with it")
    func tentativeOverlaps() {
        let pencilled = BusyPeriod(start: 100, end: 200, kind: .tentative)
        let meeting = BusyPeriod(start: 180, end: 260, kind: .busy)
        let calendar = BusyCalendar(periods: [meeting, pencilled])
        #expect(calendar.busyness(from: 120, to: 170) == .tentative)
        #expect(calendar.overlaps(from: 120, to: 170) == [pencilled])
        #expect(calendar.busyness(from: 150, to: 190) == .busy)
        #expect(calendar.overlaps(from: 150, to: 190) == [pencilled, meeting])
        #expect(calendar.overlaps(from: 260, to: 300) == [])
        #expect(calendar.overlaps(from: 150, to: 150) == [])
    }

    @Test("Periods are kept sorted by start, end and kind, also when set")
    func sorting() {
        var calendar = BusyCalendar(periods: [
            BusyPeriod(start: 5, end: 9, kind: .busy), BusyPeriod(start: 1, end: 3, kind: .busy),
            BusyPeriod(start: 1, end: 3, kind: .tentative),
        ])
        #expect(calendar.periods.map(\.start) == [1, 1, 5])
        #expect(calendar.periods.map(\.kind) == [.tentative, .busy, .busy])
        calendar.periods.append(BusyPeriod(start: 0, end: 1000, kind: .tentative))
        #expect(calendar.periods.first == BusyPeriod(start: 0, end: 1000, kind: .tentative))
        #expect(calendar.busyness(from: 500, to: 600) == .tentative)
    }

    @Test("The search agrees with a plain scan on 300 seeded random calendars", arguments: 0..<3)
    func agreesWithReference(batch: UInt64) {
        var generator = SplitMix64(seed: 0xCA1E_0000 + batch)
        for _ in 0..<100 {
            let count = Int(generator.next() % 60)
            let periods = (0..<count).map { _ in
                let start = Int64(generator.next() % 1000)
                let length = generator.next() % 8 == 0 ? Int64(generator.next() % 600) : Int64(generator.next() % 40)
                return BusyPeriod(
                    start: start,
                    end: start + length,
                    kind: generator.next() % 3 == 0 ? .tentative : .busy
                )
            }
            let calendar = BusyCalendar(periods: periods)
            for _ in 0..<50 {
                let start = Int64(generator.next() % 1100) - 50
                let end = start + Int64(generator.next() % 120)
                let overlapping = periods.filter {
                    end > start && $0.start < end && $0.end > start && $0.end > $0.start
                }
                #expect(calendar.busyness(from: start, to: end) == overlapping.map(\.kind).max())
                #expect(calendar.overlaps(from: start, to: end) == overlapping.sorted())
            }
        }
    }
}

/// A small seeded generator (Steele, Lea and Flood's SplitMix64), for reproducible random tests.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

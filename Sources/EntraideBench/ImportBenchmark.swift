import ArgumentParser
import Calendaring
import Foundation
import PlanningDomain

/// `entraide-bench import FILE.ics`: reads a busy calendar through Entraide's importer and answers seeded
/// candidates, as `scripts/bench/expand_busy_python.py` does with Python's icalendar + recurring-ical-events.
///
/// Candidate i (0 ≤ i < `--candidates`) is day 2027-01-04 + ((i·73 + seed) mod 361), 18:30–20:30
/// Europe/Zurich; the calendar is expanded over 2027 (Europe/Zurich). Prints one JSON line: the best wall time
/// of `--runs` whole runs (read, parse, expand, answer) and the busy / tentative / free counts.
struct ImportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Time reading a busy calendar and answering seeded candidates (see scripts/bench-import)."
    )

    @Argument(help: "The calendar file (.ics).")
    var file: String

    @Option(name: .long, help: "How many candidates to answer.")
    var candidates = 400

    @Option(name: .long, help: "Seed of the candidates' days.")
    var seed = 0

    @Option(name: .long, help: "Whole runs; the best is reported.")
    var runs = 3

    static let zone = "Europe/Zurich"

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read '\(file)'.")
        }
        guard let first = LocalDate(year: 2027, month: 1, day: 4), let from = Self.utc(2027, 1, 1, 0, 0),
            let to = Self.utc(2028, 1, 1, 0, 0)
        else { throw ValidationError("the benchmark's dates do not exist.") }
        let slots = (0..<candidates).compactMap { index -> (Int64, Int64)? in
            let day = first.adding(days: (index * 73 + seed) % 361)
            guard let start = Self.utc(day.year, day.month, day.day, 18, 30),
                let end = Self.utc(day.year, day.month, day.day, 20, 30)
            else { return nil }
            return (start, end)
        }
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000_000)
        var counts = (busy: 0, tentative: 0, free: 0, periods: 0)
        for _ in 0..<max(1, runs) {
            let began = clock.now
            let bytes = [UInt8](FileManager.default.contents(atPath: file) ?? data)
            let calendar = try BusyTimeReader.read(bytes, file: file, defaultTimeZone: Self.zone, from: from, to: to)
            counts = (0, 0, 0, calendar.periods.count)
            for (slotStart, slotEnd) in slots {
                switch calendar.busyness(from: slotStart, to: slotEnd) {
                case .busy: counts.busy += 1
                case .tentative: counts.tentative += 1
                case nil: counts.free += 1
                }
            }
            best = min(best, clock.now - began)
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        print(
            "{\"seconds\": \(String(format: "%.4f", seconds)), \"periods\": \(counts.periods), "
                + "\"busy\": \(counts.busy), \"tentative\": \(counts.tentative), \"free\": \(counts.free)}"
        )
    }

    /// The UTC instant of a Zurich wall-clock time.
    private static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Int64? {
        guard let date = LocalDate(year: year, month: month, day: day), let time = LocalTime(hour: hour, minute: minute)
        else { return nil }
        return TimeZoneConversion.utcSeconds(of: LocalDateTime(date: date, time: time), in: zone)
    }
}

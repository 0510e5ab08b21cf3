import ArgumentParser
import AvailabilityImport
import Foundation
import PlanningDomain
import PlanningEngine
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// `entraide-bench plan-file SCENARIO`: reads a scenario file as `entraide plan` does, then times the planner
/// on it in process, with the process's memory before and after.
///
/// For sizes too large to generate in process (5,000 participants × 2,000 candidates a session), written by
/// `scripts/bench/make_big_scenario.py`. Prints one markdown row (see ``header``).
struct FilePlanBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan-file",
        abstract: "Read a scenario file, then time the planner on it in process (time and memory)."
    )

    @Argument(help: "The scenario file.")
    var scenario: String

    @Option(name: .long, help: "Stop the search after this many seconds (as `entraide plan --time-limit`).")
    var timeLimit: Double?

    @Flag(name: .long, help: "Print the table's header first.")
    var header = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let loaded = try ScenarioLoader().load(contentsOf: scenario).scenario
        let loading = PlannerTiming.milliseconds(clock.now - start)
        let loadedMegabytes = Self.residentMegabytes()
        let deadline =
            timeLimit.map { seconds in
                let end = Mutex<ContinuousClock.Instant?>(nil)
                return SearchDeadline {
                    let now = ContinuousClock.now
                    return end.withLock { end in
                        guard let last = end else {
                            end = now.advanced(by: .milliseconds(Int64(seconds * 1000)))
                            return seconds <= 0
                        }
                        return now >= last
                    }
                }
            } ?? .never
        let cpu = PlannerTiming.threadCPUMilliseconds()
        let planStart = clock.now
        let outcome = Planner(scenario: loaded).plan(deadline: deadline)
        let planning = PlannerTiming.milliseconds(clock.now - planStart)
        let planningCPU = PlannerTiming.threadCPUMilliseconds() - cpu
        var cells = [
            (scenario as NSString).lastPathComponent, String(loaded.participants.count),
            String(loaded.candidates.count / max(1, loaded.plannedKinds.count)), Self.seconds(loading),
            Self.seconds(planning), Self.seconds(planningCPU),
        ]
        switch outcome {
        case .planned(let result):
            let gap = result.statistics.bound.map { $0.gap(to: result.score) }
            cells += [
                String(result.statistics.nodes), result.statistics.isProvenOptimal ? "yes" : "no",
                gap.map { "\($0.continuity) people, \(Double($0.attendanceHalves) / 2) attendance" } ?? "–",
                "[" + result.score.objectiveVector.prefix(4).map(String.init).joined(separator: ", ") + ", …]",
            ]
        case .infeasible(let why):
            cells += ["–", "infeasible", "–", "\(why.reasons.count) reason(s)"]
        }
        cells += [String(loadedMegabytes), String(Self.peakMegabytes())]
        if header {
            let names = [
                "scenario", "participants", "candidates / session", "read s", "plan s", "plan CPU s", "nodes",
                "proven", "gap", "objective", "RSS after reading MB", "peak RSS MB",
            ]
            print("| " + names.joined(separator: " | ") + " |")
            print("|" + String(repeating: " --- |", count: names.count))
        }
        print("| " + cells.joined(separator: " | ") + " |")
    }

    private static func seconds(_ milliseconds: Double) -> String { String(format: "%.2f", milliseconds / 1000) }

    /// The process's peak resident memory so far, in MB (`getrusage`).
    static func peakMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    /// The process's resident memory now, in MB (`/proc/self/statm`, 0 where there is none).
    static func residentMegabytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}

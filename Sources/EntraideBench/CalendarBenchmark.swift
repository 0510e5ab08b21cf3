import ArgumentParser
import Foundation
import PlanningDomain
import PlanningSamples
import RegionalCheck
import RegionalPlanning

/// `entraide-bench calendar`: plans seeded regional problems with the calendar optimiser, checks every plan with
/// the independent checker, and writes each instance with the result for the CP-SAT model
/// (`scripts/bench-calendar`).
struct CalendarBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Plan seeded regional problems with the calendar optimiser and check every plan."
    )

    @Option(name: .long, help: "Comma-separated sizes among R1, R2, R3, R4.")
    var sizes = "R1,R2,R3,R4"

    @Option(name: .long, help: "Seed of the generated problems and of the search.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Seconds for the optimiser; the size's default when not given.")
    var timeLimit: Double?

    @Option(name: .long, help: "Iterations instead of a time limit (deterministic).")
    var iterations: Int?

    @Option(name: .long, help: "Folder to write <size>.json into (instance and result), for CP-SAT.")
    var out: String?

    @Flag(name: .long, help: "Print unplaced groups, moves and unheld runs.")
    var verbose = false

    func validate() throws { _ = try selectedSizes() }

    func run() throws {
        if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
        print(
            "| size | groups placed | objective (15 terms) | bound | gap | iterations | seconds | peak MB | checker |"
        )
        print("| --- | ---: | --- | --- | --- | ---: | ---: | ---: | --- |")
        for size in try selectedSizes() {
            let problem = RandomRegion.make(seed: seed, shape: size.shape)
            let optimiser = try RegionalOptimiser(
                problem: problem,
                options: .init(
                    seed: seed,
                    iterationLimit: iterations,
                    timeLimit: .milliseconds(Int((timeLimit ?? size.timeLimit) * 1000))
                )
            )
            let clock = ContinuousClock()
            let began = clock.now
            let plan = optimiser.optimise(clock: clock) { progress in
                FileHandle.standardError.write(Data("\(size.rawValue): \(progress)\n".utf8))
            }
            let elapsed = clock.now - began
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let memory = PeakMemory.megabytes
            let report = RegionalChecker(problem: problem).check(plan)
            let gap = plan.gap.map(String.init(describing:)) ?? "proven optimal"
            print(
                "| \(size.rawValue) | \(plan.objective[.groupsPlaced])/\(problem.groups.count) "
                    + "| \(plan.objective.values) | \(plan.bound.values) | \(gap) | \(plan.statistics.iterations) "
                    + "| \(String(format: "%.2f", seconds)) | \(String(format: "%.0f", memory)) "
                    + "| \(report.isValid ? "valid" : "INVALID") |"
            )
            if verbose { printDetails(plan, report: report) }
            if let out {
                var instance = CalendarInstance(size: size.rawValue, seed: seed, problem: problem)
                instance.swift = .init(
                    objective: plan.objective.values,
                    bound: plan.bound.values,
                    seconds: seconds,
                    peakMegabytes: memory,
                    iterations: plan.statistics.iterations,
                    stop: plan.statistics.stop.rawValue,
                    checkerValid: report.isValid,
                    violations: report.violations.map(\.description),
                    plan: .init(plan)
                )
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                try encoder.encode(instance).write(
                    to: URL(fileURLWithPath: out).appendingPathComponent("\(size.rawValue).json")
                )
            }
        }
    }

    private func printDetails(_ plan: RegionalPlan, report: RegionalCheckReport) {
        for outcome in plan.groups where outcome.plan == nil {
            print("- unplaced \(outcome.group): \(outcome.blocker.map(String.init(describing:)) ?? "")")
        }
        for move in plan.moves { print("- moved \(move.subject): \(move.reason)") }
        for unheld in plan.unheldRuns {
            print("- \(unheld.count) run(s) of \(unheld.workshop) not held: \(unheld.blocker)")
        }
        if !report.isValid { print(report.description) }
    }

    private func selectedSizes() throws -> [CalendarSize] {
        try sizes.split(separator: ",").map { name in
            guard let size = CalendarSize(rawValue: name.trimmingCharacters(in: .whitespaces).uppercased()) else {
                throw ValidationError("Size '\(name)' is not one of R1, R2, R3, R4.")
            }
            return size
        }
    }
}

import ArgumentParser
import Foundation
import PlanningEngine
import PlanningSamples

/// `entraide-bench`: benchmarks, not tests.
///
/// `plan` (the default) times the planner; `import` times the calendar import; `sheets` the PDF sheets; `read`
/// reading a scenario.
@main
struct EntraideBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entraide-bench",
        abstract: "Benchmarks of Entraide: the planner against CP-SAT, the calendar import against Python.",
        subcommands: [
            PlanBenchmark.self, FilePlanBenchmark.self, ImportBenchmark.self, SheetsBenchmark.self, ReadBenchmark.self,
            CalendarBenchmark.self, CalendarCheck.self,
        ],
        defaultSubcommand: PlanBenchmark.self
    )
}

/// `entraide-bench plan`: times the exact planner on seeded scenarios and writes each instance for CP-SAT.
///
/// It prints timings and writes one JSON file per instance (`<size>-seed<seed>.json`, see ``InstanceRecord``)
/// that `scripts/bench/cpsat_plan.py` solves again.
struct PlanBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Time the exact planner on seeded scenarios and write each instance as JSON for CP-SAT."
    )

    @Option(name: .long, help: "Folder to write one JSON file per instance into (created if missing).")
    var out: String

    @Option(name: .long, help: "Seeds per size.")
    var seeds: Int = 3

    @Option(name: .long, help: "First seed; seeds are consecutive from it.")
    var firstSeed: UInt64 = 1

    @Option(name: .long, help: "Comma-separated sizes among S, M, L, XL, W (a two-month window).")
    var sizes: String = "S,M,L,XL"

    @Option(name: .long, help: "Also write each instance as a scenario file into this folder (for `entraide plan`).")
    var writeScenarios: String?

    func validate() throws {
        guard seeds >= 1 else { throw ValidationError("'--seeds' must be at least 1, not '\(seeds)'.") }
        _ = try selectedSizes()
    }

    func run() throws {
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var table = SummaryTable()
        for size in try selectedSizes() {
            for seed in firstSeed..<(firstSeed + UInt64(seeds)) {
                let scenario = RandomScenario.make(seed: seed, shape: size.shape)
                let timing = PlannerTiming(planner: Planner(scenario: scenario), count: size.timedRuns)
                let record = InstanceRecord(size: size, seed: seed, scenario: scenario, timing: timing)
                let file = folder.appendingPathComponent("\(size.rawValue)-seed\(seed).json")
                try encoder.encode(record).write(to: file)
                if let writeScenarios {
                    let yaml = URL(fileURLWithPath: writeScenarios, isDirectory: true)
                        .appendingPathComponent("\(size.rawValue)-seed\(seed).yaml")
                    try FileManager.default.createDirectory(
                        at: yaml.deletingLastPathComponent(),
                        withIntermediateDirectories: true
                    )
                    try Data(ScenarioYAML.text(of: scenario).utf8).write(to: yaml)
                }
                table.append(record)
                FileHandle.standardError.write(Data(table.progressText.utf8))
            }
        }
        print(table.text, terminator: "")
    }

    private func selectedSizes() throws -> [BenchSize] {
        try sizes.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let size = BenchSize(rawValue: trimmed.uppercased()) else {
                throw ValidationError("Size '\(trimmed)' is not one of S, M, L, XL, W.")
            }
            return size
        }
    }
}

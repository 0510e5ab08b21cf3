import ArgumentParser
import Foundation
import PlanningDomain
import PlanningSamples
import RegionalCheck

/// `entraide-bench calendar-check DIR`: checks every calendar CP-SAT wrote back (`<size>-cpsat-*.json`) with the
/// independent checker, on the problem regenerated from the instance's size and seed, and writes
/// `<name>.check.json` beside it: validity, violations and the objective recomputed by the checker.
struct CalendarCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar-check",
        abstract: "Check the calendars CP-SAT wrote back with the independent checker."
    )

    @Argument(help: "The folder of scripts/bench-calendar.")
    var folder: String

    struct Header: Decodable {
        var size: String
        var seed: UInt64
    }

    struct Solution: Decodable {
        var plan: CalendarInstance.PlanRecord?
    }

    struct Verdict: Encodable {
        var valid: Bool
        var violations: [String]
        var objective: [Int]
    }

    func run() throws {
        let directory = URL(fileURLWithPath: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        var problems: [String: RegionalProblem] = [:]
        for name in names where name.contains("-cpsat-") && name.hasSuffix(".json") && !name.hasSuffix(".check.json") {
            let size = String(name.prefix { $0 != "-" })
            let header = try JSONDecoder().decode(
                Header.self,
                from: Data(contentsOf: directory.appendingPathComponent("\(size).json"))
            )
            guard let shape = CalendarSize(rawValue: header.size)?.shape else { continue }
            let problem = problems[size] ?? RandomRegion.make(seed: header.seed, shape: shape)
            problems[size] = problem
            let solution = try JSONDecoder().decode(
                Solution.self,
                from: Data(contentsOf: directory.appendingPathComponent(name))
            )
            guard let record = solution.plan else { continue }
            let report = RegionalChecker(problem: problem).check(record.plan(in: problem))
            let verdict = Verdict(
                valid: report.violations.isEmpty,
                violations: report.violations.map(\.description),
                objective: report.objective.values
            )
            let target = directory.appendingPathComponent(name.replacingOccurrences(of: ".json", with: ".check.json"))
            try JSONEncoder().encode(verdict).write(to: target)
            FileHandle.standardError.write(Data("\(name): \(report.violations.isEmpty ? "valid" : "INVALID")\n".utf8))
        }
    }
}

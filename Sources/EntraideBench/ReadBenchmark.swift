import ArgumentParser
import AvailabilityImport
import Foundation
import PlanningDomain
import PlanningInput
internal import Yams

/// `entraide-bench read`: times reading a scenario, in process: Yams' composition of the text, the whole reader
/// (text to `ScenarioDocument`), and the whole load (bytes through `InputFiles` to `LoadedScenario`, holidays
/// included).
///
/// The scenario (``ReadScenario``) lists `--candidates` candidates per session and `--participants` people
/// who each answer every candidate, as staff keep them: about 600 KB at 150 and 60.
struct ReadBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Time reading a scenario file (see scripts/bench-read)."
    )

    @Option(name: .long, help: "Candidates per session (four sessions).")
    var candidates = 150

    @Option(name: .long, help: "Participants, each answering every candidate.")
    var participants = 60

    @Option(name: .long, help: "Timed runs after one warm-up; the median is reported.")
    var runs = 15

    @Option(name: .long, help: "Also write the scenario to this file (for timing `entraide check` on it).")
    var write: String?

    func run() throws {
        let text = ReadScenario(candidatesPerSession: candidates, participants: participants).text
        if let write { try Data(text.utf8).write(to: URL(fileURLWithPath: write)) }
        let files = MemoryFiles(["bench/scenario.yaml": Array(text.utf8)])
        let compose = try Self.median(runs) { _ = try Yams.compose(yaml: text, Resolver.basic) }
        let read = try Self.median(runs) {
            _ = try ScenarioReader().document(yaml: text, fileName: "bench/scenario.yaml")
        }
        var answers = 0
        let load = try Self.median(runs) {
            let loaded = try ScenarioLoader().load(contentsOf: "bench/scenario.yaml", files: files)
            answers = loaded.scenario.participants.reduce(0) { $0 + $1.answers.count }
        }
        let result: [String: Any] = [
            "candidates": candidates * 4, "participants": participants, "answers": answers,
            "bytes": text.utf8.count, "runs": runs, "composeMs": compose.wall, "readMs": read.wall,
            "loadMs": load.wall, "composeCPUMs": compose.cpu, "readCPUMs": read.cpu, "loadCPUMs": load.cpu,
        ]
        let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        print(String(decoding: json, as: UTF8.self))
    }

    /// The median time of `runs` runs of `body`, in milliseconds, after one run to warm up: the wall time, and
    /// the CPU time of this thread (what counts on a machine whose cores are shared).
    static func median(_ runs: Int, _ body: () throws -> Void) throws -> (wall: Double, cpu: Double) {
        try body()
        let clock = ContinuousClock()
        var walls: [Double] = []
        var cpus: [Double] = []
        for _ in 0..<max(1, runs) {
            let cpuStart = threadCPUTime()
            let elapsed = try clock.measure(body)
            cpus.append((threadCPUTime() - cpuStart) * 1000)
            walls.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        return (walls.sorted()[walls.count / 2], cpus.sorted()[cpus.count / 2])
    }

    /// Seconds of CPU this thread has used.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// A scenario as large as a busy centre's: every candidate listed, every participant answering each.
struct ReadScenario {
    let candidatesPerSession: Int
    let participants: Int

    var text: String {
        var lines = [
            "organisation:",
            "  name: Centre d'entraide Vaud",
            "  time-zone: Europe/Zurich",
            "  organiser: {name: Groupes d'entraide, email: groupes@entraide-vd.example}",
            "group: {id: bench, title: Bench, theme: Bench, type: talking-group, region: Lausanne, quorum: 6}",
            "facilitators:",
            "  - {id: anne, name: Anne Rochat, email: anne@entraide-vd.example}",
            "  - {id: luc, name: Luc Perret, email: luc@entraide-vd.example}",
            "venues:",
            "  - {id: grand-pont, name: Salle du Grand-Pont, address: \"Rue du Grand-Pont 2, 1003 Lausanne\", "
                + "capacity: 16}",
            "  - {id: cite, name: Salle de la Cité, address: \"Rue Cité-Devant 6, 1005 Lausanne\", capacity: 16}",
            "candidates:",
        ]
        var ids: [String] = []
        // Three starts a day from 4 January 2027, each session a month after the previous one.
        let first = LocalDate(year: 2027, month: 1, day: 4)?.dayNumber ?? 0
        let kinds = [
            ("information", "info", 0), ("founding1", "f1", 28), ("founding2", "f2", 56), ("review", "rev", 180),
        ]
        for (kind, prefix, offset) in kinds {
            lines.append("  \(kind):")
            for index in 0..<candidatesPerSession {
                let date = LocalDate(dayNumber: first + offset + index / 3)
                let id = "\(prefix)-\(index)"
                ids.append(id)
                let start = ["18:00", "18:30", "19:00"][index % 3]
                let venue = index % 2 == 0 ? "cite" : "grand-pont"
                let facilitator = index % 4 < 2 ? "anne" : "luc"
                lines.append(
                    "    - {id: \(id), date: \(date), start: \"\(start)\", venue: \(venue), facilitator: \(facilitator)}"
                )
            }
        }
        lines.append("participants:")
        let words = ["yes", "no", "if-need-be", "oui", "non", "si besoin"]
        for person in 0..<participants {
            lines.append("  - id: p\(person)")
            lines.append("    name: Person \(person)")
            lines.append("    email: p\(person)@example.org")
            let answers = ids.enumerated().map { "\($1): \(words[($0 * 7 + person * 3) % words.count])" }
            lines.append("    answers: {\(answers.joined(separator: ", "))}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

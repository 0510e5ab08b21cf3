import EntraideTestSupport
import Foundation
import Testing

/// `entraide plan --time-limit`: a stopped search writes its best plan, marked as not proven, with the gap.
@Suite struct PlanTimeLimitTests {
    /// A scenario whose search needs many more than 1,024 nodes: every evening of eight weeks at two times in
    /// two rooms with two facilitators (448 candidates a session), forty people with their usual evenings.
    static func windowScenario() -> String {
        var lines = [
            "organisation:",
            "  name: Centre",
            "  canton: none",
            "  organiser: {name: Centre, email: centre@example.org}",
            "group: {id: fenetres, title: Fenêtres, theme: Thème, type: talking-group, region: Lausanne, initiator: p01}",
            "facilitators:",
            "  - {id: anne, name: Anne, email: anne@example.org}",
            "  - {id: marc, name: Marc, email: marc@example.org}",
            "venues:",
            "  - {id: a, name: Salle A, address: Rue 1, capacity: 60, step-free: true}",
            "  - {id: b, name: Salle B, address: Rue 2, capacity: 60, step-free: true}",
            "candidates:",
        ]
        let windows = [
            ("information", "2027-01-04", "2027-02-28", "info"), ("founding1", "2027-01-11", "2027-03-07", "f1"),
            ("founding2", "2027-01-18", "2027-03-14", "f2"),
        ]
        for (kind, from, to, prefix) in windows {
            lines += [
                "  \(kind):",
                "    - window: {from: \(from), to: \(to)}",
                "      starts: [\"18:00\", \"18:30\"]",
                "      venues: [a, b]",
                "      facilitators: [anne, marc]",
                "      id-prefix: \(prefix)",
            ]
        }
        lines.append("participants:")
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for index in 1...40 {
            let id = index < 10 ? "p0\(index)" : "p\(index)"
            let evenings = (0..<7).filter { (index * 7 + $0 * 3) % 5 < 2 || $0 == index % 7 }
            let weekly = evenings.map { "\"\(days[$0]) 17:30-21:\(index % 2 == 0 ? "00" : "30")\"" }
            lines += [
                "  - id: \(id)",
                "    name: Personne \(index)",
                "    email: \(id)@example.org",
                "    weekly: [\(weekly.joined(separator: ", "))]",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func plan(_ scenario: URL, in folder: URL, _ name: String, _ extra: [String]) throws -> (String, String) {
        let out = folder.appendingPathComponent(name)
        let result = try EntraideBinary.run(
            ["plan", scenario.path, "--out", out.path, "--now", PlanCommandTests.now] + extra,
            environment: PlanCommandTests.frenchStaff
        )
        #expect(result.status == 0, "\(result.standardError)")
        let json = try String(contentsOf: out.appendingPathComponent("plan.json"), encoding: .utf8)
        return (result.standardOutput, json)
    }

    @Test func aZeroLimitStopsAtTheFirstCheckWithTheBestPlanSoFar() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("fenetres.yaml")
        try Data(Self.windowScenario().utf8).write(to: scenario)

        let (text, json) = try plan(scenario, in: folder, "stopped", ["--time-limit", "0"])
        #expect(text.contains("Recherche interrompue après 1024 nœuds : meilleur plan trouvé, optimalité non prouvée."))
        #expect(json.contains("\"provenOptimal\" : false"))
        #expect(json.contains("\"searchNodes\" : 1024"))
        #expect(json.contains("\"bound\" : {"))
        // The first check comes after a fixed number of nodes: the same input and limit give the same plan.
        let (again, againJSON) = try plan(scenario, in: folder, "again", ["--time-limit", "0"])
        #expect(again == text)
        #expect(againJSON == json)

        let (complete, completeJSON) = try plan(scenario, in: folder, "complete", [])
        #expect(complete.contains("Optimum prouvé"))
        #expect(completeJSON.contains("\"provenOptimal\" : true"))
    }

    @Test func aNegativeLimitIsRefused() throws {
        let result = try EntraideBinary.run([
            "plan", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", "/tmp/never-written",
            "--time-limit=-1",
        ])
        #expect(result.status == 2)
        #expect(result.standardError.contains("'--time-limit' must be a number of seconds, 0 or more, not '-1.0'."))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
    }
}

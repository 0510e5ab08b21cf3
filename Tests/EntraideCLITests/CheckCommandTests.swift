import EntraideTestSupport
import Foundation
import Testing

/// `entraide check`, and the documented exit codes of invalid and infeasible scenarios.
@Suite struct CheckCommandTests {
    @Test func invalidScenarioPrintsEveryProblemAndExitsWithTwo() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = try String(contentsOfFile: PackageRoot.example("proches-aidants-lausanne.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "capacity: 16", with: "capacity: 0")
            .replacingOccurrences(of: "date: 2027-01-12", with: "date: 2027-02-30")
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("scenario.yaml"))
        let result = try EntraideBinary.run(["check", "scenario.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(lines.count == 2, "\(result.standardError)")
        #expect(lines.contains { $0.hasPrefix("scenario.yaml:") && $0.contains("capacity '0'") })
        #expect(lines.contains { $0.contains("date '2027-02-30' does not exist (February 2027 has 28 days).") })
    }

    @Test func missingFileIsInvalidInput() throws {
        let result = try EntraideBinary.run(["check", "/nonexistent/scenario.yaml"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("/nonexistent/scenario.yaml"))
    }

    @Test func infeasibleScenarioAsJSON() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try EntraideBinary.run([
            "plan", PackageRoot.example("infeasible.yaml"), "--out", folder.appendingPathComponent("out").path,
            "--format", "json", "--now", "2026-11-25T09:00:00Z",
        ])
        #expect(result.status == 3)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        )
        #expect(document["status"] as? String == "infeasible")
        let reasons = try #require(document["reasons"] as? [String])
        #expect(reasons.contains { $0.hasPrefix("quorum 6 impossible à atteindre") })
        let written = try Data(contentsOf: folder.appendingPathComponent("out/plan.json"))
        #expect(Data(result.standardOutput.utf8) == written)
    }

    @Test func unwritableOutputIsAFailureNotInvalidInput() throws {
        let result = try EntraideBinary.run([
            "plan", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", "/proc/entraide/out",
            "--now", "2026-11-25T09:00:00Z",
        ])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: /proc/entraide/out: could not write the output"))
    }
}

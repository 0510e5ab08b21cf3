import EntraideTestSupport
import Foundation
import Testing

/// End-to-end runs of `entraide plan` on the shipped examples.
@Suite struct PlanCommandTests {
    static let now = "2026-11-25T09:00:00Z"
    /// The environment of a French-speaking staff member's terminal.
    static let frenchStaff = ["LANG": "fr_CH.UTF-8"]

    @Test func plansTheExampleAndWritesEveryFile() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        // A French-speaking staff member reads the explanation in French.
        let result = try EntraideBinary.run(
            ["plan", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", out.path, "--now", Self.now],
            environment: Self.frenchStaff
        )
        #expect(result.status == 0, "\(result.standardError)")
        try GoldenFile().assert(result.standardOutput, named: "plan-example.txt")

        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()
        #expect(files.contains("plan.json"))
        #expect(files.contains("calendar.ics"))
        #expect(files.contains { $0.hasPrefix("invites/") && $0.hasSuffix(".ics") })
        #expect(files.contains { $0.hasPrefix("facilitators/") && $0.hasSuffix(".ics") })
        #expect(files.contains("plan.html"))
        for kind in ["information", "founding1", "founding2", "review"] {
            #expect(files.contains("sheets/\(kind).pdf") && files.contains("sheets/\(kind).csv"))
        }
        // One folder per participant who can attend a session: one REQUEST per session, and the same sessions in
        // one PUBLISH file to import. p12 can attend none of the planned sessions: no invitation, and the
        // explanation says so.
        let folders = Set(files.filter { $0.hasPrefix("invites/") }.map { $0.split(separator: "/")[1] })
        #expect(folders.count == 13)
        #expect(!folders.contains("p12"))
        for folder in folders {
            let inside = files.filter { $0.hasPrefix("invites/\(folder)/") }
            #expect(inside.contains("invites/\(folder)/all-sessions.ics"))
            #expect(inside.allSatisfy { $0.hasSuffix(".ics") })
            #expect(
                Set(inside.map { String($0.split(separator: "/")[2].dropLast(4)) })
                    .isSubset(of: ["information", "founding1", "founding2", "review", "all-sessions"])
            )
        }
        #expect(files.contains("invites/p01/founding2.ics"))
        // Nothing left behind beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])

        let plan = try String(contentsOf: out.appendingPathComponent("plan.json"), encoding: .utf8)
        try GoldenFile().assert(plan, named: "plan-example.json")
        let invite = try String(contentsOf: out.appendingPathComponent("invites/p01/founding1.ics"), encoding: .utf8)
        try GoldenFile().assert(invite, named: "invite-p01-founding1.ics")
        let importable = try String(
            contentsOf: out.appendingPathComponent("invites/p01/all-sessions.ics"),
            encoding: .utf8
        )
        try GoldenFile().assert(importable, named: "invite-p01-all-sessions.ics")
    }

    @Test func sameInputGivesSameBytes() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        var contents: [[String: Data]] = []
        for name in ["first", "second"] {
            let out = folder.appendingPathComponent(name)
            let result = try EntraideBinary.run([
                "plan", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", out.path, "--now", Self.now,
            ])
            #expect(result.status == 0)
            var files: [String: Data] = [:]
            for path in try FileManager.default.subpathsOfDirectory(atPath: out.path) {
                var isDirectory: ObjCBool = false
                let url = out.appendingPathComponent(path)
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    files[path] = try Data(contentsOf: url)
                }
            }
            contents.append(files)
        }
        #expect(contents[0].count > 3)
        #expect(contents[0] == contents[1])
    }

    @Test func publishedCalendarAndInvitesKeepDiscretion() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try EntraideBinary.run([
            "plan", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", out.path, "--now", Self.now,
        ])
        #expect(result.status == 0)
        let scenario = try String(contentsOfFile: PackageRoot.example("proches-aidants-lausanne.yaml"), encoding: .utf8)
        let emails = Set(scenario.matches(of: /[A-Za-z0-9._%+-]+@example\.(ch|org)/).map { String($0.output.0) })
        #expect(emails.count >= 10)
        let calendar = try String(contentsOf: out.appendingPathComponent("calendar.ics"), encoding: .utf8)
        #expect(!calendar.contains("ATTENDEE"))
        // The only address in the published calendar is the centre's; no person is named, staff included.
        let unfolded = calendar.replacingOccurrences(of: "\r\n ", with: "")
        let lines = unfolded.split(separator: "\r\n").filter { !$0.hasPrefix("UID:") }.joined(separator: "\n")
        let addresses = Set(lines.matches(of: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]+/).map { String($0.output) })
        #expect(addresses == ["groupes@entraide-vd.example"])
        let staffEntry = /- id: [a-z]+\n    name: (.+)\n    email: .+@entraide-vd/
        let staffNames = scenario.matches(of: staffEntry).map { String($0.output.1) }
        #expect(staffNames.count == 2)
        #expect(staffNames.allSatisfy { !unfolded.contains($0) })
        #expect(emails.allSatisfy { !calendar.contains($0) })
        #expect(emails.allSatisfy { !result.standardOutput.contains($0) })
        // Nor any participant's name: the explanation and plan.json speak of ids.
        let participantsSection = scenario.split(separator: "\nparticipants:\n").last.map(String.init) ?? ""
        let names = participantsSection.matches(of: /\n    name: (.+)\n/).map { String($0.output.1) }
        #expect(names.count == 14)
        let plan = try String(contentsOf: out.appendingPathComponent("plan.json"), encoding: .utf8)
        for name in names {
            #expect(!result.standardOutput.contains(name) && !result.standardError.contains(name))
            #expect(!plan.contains(name) && !calendar.contains(name))
        }
        // Neither does the published calendar name the group's theme: its title is neutral by default.
        #expect(!unfolded.contains("Proches aidant"))
        let invites = out.appendingPathComponent("invites")
        for file in try FileManager.default.subpathsOfDirectory(atPath: invites.path) where file.hasSuffix(".ics") {
            let text = try String(contentsOf: invites.appendingPathComponent(file), encoding: .utf8)
                .replacingOccurrences(of: "\r\n ", with: "")
            let present = emails.filter { text.contains($0) }
            // A request names its recipient; the file to import names nobody (a PUBLISH has no attendee).
            #expect(present.count == (file.hasSuffix("all-sessions.ics") ? 0 : 1), "\(file) holds \(present.count)")
            // Discreet by default: private, and a title and reminder without the group's name.
            let lines = text.split(separator: "\r\n")
            #expect(lines.filter { $0 == "CLASS:PRIVATE" }.count == lines.filter { $0 == "BEGIN:VEVENT" }.count)
            #expect(
                lines.filter { $0.hasPrefix("SUMMARY:") || $0.hasPrefix("DESCRIPTION:Rappel") }
                    .allSatisfy { !$0.contains("Proches aidant") }
            )
            #expect(lines.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains("Proches aidant") })
        }
    }

    @Test func infeasibleScenarioExplainsAndReplacesAnEarlierPlan() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let planned = try EntraideBinary.run([
            "plan", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", out.path, "--now", Self.now,
        ])
        #expect(planned.status == 0)
        let result = try EntraideBinary.run(
            ["plan", PackageRoot.example("infeasible.yaml"), "--out", out.path, "--now", Self.now],
            environment: Self.frenchStaff
        )
        #expect(result.status == 3)
        try GoldenFile().assert(result.standardOutput, named: "plan-infeasible.txt")
        // Only the reasons remain: no invitation or sheet of the earlier plan lingers.
        #expect(
            try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted() == [
                "entraide-manifest.json", "plan.html", "plan.json",
            ]
        )
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("plan.json")))
        #expect((document as? [String: Any])?["status"] as? String == "infeasible")
    }

    @Test func invalidScenarioExitsWithTwoAndWritesNothing() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("bad.yaml")
        try Data("organisation:\n  nmae: Centre\n".utf8).write(to: scenario)
        let out = folder.appendingPathComponent("out")
        let result = try EntraideBinary.run(["plan", "bad.yaml", "--out", out.path], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("bad.yaml:2:3: error:"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("keep me".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let result = try EntraideBinary.run([
            "plan", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", folder.path, "--now", Self.now,
        ])
        #expect(result.status == 2)
        #expect(result.standardError.contains("was not written by Entraide"))
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test func badNowIsInvalidInput() throws {
        let result = try EntraideBinary.run([
            "plan", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", "/tmp/x", "--now", "tomorrow",
        ])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--now 'tomorrow' is not an ISO 8601 date-time"))
    }

    @Test func jsonFormatPrintsThePlan() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try EntraideBinary.run([
            "plan", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", out.path, "--now", Self.now,
            "--format", "json",
        ])
        #expect(result.status == 0)
        let printed = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(printed?["status"] as? String == "planned")
        let written = try Data(contentsOf: out.appendingPathComponent("plan.json"))
        #expect(Data(result.standardOutput.utf8) == written)
    }
}

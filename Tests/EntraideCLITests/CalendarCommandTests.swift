import EntraideTestSupport
import Foundation
import Testing

/// `entraide calendar` end to end on the built binary, on the shipped example.
@Suite struct CalendarCommandTests {
    static let now = "2026-11-25T09:00:00Z"
    static let french = ["LANG": "fr_CH.UTF-8"]

    /// A copy of the example region in a temporary folder, for tests that change it.
    private func copyOfTheExample() throws -> URL {
        let folder = try TemporaryFolder().url
        let root = URL(fileURLWithPath: PackageRoot.example(""))
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("region-lausanne"),
            to: folder.appendingPathComponent("region-lausanne")
        )
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("region-lausanne.yaml"),
            to: folder.appendingPathComponent("region-lausanne.yaml")
        )
        return folder
    }

    private func edit(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "\(old) is not in \(file.lastPathComponent)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func plansTheExampleAndWritesEveryFile() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        // A French-speaking coordinator of a French-speaking centre.
        let result = try EntraideBinary.run(
            [
                "calendar", PackageRoot.example("region-lausanne.yaml"), "--out", out.path, "--now", Self.now,
                "--iterations", "100", "--seed", "2",
            ],
            environment: Self.french
        )
        #expect(result.status == 0, "\(result.standardError)")
        try GoldenFile().assert(result.standardOutput, named: "calendar-example.txt")
        // The printed report is report.txt.
        #expect(
            try String(contentsOf: out.appendingPathComponent("report.txt"), encoding: .utf8) == result.standardOutput
        )
        // The progress line: best objective, bound, elapsed time, iterations.
        let progress = result.standardError.split(separator: "\n").last.map(String.init) ?? ""
        #expect(progress.hasPrefix("calendrier : ") && progress.contains(" s, 100 itérations, "), "\(progress)")
        #expect(progress.contains("; meilleur [") && progress.contains("; borne ["))
        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()
        for file in [
            "calendar.html", "calendar.ics", "calendar.json", "entraide-manifest.json", "facilitators/anne.ics",
            "report.txt", "rooms/grand-pont.ics",
        ] {
            #expect(files.contains(file), "no \(file)")
        }
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("calendar.json")))
                as? [String: Any]
        )
        #expect(json["format"] as? String == "entraide-calendar/1")
        #expect((json["checker"] as? [String: Any])?["valid"] as? Bool == true)
        #expect((json["search"] as? [String: Any])?["stop"] as? String == "iteration-limit")
        let staff = try String(contentsOf: out.appendingPathComponent("calendar.ics"), encoding: .utf8)
        #expect(staff.contains("METHOD:PUBLISH\r\n") && !staff.contains("ATTENDEE"))
        // Nobody is named: no participant or interested person, and no group's title (neutral titles).
        #expect(!staff.contains("Hélène") && !staff.contains("@exemple.ch") && !staff.contains("Traverser le deuil"))
        #expect(staff.contains("SUMMARY:Atelier : Écoute active"))
        // One invitation per run a person is enrolled in: a REQUEST to that person alone.
        let invites = files.filter { $0.hasPrefix("invites/") && $0.hasSuffix(".ics") }
        #expect(
            invites.count
                == (json["runs"] as? [[String: Any]] ?? []).reduce(0) {
                    $0 + (($1["enrolled"] as? [String])?.count ?? 0)
                }
        )
        let invite = try String(contentsOf: out.appendingPathComponent(try #require(invites.first)), encoding: .utf8)
        #expect(invite.contains("METHOD:REQUEST\r\n") && invite.contains("CLASS:PRIVATE\r\n"))
        #expect(invite.components(separatedBy: "ATTENDEE").count == 2 && invite.contains("BEGIN:VALARM"))
    }

    @Test func badInputIsLocatedExitsTwoAndWritesNothing() throws {
        let folder = try copyOfTheExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        try edit(
            folder.appendingPathComponent("region-lausanne/groupes/deuil-lausanne.yaml"),
            "maximum-size: 12",
            "maximum-size: 4"
        )
        try edit(
            folder.appendingPathComponent("region-lausanne/interets.yaml"),
            "workshops: [gerer-les-conflits]",
            "workshops: [gerer-conflits]"
        )
        let out = folder.appendingPathComponent("out")
        let result = try EntraideBinary.run([
            "calendar", folder.appendingPathComponent("region-lausanne.yaml").path, "--out", out.path, "--now",
            Self.now,
        ])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // Both files' problems at once (the four people who wanted that workshop), each in its own file.
        let lines = result.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(lines.count == 5, "\(result.standardError)")
        #expect(
            lines.first?.hasSuffix(
                "region-lausanne/groupes/deuil-lausanne.yaml:8:11: error: quorum '6' is above the maximum size '4'."
            ) == true
        )
        #expect(
            lines.dropFirst().first?.contains(
                "region-lausanne/interets.yaml:30:17: error: person 'i04' is interested in unknown workshop "
                    + "'gerer-conflits'; did you mean 'gerer-les-conflits'?"
            ) == true,
            "\(result.standardError)"
        )
    }

    @Test func aMinimumAboveTheMaximumIsLocatedInTheCentreFile() throws {
        let folder = try copyOfTheExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        try edit(
            folder.appendingPathComponent("region-lausanne/centre.yaml"),
            "minimum-participants: 5",
            "minimum-participants: 15"
        )
        let out = folder.appendingPathComponent("out")
        let result = try EntraideBinary.run([
            "calendar", folder.appendingPathComponent("region-lausanne.yaml").path, "--out", out.path, "--now",
            Self.now,
        ])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(
            result.standardError.contains(
                "region-lausanne/centre.yaml:70:27: error: minimum-participants '15' of workshop 'animer-un-groupe' "
                    + "is above its maximum-participants '12'; expected at most 12.\n"
            ),
            "\(result.standardError)"
        )
    }

    @Test func nothingPlaceableExitsThreeWithTheNamedRules() throws {
        let folder = try copyOfTheExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let region = folder.appendingPathComponent("region-lausanne.yaml")
        try """
        centre: region-lausanne/centre.yaml
        groups: [region-lausanne/groupes/deuil-lausanne.yaml]
        """.write(to: region, atomically: true, encoding: .utf8)
        try edit(
            folder.appendingPathComponent("region-lausanne/groupes/deuil-lausanne.yaml"),
            "quorum: 6",
            "quorum: 12"
        )
        let out = folder.appendingPathComponent("out")
        let result = try EntraideBinary.run(
            ["calendar", region.path, "--out", out.path, "--now", Self.now, "--iterations", "5"],
            environment: Self.french
        )
        #expect(result.status == 3, "\(result.standardError)")
        #expect(result.standardOutput.contains("Groupes placés : 0 sur 1 ; séances d'atelier tenues : 0"))
        #expect(
            result.standardOutput.contains("  groupe deuil-lausanne : quorum (quorum) : "),
            "\(result.standardOutput)"
        )
        #expect(result.standardOutput.contains("séance(s) non tenue(s) — minimum de l'atelier (workshop-minimum) : "))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("calendar.html").path))
    }

    @Test func ctrlCWritesTheBestCalendarSoFar() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let process = Process()
        process.executableURL = EntraideBinary.url
        process.arguments = [
            "calendar", PackageRoot.example("region-lausanne.yaml"), "--out", out.path, "--now", Self.now,
            "--time-limit", "300",
        ]
        process.environment = EntraideBinary.environment(adding: [:])
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // The first progress line comes once the first calendar exists: the handler is in place by then.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("calendar: ") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("calendar.json")))
                as? [String: Any]
        )
        #expect((json["search"] as? [String: Any])?["stop"] as? String == "cancelled")
        #expect((json["checker"] as? [String: Any])?["valid"] as? Bool == true)
    }

    @Test func aRegionFileAndAWorkspaceExcludeEachOther() throws {
        let both = try EntraideBinary.run(["calendar", "REGION.yaml", "--workspace", "ws", "--out", "out"])
        #expect(both.status == 2)
        #expect(both.standardError.contains("give either a region file or '--workspace', not both and not neither."))
        let german = try EntraideBinary.run(
            ["calendar", "--out", "out"],
            environment: ["LANG": "de_CH.UTF-8"]
        )
        #expect(german.status == 2)
        #expect(german.standardError.contains("geben Sie entweder eine Regionsdatei oder «--workspace» an"))
    }

    @Test func theHelpFollowsAGermanLocale() throws {
        let result = try EntraideBinary.run(["calendar", "--help"], environment: ["LANG": "de_CH.UTF-8"])
        #expect(result.status == 0)
        try GoldenFile().assert(result.standardOutput, named: "help-calendar-de.txt")
        #expect(
            result.standardOutput.hasPrefix("ÜBERSICHT: Alle Gruppen und Workshops des Jahres gemeinsam planen:"),
            "\(result.standardOutput)"
        )
        #expect(result.standardOutput.contains("Das Iterationsbudget der Suche: auf jedem Rechner"))
        #expect(!result.standardOutput.contains("The seed of the search"))
    }

    @Test func aGermanCoordinatorReadsTheReportInGermanAndTheFilesStayFrench() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try EntraideBinary.run(
            [
                "calendar", PackageRoot.example("region-lausanne.yaml"), "--out", out.path, "--now", Self.now,
                "--iterations", "20",
            ],
            environment: ["LANG": "de_CH.UTF-8"]
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Kalender 2027 — Centre d'entraide Vaud\nGruppen geplant: 3 von 3;"))
        #expect(
            result.standardOutput.contains(
                "— Mindestzahl des Workshops (workshop-minimum): Workshop communication-non-violente, Termin "
            ),
            "\(result.standardOutput)"
        )
        #expect(result.standardOutput.contains("   2. eingeplante Gruppen (groups-placed) "))
        #expect(result.standardError.contains("Kalender: ") && result.standardError.contains(" Iterationen, "))
        // The centre's files are in the centre's language.
        let report = try String(contentsOf: out.appendingPathComponent("report.txt"), encoding: .utf8)
        #expect(report.contains("minimum de l'atelier (workshop-minimum) : atelier communication-non-violente"))
        let page = try String(contentsOf: out.appendingPathComponent("calendar.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"fr\">") && page.contains("<strong>minimum de l&#39;atelier</strong>"))
    }
}

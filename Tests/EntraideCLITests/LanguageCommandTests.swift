import EntraideTestSupport
import Foundation
import Testing

/// `--language`, the locale and the scenario choose the language of what a command prints.
@Suite struct LanguageCommandTests {
    static let example = PackageRoot.example("proches-aidants-lausanne.yaml")

    @Test func theFlagChoosesTheLanguage() throws {
        let result = try EntraideBinary.run(["check", Self.example, "--language", "de"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("\(Self.example): gültig — "), "\(result.standardOutput)")
    }

    @Test func theLocaleChoosesWhenThereIsNoFlag() throws {
        let result = try EntraideBinary.run(["check", Self.example], environment: ["LANG": "it_CH.UTF-8"])
        #expect(result.standardOutput.hasPrefix("\(Self.example): valido — "), "\(result.standardOutput)")
    }

    @Test func theFlagWinsOverTheLocale() throws {
        let result = try EntraideBinary.run(
            ["check", Self.example, "--language", "en"],
            environment: ["LC_ALL": "fr_CH.UTF-8"]
        )
        #expect(result.standardOutput.hasPrefix("\(Self.example): valid — "), "\(result.standardOutput)")
    }

    @Test func withoutALocaleTheScenarioSpeaks() throws {
        let result = try EntraideBinary.run(["check", Self.example], environment: ["LANG": "C.UTF-8"])
        #expect(result.standardOutput.hasPrefix("\(Self.example) : valide — "), "\(result.standardOutput)")
    }

    @Test func anUnknownLanguageIsInvalidInputInTheLocalesLanguage() throws {
        let result = try EntraideBinary.run(
            ["check", Self.example, "--language", "rm"],
            environment: ["LANG": "fr_CH.UTF-8"]
        )
        #expect(result.status == 2)
        #expect(result.standardError.contains("--language « rm » n'est pas l'une des langues fr, de, it, en."))
    }

    /// The example with a capacity of 0: one located problem.
    static func brokenExample() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let yaml = try String(contentsOfFile: example, encoding: .utf8)
            .replacingOccurrences(of: "capacity: 16", with: "capacity: 0")
        try Data(yaml.utf8).write(to: folder.appending("scenario.yaml"))
        return folder
    }

    @Test func aBadScenarioIsReportedInTheStaffMembersLanguageAtTheSamePlace() throws {
        let folder = try Self.brokenExample()
        defer { folder.remove() }
        let english = try EntraideBinary.run(["check", "scenario.yaml"], in: folder.url)
        let german = try EntraideBinary.run(
            ["check", "scenario.yaml"],
            in: folder.url,
            environment: ["LANG": "de_CH.UTF-8"]
        )
        #expect(english.status == 2)
        #expect(german.status == 2)
        let englishLines = english.standardError.split(separator: "\n")
        let germanLines = german.standardError.split(separator: "\n")
        #expect(englishLines.count == 3 && germanLines.count == 3)
        let location = try #require(englishLines.first?.prefix { $0 != " " })
        #expect(location.hasSuffix(":"))
        #expect(germanLines.first?.hasPrefix(location + " error: capacity «0» des Raums «") == true, "\(german)")
        #expect(germanLines.first?.hasSuffix("» muss mindestens 1 sein.") == true)
        #expect(Array(germanLines.dropFirst()) == Array(englishLines.dropFirst()))
    }

    @Test func withoutALocaleTheScenariosLanguageWordsItsProblems() throws {
        let folder = try Self.brokenExample()
        defer { folder.remove() }
        let result = try EntraideBinary.run(
            ["check", "scenario.yaml"],
            in: folder.url,
            environment: ["LANG": "C.UTF-8"]
        )
        #expect(result.status == 2)
        #expect(result.standardError.contains(": error: capacity « 0 » de la salle « "), "\(result.standardError)")
    }

    @Test func theWorkspacesReportLinesFollowTheLanguage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = folder.appending("centre").path
        let created = try EntraideBinary.run(["init", workspace, "--language", "de"])
        #expect(created.standardOutput == "\(workspace)/entraide-workspace.sqlite erstellt.\n")
        let imported = try EntraideBinary.run(
            ["import", Self.example, "--workspace", workspace],
            environment: ["LC_MESSAGES": "it_CH.UTF-8"]
        )
        #expect(
            imported.standardOutput.hasPrefix(
                "Gruppo proches-aidants-lausanne importato in \(workspace)/entraide-workspace.sqlite: aggiunte: 14, "
            ),
            "\(imported.standardOutput)"
        )
        let status = try EntraideBinary.run(["status", "proches-aidants-lausanne", "--workspace", workspace])
        // The recruitment view comes first (issue 12), then the publication's state.
        #expect(status.standardOutput.contains("\nGroup proches-aidants-lausanne has not been published yet"))
    }

    @Test func aMissingWorkspaceIsReportedInFrench() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try EntraideBinary.run(["status", "--workspace", folder.path, "--language", "fr"])
        #expect(result.status == 2)
        #expect(
            result.standardError.hasSuffix(
                ": error: il n'y a pas d'espace de travail Entraide ici ; créez-en un avec `entraide init DIR`, ou "
                    + "indiquez son dossier avec `--workspace DIR`.\n"
            ),
            "\(result.standardError)"
        )
    }

    @Test func anOutputFolderRefusalIsInItalian() throws {
        let result = try EntraideBinary.run(
            ["plan", Self.example, "--out", "/", "--now", "2026-11-25T09:00:00Z"],
            environment: ["LANG": "it_CH.UTF-8"]
        )
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("error: --out «/» è la cartella radice."), "\(result.standardError)")
    }

    @Test func aBadValidationIsInGerman() throws {
        let result = try EntraideBinary.run(
            ["plan", Self.example, "--out", "x", "--now", "morgen"],
            environment: ["LANG": "de_CH.UTF-8"]
        )
        #expect(result.status == 2)
        #expect(
            result.standardError.contains("--now «morgen» ist keine ISO-8601-Datum-Uhrzeit"),
            "\(result.standardError)"
        )
    }
}

import EntraideTestSupport
import Foundation
import Testing

/// `entraide grid`: an empty answer grid written as Excel opens it, read back once filled in, and never written
/// over a file Entraide did not write.
@Suite struct GridCommandTests {
    static let nyon = PackageRoot.example("parents-ados-nyon/scenario.yaml")

    @Test func help() throws {
        let result = try EntraideBinary.run(["grid", "--help"])
        #expect(result.status == 0)
        try GoldenFile().assert(result.standardOutput, named: "help-grid.txt")
    }

    @Test func writesAGridThatReadsBackAsAPoll() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let grid = folder.appending("reponses.csv")
        let written = try EntraideBinary.run(["grid", Self.nyon, "--out", grid.path])
        #expect(written.status == 0, "\(written.standardError)")
        #expect(written.standardOutput == "Written: \(grid.path)\n")
        let bytes = try Data(contentsOf: grid)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[1].hasPrefix("participant;lun. 11.01.2027 19h00;mer. 13.01.2027 19h00;"))
        #expect(lines[2...11].map { $0 } == (1...10).map { $0 < 10 ? "p0\($0)" : "p\($0)" })
        // Discretion: ids only.
        #expect(!text.contains("Nathalie") && !text.contains("@"))

        // Filled in (p02 says yes to the first date), listed as a poll: the scenario is valid and plans.
        let filled = text.replacing("\r\np02\r\n", with: "\r\np02;oui\r\n")
        try Data(filled.utf8).write(to: grid)
        let scenario = try String(contentsOfFile: Self.nyon, encoding: .utf8)
            .replacing("agendas/", with: "\(PackageRoot.example("parents-ados-nyon"))/agendas/")
            .replacing(
                "file: sondage-information.csv",
                with: "file: \(PackageRoot.example("parents-ados-nyon"))/sondage-information.csv"
            )
            .replacing(
                "file: reponses-telephone.csv",
                with: "file: \(PackageRoot.example("parents-ados-nyon"))/reponses-telephone.csv"
            )
            .replacing("polls:\n", with: "polls:\n  - {file: reponses.csv}\n")
        try Data(scenario.utf8).write(to: folder.appending("scenario.yaml"))
        let check = try EntraideBinary.run(["check", folder.appending("scenario.yaml").path])
        #expect(check.status == 0, "\(check.standardError)")
    }

    @Test func headingsFollowTheStaffMembersLanguage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let grid = folder.appending("antworten.csv")
        let result = try EntraideBinary.run(["grid", Self.nyon, "--out", grid.path, "--language", "de"])
        #expect(result.status == 0, "\(result.standardError)")
        let text = try String(contentsOf: grid, encoding: .utf8)
        #expect(text.contains("Teilnehmer;Mo. 11.01.2027 19.00;"))
        #expect(text.contains("Eine Antwort pro Zelle (ja, falls nötig, nein)"))
        let wrong = try EntraideBinary.run(["grid", Self.nyon, "--out", grid.path, "--language", "rm"])
        #expect(wrong.status == 2)
    }

    @Test func replacesOnlyAnEmptyGridItWrote() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let grid = folder.appending("reponses.csv")
        #expect(try EntraideBinary.run(["grid", Self.nyon, "--out", grid.path]).status == 0)
        // An untouched grid is Entraide's: written again.
        #expect(try EntraideBinary.run(["grid", Self.nyon, "--out", grid.path]).status == 0)

        // A grid with an answer typed in is the staff's: kept.
        let text = try String(contentsOf: grid, encoding: .utf8).replacing("\r\np03\r\n", with: "\r\np03;non\r\n")
        try Data(text.utf8).write(to: grid)
        let refused = try EntraideBinary.run(["grid", Self.nyon, "--out", grid.path])
        #expect(refused.status == 2)
        #expect(
            refused.standardError
                == "error: --out '\(grid.path)' exists and is not an empty answer grid written by Entraide; it is kept. "
                + "Give a new file name.\n"
        )
        #expect(try String(contentsOf: grid, encoding: .utf8) == text)

        // Any other file, and a folder, are kept too.
        let notes = folder.appending("notes.csv")
        try Data("participant;info-0111\r\np01;oui\r\n".utf8).write(to: notes)
        #expect(try EntraideBinary.run(["grid", Self.nyon, "--out", notes.path]).status == 2)
        #expect(try String(contentsOf: notes, encoding: .utf8) == "participant;info-0111\r\np01;oui\r\n")
        #expect(try EntraideBinary.run(["grid", Self.nyon, "--out", folder.path]).status == 2)
        #expect(try EntraideBinary.run(["grid", Self.nyon, "--out", Self.nyon]).status == 2)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["notes.csv", "reponses.csv"])
    }

    @Test func aGroupOfTheWorkspaceGivesTheSameGridAsItsScenario() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = folder.appending("ws").path
        #expect(try EntraideBinary.run(["init", workspace]).status == 0)
        #expect(try EntraideBinary.run(["import", Self.nyon, "--workspace", workspace]).status == 0)
        let stored = folder.appending("stored.csv")
        let fromWorkspace = try EntraideBinary.run([
            "grid", "parents-ados-nyon", "--workspace", workspace, "--out", stored.path,
        ])
        #expect(fromWorkspace.status == 0, "\(fromWorkspace.standardError)")
        let direct = folder.appending("direct.csv")
        #expect(try EntraideBinary.run(["grid", Self.nyon, "--out", direct.path]).status == 0)
        #expect(try Data(contentsOf: stored) == Data(contentsOf: direct))
        let unknown = try EntraideBinary.run(["grid", "parents-ados", "--workspace", workspace, "--out", stored.path])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("no group 'parents-ados' in the workspace"))
    }

    @Test func aScenarioThatCannotBeReadWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let grid = folder.appending("reponses.csv")
        let result = try EntraideBinary.run(["grid", folder.appending("absent.yaml").path, "--out", grid.path])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: grid.path))
    }
}

import EntraideTestSupport
import Foundation
import Testing

/// A workspace with a copy of the Nyon example imported, in a fresh folder.
struct WorkspaceFixture {
    let folder: URL
    var workspace: String { folder.path }
    var scenario: URL { folder.appendingPathComponent("scenario/scenario.yaml") }

    init() throws {
        folder = try TemporaryFolder().url
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: PackageRoot.example("parents-ados-nyon")),
            to: folder.appendingPathComponent("scenario")
        )
        #expect(try EntraideBinary.run(["init", folder.path]).status == 0)
        let imported = try EntraideBinary.run(["import", scenario.path, "--workspace", workspace])
        #expect(imported.status == 0, "\(imported.standardError)")
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> EntraideBinary.Output {
        try EntraideBinary.run(arguments + ["--workspace", workspace], environment: environment)
    }

    func publish(_ name: String, _ extra: [String] = []) throws -> EntraideBinary.Output {
        try run(
            [
                "publish", "parents-ados-nyon", "--out", folder.appendingPathComponent(name).path,
                "--now", PlanCommandTests.now,
            ] + extra
        )
    }

    /// Edits the scenario copy: `old` must occur once.
    func edit(_ old: String, _ new: String, in file: String = "scenario.yaml") throws {
        let url = folder.appendingPathComponent("scenario/\(file)")
        let text = try String(contentsOf: url, encoding: .utf8)
        try #require(text.components(separatedBy: old).count == 2, "'\(old)' must occur once in \(file)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    func file(_ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    /// The newest numbered publication folder written in `out` (`0001-2026-11-25`), relative to the fixture.
    func publication(_ out: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent(out).path
        )
        let latest = names.filter { $0.first?.isNumber == true }.sorted().last
        return "\(out)/\(latest ?? "no-publication")"
    }

    /// A participant's message in the newest publication of `out`.
    func message(_ out: String, _ participant: String, _ session: String, _ ext: String = "ics") throws -> String {
        try file("\(publication(out))/participants/\(participant)/\(session).\(ext)")
    }

    /// Whether that message exists.
    func hasMessage(_ out: String, _ participant: String, _ session: String) throws -> Bool {
        FileManager.default.fileExists(
            atPath: folder.appendingPathComponent(
                "\(try publication(out))/participants/\(participant)/\(session).ics"
            ).path
        )
    }

    /// Writes `workshops.yaml` in the workspace folder (where `calendar --workspace` finds it): one workshop,
    /// `ecoute`, two places, Saturdays 10:00 of March 2027 at the Paroisse with Claire.
    static func writeEcouteCatalogue(in fixture: WorkspaceFixture) throws {
        try Data(
            """
            workshops:
              - id: ecoute
                title: {fr: Écoute active, de: Aktives Zuhören}
                minimum-participants: 2
                maximum-participants: 2
                months: [2027-03]
                facilitators: [claire]
                candidates: [{weekdays: [saturday], starts: ["10:00"], venues: [paroisse]}]
            """.utf8
        ).write(to: fixture.folder.appendingPathComponent("workshops.yaml"))
    }
}

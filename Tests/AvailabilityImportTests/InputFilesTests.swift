import AvailabilityImport
import EntraideTestSupport
import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// The readers open no file themselves: everything comes through an `InputFiles`, so a scenario and every file
/// it names can be read from memory (an upload, a test) exactly as from the disk.
@Suite struct InputFilesTests {
    /// Every file of the Nyon example, read once from the disk, under a folder that does not exist.
    static func nyonInMemory() throws -> MemoryFiles {
        let folder = URL(fileURLWithPath: PackageRoot.example("parents-ados-nyon"))
        var files: [String: [UInt8]] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        for case let relative as String in enumerator {
            let url = folder.appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: url.path), !relative.hasSuffix("/") else { continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            files["memory/parents-ados-nyon/\(relative)"] = Array(data)
        }
        return MemoryFiles(files)
    }

    @Test func theNyonExampleReadsFromMemoryAsFromTheDisk() throws {
        let memory = try Self.nyonInMemory()
        #expect(memory.files.keys.contains("memory/parents-ados-nyon/agendas/claire-outlook.ics"))
        let fromDisk = try ScenarioLoader().load(contentsOf: PackageRoot.example("parents-ados-nyon/scenario.yaml"))
        let fromMemory = try ScenarioLoader().load(contentsOf: "memory/parents-ados-nyon/scenario.yaml", files: memory)
        #expect(fromMemory == fromDisk)
        #expect(fromMemory.report.filesRead == 6)
    }

    @Test func aFileMissingFromMemoryIsReportedWhereTheScenarioNamesIt() throws {
        var memory = try Self.nyonInMemory()
        memory.files["memory/parents-ados-nyon/agendas/p05-thunderbird.ics"] = nil
        memory.files["memory/parents-ados-nyon/reponses-telephone.csv"] = nil
        let error = try #require(throws: ScenarioErrors.self) {
            try ScenarioLoader().load(contentsOf: "memory/parents-ados-nyon/scenario.yaml", files: memory)
        }
        #expect(
            error.errors.map(\.message) == [
                "poll file 'reponses-telephone.csv' does not exist (looked for "
                    + "'memory/parents-ados-nyon/reponses-telephone.csv').",
                "calendar file 'agendas/p05-thunderbird.ics' does not exist (looked for "
                    + "'memory/parents-ados-nyon/agendas/p05-thunderbird.ics').",
            ]
        )
        #expect(throws: ScenarioErrors.self) {
            try ScenarioReader().read(contentsOf: "memory/absent.yaml", files: memory)
        }
    }

    @Test func aCentreFileAndItsCalendarsReadFromMemory() throws {
        let centre = """
            organisation:
              name: Centre d'entraide Vaud
              organiser: {name: Groupes d'entraide, email: groupes@entraide-vd.example}
            facilitators:
              - {id: claire, name: Claire Monnier, email: claire@entraide-vd.example, calendars: agendas/claire.ics}

            """
        let calendar = try #require(
            (try Self.nyonInMemory()).files["memory/parents-ados-nyon/agendas/claire-outlook.ics"]
        )
        let memory = MemoryFiles(["vaud/centre.yaml": Array(centre.utf8), "vaud/agendas/claire.ics": calendar])
        let loaded = try CentreLoader().load(contentsOf: "vaud/centre.yaml", files: memory)
        #expect(loaded.filesRead == 1)
        #expect(loaded.centre.facilitators.map(\.id) == ["claire"])
    }
}

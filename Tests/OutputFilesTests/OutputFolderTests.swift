import Foundation
import OutputFiles
import Testing

/// The output-folder rule: Entraide writes a folder only when it is new, empty or its own, and never destroys
/// anything else.
@Suite struct OutputFolderTests {
    let parent: URL

    init() throws {
        parent = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    }

    func bundle(_ files: [String: [UInt8]], command: String = "plan") throws -> OutputBundle {
        var bundle = OutputBundle(command: command)
        for (path, bytes) in files { bundle.add(bytes, at: try BundlePath(relative: path)) }
        return bundle
    }

    func listing(_ url: URL) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: url.path).sorted()
    }

    func cleanUp() { try? FileManager.default.removeItem(at: parent) }

    @Test func writesEveryFileAndTheManifestAndLeavesNothingBeside() throws {
        defer { cleanUp() }
        let out = parent.appendingPathComponent("out")
        try OutputFolder(path: out.path).replace(
            with: bundle(["plan.json": Array("{}".utf8), "invites/p1.ics": [1, 2]])
        )
        #expect(try Data(contentsOf: out.appendingPathComponent("invites/p1.ics")) == Data([1, 2]))
        #expect(try listing(out) == ["entraide-manifest.json", "invites", "invites/p1.ics", "plan.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"])
        let manifest = try String(contentsOf: out.appendingPathComponent("entraide-manifest.json"), encoding: .utf8)
        #expect(
            manifest == """
                {
                  "command" : "plan",
                  "files" : [
                    "invites/p1.ics",
                    "plan.json"
                  ],
                  "format" : "entraide-output/1"
                }

                """
        )
    }

    @Test func replacesItsOwnEarlierOutputWhole() throws {
        defer { cleanUp() }
        let out = parent.appendingPathComponent("out")
        try OutputFolder(path: out.path).replace(with: bundle(["plan.json": [1], "invites/gone.ics": [1]]))
        try OutputFolder(path: out.path).replace(with: bundle(["plan.json": [2]]))
        #expect(try Data(contentsOf: out.appendingPathComponent("plan.json")) == Data([2]))
        #expect(try listing(out) == ["entraide-manifest.json", "plan.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"])
    }

    @Test func anEmptyFolderIsWritten() throws {
        defer { cleanUp() }
        let out = parent.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try OutputFolder(path: out.path).replace(with: bundle(["plan.json": [1]]))
        #expect(try listing(out) == ["entraide-manifest.json", "plan.json"])
    }

    @Test func refusesAFolderWithoutAManifestAndKeepsIt() throws {
        defer { cleanUp() }
        let out = parent.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Marker names of the old rule no longer make a folder Entraide's.
        for name in ["notes.txt", "plan.json", "calendar.ics"] {
            try Data(name.utf8).write(to: out.appendingPathComponent(name))
        }
        do {
            try OutputFolder(path: out.path).replace(with: bundle(["plan.json": [1]]))
            Issue.record("expected a refusal")
        } catch let error as OutputFolder.Failure {
            #expect(error.isUsageError)
            #expect(error.description.contains("was not written by Entraide"))
        }
        #expect(try listing(out) == ["calendar.ics", "notes.txt", "plan.json"])
        #expect(try Data(contentsOf: out.appendingPathComponent("plan.json")) == Data("plan.json".utf8))
    }

    @Test func refusesItsOwnFolderOnceSomeoneAddedAFile() throws {
        defer { cleanUp() }
        let out = parent.appendingPathComponent("out")
        try OutputFolder(path: out.path).replace(with: bundle(["plan.json": [1], "invites/p1.ics": [1]]))
        try Data("keep".utf8).write(to: out.appendingPathComponent("invites/mine.txt"))
        do {
            try OutputFolder(path: out.path).replace(with: bundle(["plan.json": [2]]))
            Issue.record("expected a refusal")
        } catch let error as OutputFolder.Failure {
            #expect(error.isUsageError)
            #expect(error.description.contains("'invites/mine.txt'"))
        }
        #expect(try Data(contentsOf: out.appendingPathComponent("invites/mine.txt")) == Data("keep".utf8))
        #expect(try Data(contentsOf: out.appendingPathComponent("plan.json")) == Data([1]))
    }

    @Test func refusesAnotherCommandsOutput() throws {
        defer { cleanUp() }
        let out = parent.appendingPathComponent("out")
        try OutputFolder(path: out.path).replace(with: bundle(["sheets/info.pdf": [1]], command: "sheets"))
        #expect(throws: OutputFolder.Failure.self) {
            try OutputFolder(path: out.path).replace(with: bundle(["plan.json": [1]]))
        }
        #expect(try listing(out) == ["entraide-manifest.json", "sheets", "sheets/info.pdf"])
    }

    @Test(arguments: ["", "  ", ".", "./", FileManager.default.currentDirectoryPath, "/"])
    func refusesNoFolderTheWorkingFolderAndTheRoot(_ path: String) throws {
        defer { cleanUp() }
        let before = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.currentDirectoryPath)
        do {
            try OutputFolder(path: path).replace(with: bundle(["plan.json": [1]]))
            Issue.record("expected a refusal")
        } catch let error as OutputFolder.Failure {
            #expect(error.isUsageError)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: FileManager.default.currentDirectoryPath) == before)
    }

    @Test func refusesTheFolderOfAnInputAndEveryFolderAboveIt() throws {
        defer { cleanUp() }
        let scenarioFolder = parent.appendingPathComponent("group/inputs")
        try FileManager.default.createDirectory(at: scenarioFolder, withIntermediateDirectories: true)
        let scenario = scenarioFolder.appendingPathComponent("scenario.yaml")
        try Data("x".utf8).write(to: scenario)
        for folder in [scenarioFolder, scenarioFolder.deletingLastPathComponent(), parent] {
            do {
                try OutputFolder(path: folder.path, protecting: [scenario.path]).replace(with: bundle(["p": [1]]))
                Issue.record("expected a refusal of \(folder.path)")
            } catch let error as OutputFolder.Failure {
                #expect(error.isUsageError)
                #expect(error.description.contains("which this command reads"))
            }
        }
        #expect(try Data(contentsOf: scenario) == Data("x".utf8))
        // A sibling folder is fine.
        let sibling = parent.appendingPathComponent("group/out")
        try OutputFolder(path: sibling.path, protecting: [scenario.path]).replace(with: bundle(["p": [1]]))
        #expect(FileManager.default.fileExists(atPath: sibling.appendingPathComponent("p").path))
    }

    @Test func followsALinkToAFolderAndNeverReplacesTheLink() throws {
        defer { cleanUp() }
        let real = parent.appendingPathComponent("real")
        let link = parent.appendingPathComponent("link")
        try OutputFolder(path: real.path).replace(with: bundle(["plan.json": [1]]))
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try OutputFolder(path: link.path).replace(with: bundle(["plan.json": [2]]))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(try Data(contentsOf: real.appendingPathComponent("plan.json")) == Data([2]))
    }

    @Test func refusesALinkToAFile() throws {
        defer { cleanUp() }
        let file = parent.appendingPathComponent("file.txt")
        try Data("mine".utf8).write(to: file)
        let link = parent.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        #expect(throws: OutputFolder.Failure.self) {
            try OutputFolder(path: link.path).replace(with: bundle(["plan.json": [1]]))
        }
        #expect(FileSystemCheck.isLink(link.path))
        #expect(try Data(contentsOf: file) == Data("mine".utf8))
    }

    @Test func removesStagingFoldersLeftByAKilledRun() throws {
        defer { cleanUp() }
        let out = parent.appendingPathComponent("out")
        // What a run killed while writing leaves: a staging folder with its manifest and personal data.
        let stale = parent.appendingPathComponent(".out.entraide-staging-999999")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try Data(OutputManifest(command: "plan").bytes).write(
            to: stale.appendingPathComponent("entraide-manifest.json")
        )
        try Data("Martine Favre".utf8).write(to: stale.appendingPathComponent("p01.ics"))
        try OutputFolder(path: out.path).replace(with: bundle(["plan.json": [1]]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"])
    }

    @Test func keepsAStagingLookalikeThatIsNotEntraides() throws {
        defer { cleanUp() }
        let lookalike = parent.appendingPathComponent(".out.entraide-staging-999999")
        try FileManager.default.createDirectory(at: lookalike, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: lookalike.appendingPathComponent("notes.txt"))
        try OutputFolder(path: parent.appendingPathComponent("out").path).replace(with: bundle(["plan.json": [1]]))
        #expect(FileManager.default.fileExists(atPath: lookalike.appendingPathComponent("notes.txt").path))
    }

    @Test func anAppendOnlyFolderGainsOneSubfolderPerRunAndKeepsTheOthers() throws {
        defer { cleanUp() }
        let out = parent.appendingPathComponent("publications")
        let folder = OutputFolder(path: out.path)
        try folder.add(bundle(["participants/p1/information.ics": [1]], command: "publish"), as: "0001-2027-01-05")
        try folder.add(bundle(["calendar.ics": [2]], command: "publish"), as: "0002-2027-01-06")
        #expect(
            try listing(out) == [
                "0001-2027-01-05", "0001-2027-01-05/entraide-manifest.json", "0001-2027-01-05/participants",
                "0001-2027-01-05/participants/p1", "0001-2027-01-05/participants/p1/information.ics",
                "0002-2027-01-06", "0002-2027-01-06/calendar.ics", "0002-2027-01-06/entraide-manifest.json",
                "entraide-manifest.json",
            ]
        )
        // A name already there is never replaced.
        #expect(throws: OutputFolder.Failure.self) {
            try folder.add(bundle(["calendar.ics": [3]], command: "publish"), as: "0002-2027-01-06")
        }
        #expect(try Data(contentsOf: out.appendingPathComponent("0002-2027-01-06/calendar.ics")) == Data([2]))
        // A file of someone else's makes the folder not Entraide's.
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        #expect(throws: OutputFolder.Failure.self) {
            try folder.add(bundle(["calendar.ics": [4]], command: "publish"), as: "0003-2027-01-07")
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("0003-2027-01-07").path))
    }

    @Test(arguments: ["..", ".", "", "a/b", "x\u{0}y", String(repeating: "a", count: 256)])
    func aPathComponentThatCouldLeaveTheFolderIsRefused(_ component: String) {
        #expect(throws: BundlePath.Invalid.self) { try BundlePath("participants", component, "x.ics") }
    }

    @Test func aWrittenPathStaysInsideTheFolder() throws {
        #expect(try BundlePath(relative: "invites/p01.ics").components == ["invites", "p01.ics"])
        #expect(throws: BundlePath.Invalid.self) { try BundlePath(relative: "../information.ics") }
        #expect(throws: BundlePath.Invalid.self) { try BundlePath(relative: "/etc/passwd") }
        #expect(throws: BundlePath.Invalid.self) { try BundlePath(relative: "invites//p01.ics") }
    }

    @Test func anUnwritableParentIsASystemFailure() throws {
        do {
            try OutputFolder(path: "/proc/entraide-cannot-write/out").replace(with: bundle(["plan.json": [1]]))
            Issue.record("expected a failure")
        } catch let error as OutputFolder.Failure {
            #expect(!error.isUsageError)
            #expect(error.description.hasPrefix("/proc/entraide-cannot-write/out: could not write the output"))
        }
    }
}

/// Link checks without following the link.
enum FileSystemCheck {
    static func isLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }
}

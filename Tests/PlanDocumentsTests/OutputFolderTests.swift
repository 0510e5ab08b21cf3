import Foundation
import PlanDocuments
import Testing

@Suite struct OutputFolderTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesEveryFileAndLeavesNothingBeside() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("out")
        try OutputFolder(path: out.path).write(["plan.json": Array("{}".utf8), "invites/p1.ics": [1, 2, 3]])
        #expect(try Data(contentsOf: out.appendingPathComponent("invites/p1.ics")) == Data([1, 2, 3]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"])
    }

    @Test func replacesAnEarlierOutputWhole() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("out")
        try OutputFolder(path: out.path).write(["plan.json": [1], "invites/gone.ics": [1]])
        try OutputFolder(path: out.path).write(["plan.json": [2]])
        #expect(try Data(contentsOf: out.appendingPathComponent("plan.json")) == Data([2]))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("invites/gone.ics").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"])
    }

    @Test func refusesAFolderItDidNotWrite() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        try Data("mine".utf8).write(to: parent.appendingPathComponent("notes.txt"))
        #expect(throws: OutputFolder.Failure.self) {
            try OutputFolder(path: parent.path).write(["plan.json": [1]])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["notes.txt"])
    }

    @Test func anUnwritableParentIsASystemFailure() throws {
        do {
            try OutputFolder(path: "/proc/entraide-cannot-write/out").write(["plan.json": [1]])
            Issue.record("expected a failure")
        } catch {
            #expect(!error.isUsageError)
            #expect(error.description.hasPrefix("/proc/entraide-cannot-write/out: could not write the output"))
        }
    }
}

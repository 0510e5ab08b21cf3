public import Foundation

/// Runs the built `entraide` binary, as a user would, and captures what it prints.
public enum EntraideBinary {
    /// What a run printed, and its exit status.
    public struct Output: Sendable {
        /// The exit status (or the signal's number when it was killed).
        public var status: Int32
        /// Standard output.
        public var standardOutput: String
        /// Standard error.
        public var standardError: String
    }

    /// The folder holding the built products: test executables are built beside `entraide`.
    public static let folder: URL = {
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        // On some platforms the test executable sits inside a bundle: climb to the products folder.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("entraide").path),
            folder.path != "/"
        {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    /// The binary.
    public static var url: URL { folder.appendingPathComponent("entraide") }

    /// The environment of a run: this process's, speaking English whatever the developer's locale (so that
    /// golden files hold), with `environment` added; a test that wants another language sets `LANG` or
    /// `LC_ALL` there.
    public static func environment(adding environment: [String: String]) -> [String: String] {
        var base = ProcessInfo.processInfo.environment
        base["LC_ALL"] = nil
        base["LC_MESSAGES"] = nil
        base["LANG"] = "en_US.UTF-8"
        return base.merging(environment) { _, new in new }
    }

    /// Runs `entraide arguments…` in `directory`, in English, with `environment` added to this process's.
    public static func run(
        _ arguments: [String],
        in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Output {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = Self.environment(adding: environment)
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let (outData, errData) = Pipes.readBoth(output, error)
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self)
        )
    }

    /// Starts `entraide arguments…` without waiting, its output discarded: for kill tests.
    public static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = Self.environment(adding: environment)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

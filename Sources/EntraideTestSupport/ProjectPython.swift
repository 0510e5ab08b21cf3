public import Foundation

/// The project's Python (`.venv/bin/python`, or `ENTRAIDE_PYTHON`), which runs the checkers we did not write:
/// `icalendar`, `ical`, `recurring-ical-events`, `aiosmtpd`, the `email` package, `zoneinfo`.
///
/// `scripts/test` creates the virtual environment and sets `ENTRAIDE_PYTHON`; a test that needs it is enabled
/// only when it is there (`.enabled(if: ProjectPython.has("icalendar"))`).
public enum ProjectPython {
    /// The interpreter, or `nil` when the project has none.
    public static let executable: URL? = {
        let candidates: [String?] = [
            ProcessInfo.processInfo.environment["ENTRAIDE_PYTHON"],
            PackageRoot.url.appendingPathComponent(".venv/bin/python").path,
        ]
        let found = candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
        return found.map { URL(fileURLWithPath: $0) }
    }()

    /// Whether the interpreter exists.
    public static var isAvailable: Bool { executable != nil }

    /// Whether the interpreter exists and can import `module`.
    public static func has(_ module: String) -> Bool {
        guard isAvailable, let result = try? run("import \(module)") else { return false }
        return result.status == 0
    }

    /// What a script printed and how it ended.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// Standard output.
        public var output: Data
        /// Standard error, as text.
        public var error: String

        /// Standard output as text.
        public var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// Why a script could not be run.
    public struct Unavailable: Error, CustomStringConvertible {
        /// The sentence.
        public var description: String { "the project's Python (.venv/bin/python) is missing; run scripts/test" }
    }

    /// Runs `script` (`python -c script arguments…`) with `input` on its standard input.
    public static func run(_ script: String, arguments: [String] = [], input: Data? = nil) throws -> Result {
        guard let executable else { throw Unavailable() }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-c", script] + arguments
        let output = Pipe()
        let error = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try? stdin.fileHandleForWriting.close()
        let (outputData, errorData) = Pipes.readBoth(output, error)
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: outputData,
            error: String(decoding: errorData, as: UTF8.self)
        )
    }
}

/// Reading a child's standard output and error at once, so that neither pipe fills up and blocks it.
enum Pipes {
    /// Both pipes' whole content, read concurrently until each is closed.
    static func readBoth(_ first: Pipe, _ second: Pipe) -> (Data, Data) {
        let box = DataBox()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { box.set(second.fileHandleForReading.readDataToEndOfFile()) }
        let firstData = first.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        return (firstData, box.value)
    }

    /// A value written by one thread and read after it is done.
    private final class DataBox: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func set(_ value: Data) { lock.withLock { data = value } }
        var value: Data { lock.withLock { data } }
    }
}

import Foundation

/// Runs poppler's command-line tools (`pdftotext`, `pdfinfo`, `pdffonts`) on what we wrote.
///
/// They are code we did not write; `scripts/lib/setup.sh` installs them (`poppler-utils`).
enum Poppler {
    /// Whether `pdftotext` can be found on the `PATH`.
    static var isAvailable: Bool { path(of: "pdftotext") != nil }

    /// The text of a PDF (`pdftotext -layout`), of pages `first` to `last` when given.
    static func text(_ pdf: [UInt8], first: Int? = nil, last: Int? = nil) throws -> String {
        var arguments = ["-layout", "-enc", "UTF-8"]
        if let first { arguments += ["-f", String(first)] }
        if let last { arguments += ["-l", String(last)] }
        return try run("pdftotext", arguments, pdf: pdf, trailing: ["-"])
    }

    /// A word of `pdftotext -bbox`: its text and its box in points from the page's top left corner.
    struct Word: Equatable {
        var text: String
        var xMin: Double
        var yMin: Double
        var xMax: Double
    }

    /// The words of a PDF's first page with their boxes (`pdftotext -bbox`).
    static func words(_ pdf: [UInt8]) throws -> [Word] {
        let html = try run("pdftotext", ["-bbox", "-f", "1", "-l", "1"], pdf: pdf, trailing: ["-"])
        return html.split(separator: "\n").compactMap { line in
            guard line.contains("<word "), let open = line.firstIndex(of: ">"),
                let close = line.range(of: "</word>")
            else { return nil }
            func number(_ name: String) -> Double {
                guard let start = line.range(of: "\(name)=\"") else { return .nan }
                let rest = line[start.upperBound...]
                return Double(rest.prefix { $0 != "\"" }) ?? .nan
            }
            return Word(
                text: String(line[line.index(after: open)..<close.lowerBound]),
                xMin: number("xMin"),
                yMin: number("yMin"),
                xMax: number("xMax")
            )
        }
    }

    /// `pdfinfo`'s fields, such as `Pages` and `Page size`.
    static func info(_ pdf: [UInt8]) throws -> [String: String] {
        let output = try run("pdfinfo", ["-enc", "UTF-8"], pdf: pdf)
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// `pdffonts`' table rows, without its two header lines.
    static func fonts(_ pdf: [UInt8]) throws -> [String] {
        try run("pdffonts", [], pdf: pdf).split(separator: "\n").dropFirst(2).map(String.init)
    }

    /// Runs `tool` on a temporary copy of `pdf` and returns its standard output.
    private static func run(
        _ tool: String,
        _ arguments: [String],
        pdf: [UInt8],
        trailing: [String] = []
    ) throws -> String {
        guard let executable = path(of: tool) else { throw PopplerError(message: "\(tool) is not installed") }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID().uuidString).pdf")
        try Data(pdf).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments + [file.path] + trailing
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PopplerError(message: "\(tool) exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func path(of tool: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// A poppler tool that could not run.
struct PopplerError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

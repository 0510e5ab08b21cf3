import Foundation

/// Runs poppler's command-line tools (`pdftotext`, `pdfinfo`, `pdffonts`, `pdftoppm`) on what we wrote.
///
/// They are code we did not write; `scripts/lib/setup.sh` installs them (`poppler-utils`).
public enum Poppler {
    /// Whether `pdftotext` can be found on the `PATH`.
    public static var isAvailable: Bool { ExternalTool.path(of: "pdftotext") != nil }

    /// The text of a PDF (`pdftotext -layout`), of pages `first` to `last` when given.
    public static func text(_ pdf: [UInt8], first: Int? = nil, last: Int? = nil) throws -> String {
        var arguments = ["-layout", "-enc", "UTF-8"]
        if let first { arguments += ["-f", String(first)] }
        if let last { arguments += ["-l", String(last)] }
        return try run("pdftotext", arguments, pdf: pdf, trailing: ["-"])
    }

    /// A word of `pdftotext -bbox`: its text and its box in points from the page's top left corner.
    public struct Word: Equatable, Sendable {
        /// The word.
        public var text: String
        /// Its left edge.
        public var xMin: Double
        /// Its top edge.
        public var yMin: Double
        /// Its right edge.
        public var xMax: Double
    }

    /// The words of a PDF's first page with their boxes (`pdftotext -bbox`).
    public static func words(_ pdf: [UInt8]) throws -> [Word] {
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

    /// `pdfinfo`'s fields, such as `Pages`, `Page size` and `Tagged`.
    public static func info(_ pdf: [UInt8]) throws -> [String: String] {
        let output = try run("pdfinfo", ["-enc", "UTF-8"], pdf: pdf)
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// `pdfinfo -struct-text`: the structure tree of a tagged PDF with the text of each element.
    public static func structure(_ pdf: [UInt8]) throws -> String {
        try run("pdfinfo", ["-struct-text", "-enc", "UTF-8"], pdf: pdf)
    }

    /// `pdffonts`' table rows, without its two header lines.
    public static func fonts(_ pdf: [UInt8]) throws -> [String] {
        try run("pdffonts", [], pdf: pdf).split(separator: "\n").dropFirst(2).map(String.init)
    }

    /// The first page as a PNG (`pdftoppm -png -r resolution -singlefile`).
    public static func png(_ pdf: [UInt8], resolution: Int = 150) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stem = folder.appendingPathComponent("page").path
        _ = try run("pdftoppm", ["-png", "-r", String(resolution), "-singlefile"], pdf: pdf, trailing: [stem])
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: stem + ".png")))
    }

    /// Runs `tool` on a temporary copy of `pdf` and returns its standard output.
    private static func run(
        _ tool: String,
        _ arguments: [String],
        pdf: [UInt8],
        trailing: [String] = []
    ) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-\(UUID().uuidString).pdf")
        try Data(pdf).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try ExternalTool.run(tool, arguments + [file.path] + trailing)
    }
}

/// `zbarimg` (package `zbar-tools`): reads the bar codes and QR codes of a picture.
public enum ZBar {
    /// Whether `zbarimg` can be found on the `PATH`.
    public static var isAvailable: Bool { ExternalTool.path(of: "zbarimg") != nil }

    /// What every QR code of a PNG says (`zbarimg --raw -q`), one entry per code.
    public static func decode(png: [UInt8]) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-\(UUID().uuidString).png")
        try Data(png).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try ExternalTool.run("zbarimg", ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", file.path])
        return output.split(separator: "\n").map(String.init)
    }
}

/// A command-line tool we did not write, found on the `PATH`.
public enum ExternalTool {
    /// The tool's path on the `PATH`, or `nil`.
    public static func path(of tool: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `tool arguments…` and returns its standard output; throws when it cannot run or exits with a status
    /// other than 0.
    public static func run(_ tool: String, _ arguments: [String]) throws -> String {
        guard let executable = path(of: tool) else { throw ExternalToolError(message: "\(tool) is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ExternalToolError(message: "\(tool) exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A tool that could not run, or failed.
public struct ExternalToolError: Error, CustomStringConvertible {
    /// What happened.
    public var message: String

    /// An error.
    public init(message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

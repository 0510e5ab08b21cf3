public import Foundation

/// Where the package is, for tests that read the shipped examples or write golden files.
public enum PackageRoot {
    /// The package's root folder (the one holding `Package.swift`).
    public static let url: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A shipped example: `Resources/Examples/<name>`.
    public static func example(_ name: String) -> String {
        url.appendingPathComponent("Resources/Examples/\(name)").path
    }
}

/// A fresh temporary folder for one test; remove it with ``remove()``.
public struct TemporaryFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Creates a new, empty folder under the system's temporary folder.
    public init(_ label: String = "entraide-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The folder's path.
    public var path: String { url.path }

    /// A path inside the folder.
    public func appending(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Removes the folder and everything in it.
    public func remove() { try? FileManager.default.removeItem(at: url) }
}

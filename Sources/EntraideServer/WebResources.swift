import Foundation

/// The files the pages are made of: templates, style sheet and catalogues, in `Resources/Web` (copied into the
/// module's bundle).
enum WebResources {
    /// The URL of `path` inside `Resources/Web`, or `nil` when it is not there.
    static func url(_ path: String) -> URL? {
        guard let folder = Bundle.module.url(forResource: "Web", withExtension: nil) else { return nil }
        let url = folder.appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The text of `path`, or `nil`.
    static func text(_ path: String) -> String? {
        url(path).flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    }

    /// The names of the files of a folder of `Resources/Web`, sorted.
    static func files(in folder: String) -> [String] {
        guard let url = url(folder) else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }
}

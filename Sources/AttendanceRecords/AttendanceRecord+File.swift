import Foundation
public import PlanningDomain
public import PlanningInput

extension AttendanceRecord {
    /// The record file of a scenario: `<scenario file name without extension>.attendance.json` beside it.
    ///
    /// `Resources/Examples/parents-ados-nyon/scenario.yaml` → `Resources/Examples/parents-ados-nyon/scenario.attendance.json`.
    public static func path(besideScenario scenario: String) -> String {
        let url = URL(fileURLWithPath: scenario)
        let name = url.deletingPathExtension().lastPathComponent + ".attendance.json"
        let folder = (scenario as NSString).deletingLastPathComponent
        return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
    }

    /// Reads the record file at `path`, or returns `nil` when there is none yet.
    ///
    /// - Throws: `unreadable-file` when the path is a folder or cannot be read; `invalid-record` problems (see
    ///   ``init(json:file:group:)``).
    public static func read(contentsOf path: String, group: Group.ID) throws(ScenarioErrors) -> AttendanceRecord? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioErrors([
                ScenarioError(
                    code: .unreadableFile,
                    file: path,
                    line: 0,
                    column: 0,
                    message: isDirectory.boolValue
                        ? "this is a directory, not an attendance record." : "the file cannot be read."
                )
            ])
        }
        return try AttendanceRecord(json: Array(data), file: path, group: group)
    }

    /// Writes the record to `path` atomically: into a temporary file in the same folder, then renamed over the
    /// old file, so that a failure leaves the old file as it was.
    public func write(to path: String) throws(WriteFailure) {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw WriteFailure(
                description: "\(path): could not create a file in its folder (the folder is missing or not writable)."
            )
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(jsonBytes))
            // On disk before the rename, so that a crash cannot leave an empty record in place of the old one.
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteFailure(
                description: "\(path): could not write the attendance record (\(error.localizedDescription))."
            )
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteFailure(description: "\(path): could not replace the attendance record (\(reason)).")
        }
    }

    /// Why a record could not be written; the old file, if any, is unchanged.
    public struct WriteFailure: Error, Hashable, Sendable, CustomStringConvertible {
        /// A full sentence that starts with the path, for the `error:` line of the CLI.
        public var description: String
    }
}

import Foundation
public import WorkspaceStore

/// `entraide export`: everything the workspace holds, as documented JSON.
public struct ExportWorkspace: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// The export's bytes (the same workspace always gives the same bytes).
    public func run() throws(ServiceError) -> [UInt8] {
        try WorkspaceAccess.read(workspace) { try $0.exportJSON() }
    }

    /// Whether a file holds an Entraide export (so that `--out FILE` may replace it): JSON whose `format` is
    /// `entraide-workspace-export/…`.
    public static func isExport(_ bytes: [UInt8]) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let format = object["format"] as? String
        else { return false }
        return format.hasPrefix("entraide-workspace-export/")
    }
}

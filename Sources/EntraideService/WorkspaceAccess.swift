internal import Phrasebook
public import WorkspaceStore

/// Running a read or a write of the workspace with its errors turned into ``ServiceError``.
public enum WorkspaceAccess {
    /// A read transaction; a workspace error becomes a ``ServiceError``, a ``ServiceError`` thrown by `body`
    /// passes through.
    public static func read<T>(
        _ workspace: Workspace,
        _ body: (WorkspaceReader) throws -> T
    ) throws(ServiceError)
        -> T
    {
        do {
            return try workspace.read(body)
        } catch {
            throw map(error)
        }
    }

    /// One write transaction: committed when `body` returns, rolled back when it throws.
    public static func write<T>(
        _ workspace: Workspace,
        _ body: (WorkspaceWriter) throws -> T
    ) throws(ServiceError)
        -> T
    {
        do {
            return try workspace.write(body)
        } catch {
            throw map(error)
        }
    }

    /// Opens the workspace in `folder`.
    public static func open(_ folder: String) throws(ServiceError) -> Workspace {
        do {
            return try Workspace.open(in: folder)
        } catch {
            throw .workspace(error)
        }
    }

    /// Any error of a transaction as a ``ServiceError``.
    static func map(_ error: any Error) -> ServiceError {
        switch error {
        case let error as ServiceError: error
        case let error as WorkspaceError: .workspace(error)
        default:
            ServiceError(
                .workspace,
                ServiceError.sentence(Phrase("service.workspace.unusable", ["type": .verbatim("\(type(of: error))")])),
                isInputError: false
            )
        }
    }
}

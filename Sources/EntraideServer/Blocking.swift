import Dispatch

/// Runs the workspace's blocking work (SQLite through GRDB) off the server's event loops and Swift's
/// cooperative threads, which must never wait on a disk.
enum Blocking {
    private static let queue = DispatchQueue(label: "entraide.workspace", qos: .userInitiated, attributes: .concurrent)

    /// The value of `body`, computed on the workspace queue.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                do {
                    continuation.resume(returning: try body())
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}

internal import EntraideService

/// Collects the answers participants send while a transaction is being written, and writes them together in
/// the next one (group commit): one commit and one disk flush for every answer that arrived meanwhile, instead
/// of one each. Each answer's request waits until the transaction holding it is committed, so a success sent
/// back means the answer is on disk.
actor AnswerQueue {
    private let useCase: AnswerByLink
    private var waiting: [(AnswerByLink.Request, CheckedContinuation<AnswerByLink.Result, any Error>)] = []
    private var isWriting = false
    /// The most requests in one transaction.
    private let batchLimit = 500

    init(useCase: AnswerByLink) { self.useCase = useCase }

    /// Records one person's answers; returns once they are committed (or refused).
    func submit(_ request: AnswerByLink.Request) async throws -> AnswerByLink.Result {
        try await withCheckedThrowingContinuation { continuation in
            waiting.append((request, continuation))
            if !isWriting {
                isWriting = true
                Task { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !waiting.isEmpty {
            let batch = Array(waiting.prefix(batchLimit))
            waiting.removeFirst(batch.count)
            let requests = batch.map(\.0)
            do {
                let results = try await Blocking.run { [useCase] in try useCase.run(requests) }
                for (item, result) in zip(batch, results) { item.1.resume(returning: result) }
            } catch {
                for item in batch { item.1.resume(throwing: error) }
            }
        }
        isWriting = false
    }
}

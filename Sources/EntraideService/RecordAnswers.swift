public import PlanningDomain
internal import WorkspaceStore

extension RecordAnswer {
    /// Records several answers (a person's answers taken by phone, entered on the page at once) in one
    /// transaction: all or none.
    ///
    /// - Returns: the answer that now counts for each, in order.
    @discardableResult
    public func run(all requests: [Request]) throws(ServiceError) -> [GivenAnswer] {
        try WorkspaceAccess.write(workspace) { writer in
            try requests.map { request in
                try writer.recordAnswer(
                    group: request.group,
                    participant: request.participant,
                    slot: request.slot,
                    availability: request.availability,
                    channel: request.channel,
                    at: request.at
                )
            }
        }
    }
}

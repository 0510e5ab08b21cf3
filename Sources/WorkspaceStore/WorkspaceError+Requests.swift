import PlanningDomain

/// The errors of requests that name what is not there or not allowed: ids, candidates, outbox messages.
extension WorkspaceError {
    /// An id from outside that breaks the id rule; `what` says which (`the participant id`), the id itself is
    /// not quoted (it may be anything, a name included).
    static func invalidIdentifier(_ what: String, _ problem: IdentifierRule.Problem, _ file: String) -> Self {
        Self(
            code: .invalidIdentifier,
            file: file,
            message: "\(what) is not a valid id: it \(problem.expectation). Nothing was changed."
        )
    }

    static func unknownSlot(_ slot: String, group: String, _ file: String) -> Self {
        Self(
            code: .unknownSlot,
            file: file,
            message: "there is no candidate '\(slot)' in group '\(group)' of the workspace; nothing was changed."
        )
    }

    static func unknownFacilitator(_ facilitator: String, _ file: String) -> Self {
        Self(
            code: .unknownFacilitator,
            file: file,
            message: "there is no facilitator '\(facilitator)' among the centre's records; import the centre or a "
                + "scenario naming them first. Nothing was changed."
        )
    }

    static func inactiveParticipant(_ participant: String, group: String, status: String, _ file: String) -> Self {
        Self(
            code: .inactiveParticipant,
            file: file,
            message: "participant '\(participant)' of group '\(group)' is \(status); no answer can be recorded for "
                + "them. Nothing was changed."
        )
    }

    static func recordedLayer(_ file: String) -> Self {
        Self(
            code: .invalidAnswerOrigin,
            file: file,
            message: "an import cannot give answers of origin 'recorded'; those are recorded one at a time. "
                + "Nothing was changed."
        )
    }

    static func unknownMessage(_ id: String, _ file: String) -> Self {
        Self(
            code: .unknownMessage,
            file: file,
            message: "there is no message \(id) in the outbox; nothing was changed."
        )
    }

    static func deliveryState(_ id: String, is state: String, cannot action: String, _ file: String) -> Self {
        Self(
            code: .deliveryState,
            file: file,
            message: "message \(id) of the outbox is \(state), so it cannot \(action); nothing was changed."
        )
    }
}

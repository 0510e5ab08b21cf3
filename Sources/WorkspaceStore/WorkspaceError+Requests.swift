import Phrasebook
import PlanningDomain

/// The errors of requests that name what is not there or not allowed: ids, candidates, outbox messages.
extension WorkspaceError {
    /// An id from outside that breaks the id rule; `what` says which (`the participant id`), the id itself is
    /// not quoted (it may be anything, a name included).
    static func invalidIdentifier(_ what: Phrase, _ problem: IdentifierRule.Problem, _ file: String) -> Self {
        Self(
            code: .invalidIdentifier,
            file: file,
            phrase: Phrase("workspace.invalidIdentifier", ["what": what, "expectation": problem.phrase])
        )
    }

    static func unknownSlot(_ slot: String, group: String, _ file: String) -> Self {
        Self(
            code: .unknownSlot,
            file: file,
            phrase: Phrase("workspace.unknownSlot", ["slot": .verbatim(slot), "group": .verbatim(group)])
        )
    }

    static func unknownFacilitator(_ facilitator: String, _ file: String) -> Self {
        Self(
            code: .unknownFacilitator,
            file: file,
            phrase: Phrase("workspace.unknownFacilitator", ["id": .verbatim(facilitator)])
        )
    }

    static func inactiveParticipant(_ participant: String, group: String, status: String, _ file: String) -> Self {
        Self(
            code: .inactiveParticipant,
            file: file,
            phrase: Phrase(
                "workspace.inactiveParticipant",
                [
                    "id": .verbatim(participant), "group": .verbatim(group),
                    "status": Phrase("workspace.status.\(status)"),
                ]
            )
        )
    }

    static func recordedLayer(_ file: String) -> Self {
        Self(
            code: .invalidAnswerOrigin,
            file: file,
            phrase: Phrase("workspace.recordedLayer")
        )
    }

    static func unknownMessage(_ id: String, _ file: String) -> Self {
        Self(
            code: .unknownMessage,
            file: file,
            phrase: Phrase("workspace.unknownMessage", ["id": .verbatim(id)])
        )
    }

    static func deliveryState(_ id: String, is state: String, cannot action: String, _ file: String) -> Self {
        Self(
            code: .deliveryState,
            file: file,
            phrase: Phrase(
                "workspace.deliveryState",
                [
                    "id": .verbatim(id), "state": Phrase("workspace.state.\(state)"),
                    "action": Phrase("workspace.action.\(action)"),
                ]
            )
        )
    }
}

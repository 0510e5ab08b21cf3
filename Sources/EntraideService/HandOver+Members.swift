import Phrasebook
internal import PlanningDomain
internal import PlanningInput
internal import Publication

extension HandOver {
    /// The members the request names (each a participant of the group who did not withdraw), or by default
    /// every participant who neither withdrew nor declined founding 2.
    static func members(
        of scenario: Scenario,
        founding2: SessionPublication,
        withdrawn: Set<Participant.ID>,
        request: Request
    ) throws(ServiceError) -> [Participant.ID] {
        let current = scenario.participants.map(\.id).filter { !withdrawn.contains($0) }
        guard let named = request.members else {
            let members = current.filter { founding2.recipients[$0]?.reply != .declined }
            guard !members.isEmpty else {
                throw ServiceError(
                    .invalidInput,
                    ServiceError.sentence(
                        Phrase("service.nobodyToHandOver", ["group": .verbatim(request.group.rawValue)])
                    ),
                    isInputError: true
                )
            }
            return members
        }
        for id in named where !current.contains(id) {
            let hint = Suggestion.hintOrPeriod(for: id.rawValue, among: current.map(\.rawValue))
            throw ServiceError(
                .invalidInput,
                ServiceError.sentence(
                    Phrase(
                        "service.notAMember",
                        ["id": .verbatim(id.rawValue), "group": .verbatim(request.group.rawValue), "hint": hint]
                    )
                ),
                isInputError: true
            )
        }
        guard !named.isEmpty else {
            throw ServiceError(
                .invalidInput,
                ServiceError.sentence(Phrase("service.membersNobody")),
                isInputError: true
            )
        }
        var seen = Set<Participant.ID>()
        return named.filter { seen.insert($0).inserted }
    }
}

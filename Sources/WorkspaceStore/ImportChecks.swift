import Phrasebook
import PlanningDomain

/// The checks an import makes before it writes anything: ids that follow `IdentifierRule`, answer layers of
/// an importable origin.
enum ImportChecks {
    static func check(_ scenario: Scenario, file: String) throws(WorkspaceError) {
        try id(scenario.group.id.rawValue, Phrase("workspace.what.groupID"), file)
        if let initiator = scenario.group.initiator {
            try id(initiator.rawValue, Phrase("workspace.what.initiatorID"), file)
        }
        for (index, facilitator) in scenario.facilitators.enumerated() {
            try id(facilitator.id.rawValue, Self.numbered("facilitatorID", index), file)
        }
        for (index, venue) in scenario.venues.enumerated() {
            try id(venue.id.rawValue, Self.numbered("venueID", index), file)
        }
        for (index, candidate) in scenario.candidates.enumerated() {
            try id(candidate.id.rawValue, Self.numbered("candidateIDOf", index), file)
            try id(candidate.facilitator.rawValue, Self.numbered("candidateFacilitator", index), file)
            try id(candidate.venue.rawValue, Self.numbered("candidateVenue", index), file)
        }
        for (index, participant) in scenario.participants.enumerated() {
            try id(participant.id.rawValue, Self.numbered("participantIDOf", index), file)
        }
    }

    static func check(_ layers: [AnswerLayer], of scenario: Scenario, file: String) throws(WorkspaceError) {
        let participants = Set(scenario.participants.map(\.id))
        for layer in layers {
            guard layer.origin.kind != .recorded else { throw .recordedLayer(file) }
            for (participant, answers) in layer.answers where participants.contains(participant) {
                for slot in answers.keys {
                    try id(
                        slot.rawValue,
                        Phrase("workspace.what.answerSlot", ["participant": .verbatim(participant.rawValue)]),
                        file
                    )
                }
            }
        }
    }

    /// `the id of facilitator 2`: `workspace.what.<key>` with the entry's number.
    static func numbered(_ key: String, _ index: Int) -> Phrase {
        Phrase("workspace.what.\(key)", ["number": .number(index + 1)])
    }

    /// Throws `invalid-identifier` for `raw`, described as `what`.
    static func id(_ raw: String, _ what: Phrase, _ file: String) throws(WorkspaceError) {
        if let problem = IdentifierRule.problem(with: raw) { throw .invalidIdentifier(what, problem, file) }
    }
}

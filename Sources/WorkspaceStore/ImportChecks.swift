import PlanningDomain

/// The checks an import makes before it writes anything: ids that follow `IdentifierRule`, answer layers of
/// an importable origin.
enum ImportChecks {
    static func check(_ scenario: Scenario, file: String) throws(WorkspaceError) {
        try id(scenario.group.id.rawValue, "the group id", file)
        if let initiator = scenario.group.initiator { try id(initiator.rawValue, "the group's initiator id", file) }
        for (index, facilitator) in scenario.facilitators.enumerated() {
            try id(facilitator.id.rawValue, "the id of facilitator \(index + 1)", file)
        }
        for (index, venue) in scenario.venues.enumerated() {
            try id(venue.id.rawValue, "the id of venue \(index + 1)", file)
        }
        for (index, candidate) in scenario.candidates.enumerated() {
            try id(candidate.id.rawValue, "the id of candidate \(index + 1)", file)
            try id(candidate.facilitator.rawValue, "the facilitator id of candidate \(index + 1)", file)
            try id(candidate.venue.rawValue, "the venue id of candidate \(index + 1)", file)
        }
        for (index, participant) in scenario.participants.enumerated() {
            try id(participant.id.rawValue, "the id of participant \(index + 1)", file)
        }
    }

    static func check(_ layers: [AnswerLayer], of scenario: Scenario, file: String) throws(WorkspaceError) {
        let participants = Set(scenario.participants.map(\.id))
        for layer in layers {
            guard layer.origin.kind != .recorded else { throw .recordedLayer(file) }
            for (participant, answers) in layer.answers where participants.contains(participant) {
                for slot in answers.keys {
                    try id(slot.rawValue, "a candidate id in the answers of participant '\(participant)'", file)
                }
            }
        }
    }

    /// Throws `invalid-identifier` for `raw`, described as `what`.
    static func id(_ raw: String, _ what: String, _ file: String) throws(WorkspaceError) {
        if let problem = IdentifierRule.problem(with: raw) { throw .invalidIdentifier(what, problem, file) }
    }
}

internal import AvailabilityImport
public import PlanningDomain

/// `entraide check`: validates a scenario and every file it names, without planning.
public struct CheckScenario: Sendable {
    /// What a valid scenario holds.
    public struct Outcome: Hashable, Sendable {
        /// Registrations.
        public var participants: Int
        /// Candidate slots (generated ones included).
        public var candidates: Int
        /// Rooms.
        public var venues: Int
        /// Staff.
        public var facilitators: Int
        /// The organisation's language: what the report is worded in when the person stated none.
        public var language: Language
    }

    /// Where the scenario and its files are read from.
    public let source: ScenarioSource

    /// The use case.
    public init(source: ScenarioSource) { self.source = source }

    /// Reads and checks everything; throws every problem at once.
    public func run(scenario path: String) throws(ServiceError) -> Outcome {
        let scenario = try source.load(path).scenario
        return Outcome(
            participants: scenario.participants.count,
            candidates: scenario.candidates.count,
            venues: scenario.venues.count,
            facilitators: scenario.facilitators.count,
            language: scenario.organisation.language
        )
    }
}

internal import Calendaring
internal import Phrasebook
public import PlanningDomain
public import Recruitment
public import WorkspaceStore

/// A group's recruitment as the workspace knows it.
///
/// Registrations over time against the quorum and the maximum
/// size, their sources, how many members can come to the proposed information dates, and the state (recruiting,
/// ready to plan, planned, running). The CLI's `entraide status GROUP` and the staff page show it.
public struct RecruitmentStatus: Sendable {
    /// The figures and what is needed to show them.
    public struct Outcome: Sendable {
        /// The figures.
        public var figures: RecruitmentFigures
        /// The group.
        public var group: Group
        /// The centre's time zone.
        public var timeZone: String
        /// The staff member in charge of recruitment, when known.
        public var staffInCharge: Facilitator.ID?
        /// The public text and audience.
        public var description: PublicDescription
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// The group's recruitment at `now`.
    ///
    /// Participants the scenario brought (no registration record) count as registered by staff at the group's
    /// first registration (or at `now` when there is none); withdrawn ones do not count.
    /// - Throws: `unknown-group` for a group the workspace does not hold.
    public func run(group id: Group.ID, at now: Instant) throws(ServiceError) -> Outcome {
        let read = try WorkspaceAccess.read(workspace) { reader in
            (
                try reader.scenario(of: id), try reader.registrations(of: id), try reader.publications(of: id),
                try reader.publicDescription(of: id)
            )
        }
        guard let scenario = read.0 else {
            throw ServiceError(
                .unknownGroup,
                ServiceError.sentence(Phrase("service.recruitment.unknownGroup", ["group": .verbatim(id.rawValue)])),
                isInputError: true
            )
        }
        let stored = read.1
        var registrations = stored.map(\.registration)
        let registered = Set(registrations.map(\.participant))
        let since = registrations.map(\.registeredAt).min() ?? now
        for participant in scenario.participants where !registered.contains(participant.id) {
            registrations.append(Registration(participant: participant.id, registeredAt: since, source: .staff))
        }
        let zone = scenario.organisation.timeZone
        let information = read.2.first { $0.kind == .information && !$0.isCancelled }
        let facts = RecruitmentFacts(
            group: scenario.group,
            registrations: registrations,
            informationCandidates: scenario.candidates.filter { $0.kind == .information },
            answers: Dictionary(
                uniqueKeysWithValues: scenario.participants.map { participant in
                    (participant.id, Dictionary(uniqueKeysWithValues: participant.answers.map { ($0.key, $0.value) }))
                }
            ),
            informationSessionStart: information.map {
                Instant(secondsSince1970: TimeZoneConversion.utcSeconds(of: $0.start, in: zone)) ?? now
            },
            timeZone: zone
        )
        let staff = read.3.staffInCharge ?? scenario.facilitators.first?.id
        return Outcome(
            figures: RecruitmentFigures(facts, at: now),
            group: scenario.group,
            timeZone: zone,
            staffInCharge: staff,
            description: read.3.description
        )
    }
}

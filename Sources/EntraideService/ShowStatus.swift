internal import Calendaring
import Phrasebook
public import PlanningDomain
internal import PlanningInput
public import Publication
public import WorkspaceStore

/// `entraide status [GROUP]`: where one group's published sessions stand (who is expected, the replies, a
/// quorum warning), or, without a group, every group of the centre with its next session, quorum warnings and
/// conflicts between groups.
public struct ShowStatus: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// One group's status as text in its language; `nil` publications means nothing was published yet.
    public func group(_ id: Group.ID) throws(ServiceError) -> (scenario: Scenario, status: PublicationStatus?) {
        let (scenario, publications) = try GroupAccess.scenarioAndPublications(of: id, in: workspace)
        guard !publications.isEmpty else { return (scenario, nil) }
        return (scenario, PublicationStatus(publications: publications, quorum: scenario.group.quorum))
    }

    /// Every group at `now`, and the organisation whose language the overview is written in (`nil` for an
    /// empty workspace).
    public func centre(now: Instant) throws(ServiceError) -> (status: CentreStatus, organisation: Organisation?) {
        let groups = try WorkspaceAccess.read(workspace) { reader in
            try reader.groups().compactMap { id -> (scenario: Scenario, publications: [SessionPublication])? in
                guard let scenario = try reader.scenario(of: id) else { return nil }
                return (scenario, try reader.publications(of: id))
            }
        }
        let organisation = groups.first?.scenario.organisation
        let local = TimeZoneConversion.localDateTime(of: now, in: organisation?.timeZone ?? "Europe/Zurich")
        let buffer = groups.first?.scenario.travelBufferMinutes ?? 30
        return (CentreStatus(groups: groups, now: local, travelBufferMinutes: buffer), organisation)
    }
}

/// Reading one group of the workspace, with the error every use case gives for an unknown id.
enum GroupAccess {
    /// The group's scenario (active participants) and publications.
    static func scenarioAndPublications(
        of id: Group.ID,
        in workspace: Workspace
    ) throws(ServiceError) -> (Scenario, [SessionPublication]) {
        let found = try WorkspaceAccess.read(workspace) { reader -> (Scenario?, [SessionPublication], [Group.ID]) in
            guard let scenario = try reader.scenario(of: id) else { return (nil, [], try reader.groups()) }
            return (scenario, try reader.publications(of: id), [])
        }
        guard let scenario = found.0 else { throw unknownGroup(id, known: found.2, in: workspace) }
        return (scenario, found.1)
    }

    /// No group with that id: the message lists the ids the workspace holds (ids are not personal data).
    static func unknownGroup(_ id: Group.ID, known: [Group.ID], in workspace: Workspace) -> ServiceError {
        ServiceError(
            .unknownGroup,
            .joined(
                [
                    .verbatim("\(workspace.path): error: "),
                    Phrase(
                        "service.unknownGroup",
                        [
                            "group": .verbatim(id.rawValue),
                            "hint": Suggestion.closest(to: id.rawValue, among: known.map(\.rawValue))
                                .map(Phrase.didYouMean) ?? .empty,
                            "end": known.isEmpty
                                ? Phrase("service.importFirst")
                                : Phrase("service.itHolds", ["ids": .list(known.map(\.rawValue))]),
                        ]
                    ),
                ],
                separator: ""
            ),
            isInputError: true
        )
    }
}

internal import Phrasebook
public import PlanningDomain
public import Promotion
public import WorkspaceStore

/// What the public may know of a group of the workspace: its title, public words, the centre and, once it is
/// fixed, the information session; the one source of the flyer (`entraide flyer` from a workspace, the staff
/// page's button) and of the group's public page with its "add to calendar" file.
///
/// The information session is fixed once it is published: the first published information session that is not
/// cancelled, in its venue. The public words are those the workspace keeps (`group_public`); without a public
/// text the content falls back to the theme and says so (`FlyerContent.isThemeFallback`). No participant, no
/// count, no facilitator.
public struct GroupPromotion: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// The group's public content, with the registration page's address when there is one.
    ///
    /// - Throws: `unknown-group` for a group the workspace does not hold; `workspace` errors.
    public func content(of id: Group.ID, registration: RegistrationAddress?) throws(ServiceError) -> FlyerContent {
        let facts = try facts(of: id)
        return FlyerContent(
            group: facts.group,
            description: facts.description,
            organisation: facts.organisation,
            information: facts.information,
            registration: registration
        )
    }

    /// The information session's "add to calendar" file (`METHOD:PUBLISH`, nobody named), `nil` while it is not
    /// fixed.
    ///
    /// - Throws: `unknown-group` for a group the workspace does not hold; `rendering` when libical fails.
    public func informationCalendar(
        of id: Group.ID,
        registration: RegistrationAddress?,
        stamp: Instant
    ) throws(ServiceError) -> [UInt8]? {
        let content = try content(of: id, registration: registration)
        do {
            return try InformationCalendar.bytes(for: content, stamp: stamp)
        } catch {
            throw .rendering(Phrase("service.what.informationCalendar", ["group": .verbatim("\(id)")]), error)
        }
    }

    /// The group, its public words, the centre and the fixed information session.
    func facts(
        of id: Group.ID
    ) throws(ServiceError) -> (
        group: Group, description: PublicDescription, organisation: Organisation, information: PublicSession?
    ) {
        let (scenario, publications) = try GroupAccess.scenarioAndPublications(of: id, in: workspace)
        let description = try WorkspaceAccess.read(workspace) { try $0.publicDescription(of: id).description }
        let published = publications.first { $0.kind == .information && !$0.isCancelled }
        let information = published.flatMap { publication in
            scenario.venue(publication.venue).map {
                PublicSession(start: publication.start, end: publication.end, venue: $0)
            }
        }
        return (scenario.group, description, scenario.organisation, information)
    }
}

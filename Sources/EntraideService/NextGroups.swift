import Foundation
public import PlanningDomain
internal import Recruitment
public import WorkspaceStore

/// The groups offered to a person placed on a group's waiting list: the workspace's other groups on the same
/// theme that still take registrations and have a place left.
///
/// The same theme is the group's `theme` (the intake interview's, kept with the group), compared without case
/// and extra spaces. A group takes registrations until its information session has started (recruiting, ready
/// to plan, or planned with the session ahead: ``RecruitmentStatus``); it has a place while fewer people hold
/// one than its maximum size. Groups come in the order of their ids. Ids and titles only: both are public.
public struct NextGroups: Sendable {
    /// A group offered instead.
    public struct Offer: Hashable, Sendable {
        /// The group's id.
        public var group: Group.ID
        /// The group's public title.
        public var title: String

        /// An offer.
        public init(group: Group.ID, title: String) {
            self.group = group
            self.title = title
        }
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// The groups on the theme of `group`, other than it, that take registrations and have a place at `now`.
    ///
    /// - Throws: `unknown-group` for a group the workspace does not hold; `workspace` errors.
    public func run(after group: Group.ID, at now: Instant) throws(ServiceError) -> [Offer] {
        let groups = try WorkspaceAccess.read(workspace) { reader in
            try reader.groups().compactMap { try reader.scenario(of: $0)?.group }
        }
        guard let theme = groups.first(where: { $0.id == group }).map({ Self.normalized($0.theme) }) else {
            throw GroupAccess.unknownGroup(group, known: groups.map(\.id), in: workspace)
        }
        var offers: [Offer] = []
        for other in groups.sorted(by: { $0.id.rawValue < $1.id.rawValue })
        where other.id != group && !theme.isEmpty && Self.normalized(other.theme) == theme {
            let figures = try RecruitmentStatus(workspace: workspace).run(group: other.id, at: now).figures
            guard figures.state != .running, figures.members.count < figures.maximumSize else { continue }
            offers.append(Offer(group: other.id, title: other.title))
        }
        return offers
    }

    /// The theme without case and extra spaces.
    static func normalized(_ theme: String) -> String {
        theme.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

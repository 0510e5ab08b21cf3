public import PlanningDomain

/// What an import changed in the workspace; the participant lists are sorted by id.
///
/// Importing the same scenario twice gives, the second time, a summary where ``isUnchanged`` is true.
public struct ImportSummary: Hashable, Sendable {
    /// The group imported.
    public var group: Group.ID
    /// Whether the group was new to the workspace.
    public var isNewGroup: Bool
    /// Whether anything but the participants changed; always true for a new group.
    ///
    /// That is the group's fields, rules, sessions, candidates, the facilitators and venues it names and their
    /// busy, tentative and booked candidates, or any centre record the scenario gave (see ``centre``).
    public var hasSettingsChanged: Bool
    /// Participants new to the group, or back in it after being withdrawn (or explicitly restored after being
    /// forgotten).
    public var added: [Participant.ID]
    /// Active participants whose name, e-mail, language, flags, imported answers or place in the list changed.
    public var updated: [Participant.ID]
    /// Participants active before and absent from this import: now withdrawn.
    public var withdrawn: [Participant.ID]
    /// Active participants imported exactly as they were.
    public var unchanged: [Participant.ID]
    /// Participants of the import who were forgotten and stay so (nothing of them was stored).
    public var keptForgotten: [Participant.ID]
    /// What the scenario's organisation, facilitators, venues and closures changed in the centre's records.
    public var centre: CentreImportSummary

    /// A summary; the lists are sorted here.
    public init(
        group: Group.ID,
        isNewGroup: Bool,
        hasSettingsChanged: Bool,
        added: [Participant.ID],
        updated: [Participant.ID],
        withdrawn: [Participant.ID],
        unchanged: [Participant.ID],
        keptForgotten: [Participant.ID],
        centre: CentreImportSummary
    ) {
        self.group = group
        self.isNewGroup = isNewGroup
        self.hasSettingsChanged = hasSettingsChanged
        self.added = added.sorted()
        self.updated = updated.sorted()
        self.withdrawn = withdrawn.sorted()
        self.unchanged = unchanged.sorted()
        self.keptForgotten = keptForgotten.sorted()
        self.centre = centre
    }

    /// Whether the import changed nothing at all.
    public var isUnchanged: Bool {
        !isNewGroup && !hasSettingsChanged && added.isEmpty && updated.isEmpty && withdrawn.isEmpty
    }
}

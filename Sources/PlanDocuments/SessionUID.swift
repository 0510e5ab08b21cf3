public import PlanningDomain

extension Scenario {
    /// The iCalendar UID of a session (RFC 5545 §3.8.4.7): derived from the organisation's domain, the
    /// group id and the session kind only, so the same session keeps its UID in every file and every run.
    public func uid(of kind: SessionKind) -> String {
        "\(kind.rawValue).\(group.id.rawValue)@\(organisation.uidDomain)"
    }
}

extension Scenario {
    /// The iCalendar UID of the group's own recurring meeting (the hand-over), `handover.<group>@<uid-domain>`:
    /// one UID shared by every member's copy, kept for ever, so a new rhythm or its end updates the same series.
    public var handoverUID: String { "handover.\(group.id.rawValue)@\(organisation.uidDomain)" }
}

public import Calendaring
public import PlanningDomain

/// What a hand-over decided: the state to store, the messages to send and the staff's copy.
public struct HandoverRevision: Hashable, Sendable {
    /// The hand-over's state after these messages.
    public var handover: HandoverPublication
    /// Only what changed, by participant id: empty when the same rhythm is handed over again to the same members.
    public var messages: [HandoverMessage]
    /// The staff's copy: `METHOD:PUBLISH` (RFC 5546 §3.2.1), the series at its current `SEQUENCE`, nobody named.
    public var staffCalendar: CalendarDocument
    /// Members holding a copy to cancel who are no longer in the workspace (forgotten), sorted.
    public var unaddressed: [Participant.ID]

    /// A revision.
    public init(
        handover: HandoverPublication,
        messages: [HandoverMessage],
        staffCalendar: CalendarDocument,
        unaddressed: [Participant.ID] = []
    ) {
        self.handover = handover
        self.messages = messages
        self.staffCalendar = staffCalendar
        self.unaddressed = unaddressed
    }
}

public import PlanningDomain

/// Why a wall-clock span cannot be an intake interview of a staff member; what ``IntakeSlots/recheck(_:in:notBefore:excluding:)``
/// reports when a chosen slot is no longer free.
///
/// Conflicts name days, reasons and interview ids, never what a calendar event is about.
public enum IntakeConflict: Hashable, Sendable, CustomStringConvertible {
    /// The start does not exist that day (the clocks move forward over it).
    case nonexistentTime
    /// The clocks change during the interview, so its wall-clock end is not its start plus its length.
    case daylightSavingChange
    /// The centre is closed that day (a closure or a public holiday), with the reason when one is given.
    case closed(reason: String?)
    /// The staff member is away that day.
    case away
    /// The span is not inside the staff member's weekly hours.
    case outsideHours
    /// The start is before the earliest start allowed (now, or the notice staff need).
    case tooSoon
    /// A busy event of the staff member's calendars overlaps the span or its buffer.
    case busy
    /// A tentative event of the staff member's calendars overlaps the span or its buffer (counts as busy).
    case tentative
    /// Another interview is booked within the span or its buffer.
    case booked(IntakeInterview.ID)
    /// The slot is another staff member's: it was checked against the wrong hours.
    case otherStaffMember

    /// A short English sentence for logs and tests (`busy: the calendar shows an event then`).
    public var description: String {
        switch self {
        case .nonexistentTime: "nonexistent time: the clocks move forward over the start"
        case .daylightSavingChange: "daylight-saving change: the clocks change during the interview"
        case .closed(let reason): "closed" + (reason.map { ": \($0)" } ?? "")
        case .away: "away: the staff member is away that day"
        case .outsideHours: "outside hours: not inside the staff member's weekly hours"
        case .tooSoon: "too soon: before the earliest start allowed"
        case .busy: "busy: the calendar shows an event then"
        case .tentative: "tentative: the calendar shows a tentative event then"
        case .booked(let id): "booked: interview \(id) is booked then"
        case .otherStaffMember: "other staff member: the slot is not this staff member's"
        }
    }
}

/// What a check of a slot found.
public enum IntakeSlotCheck: Hashable, Sendable {
    /// The slot is free: it may be booked.
    case free(IntakeSlot)
    /// The slot cannot be booked, for these reasons (in the order of ``IntakeConflict``'s cases).
    case taken([IntakeConflict])

    /// Whether the slot is free.
    public var isFree: Bool {
        if case .free = self { return true }
        return false
    }

    /// The reasons it is taken; empty when free.
    public var conflicts: [IntakeConflict] {
        if case .taken(let conflicts) = self { return conflicts }
        return []
    }
}

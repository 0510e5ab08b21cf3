internal import Calendaring
public import PlanningDomain

/// Free intake interview slots, and the check of a chosen slot at booking: pure and deterministic functions of
/// the staff member's hours (``IntakeHours``) and a request.
///
/// A start is offered when the whole interview fits:
///
/// | rule | conflict |
/// | --- | --- |
/// | the start exists that day (the clocks do not skip it) | ``IntakeConflict/nonexistentTime`` |
/// | the clocks do not change during the interview, so its wall-clock length is its real length | ``IntakeConflict/daylightSavingChange`` |
/// | the centre is open that day (closures, public holidays) | ``IntakeConflict/closed(reason:)`` |
/// | the staff member is not away that day | ``IntakeConflict/away`` |
/// | start and end lie inside one of their weekly windows | ``IntakeConflict/outsideHours`` |
/// | it starts at or after the earliest start allowed | ``IntakeConflict/tooSoon`` |
/// | nothing busy in their calendars within the interview widened by the buffer on both sides | ``IntakeConflict/busy`` |
/// | nothing tentative either (tentative counts as busy for an interview) | ``IntakeConflict/tentative`` |
/// | no other interview within the widened span | ``IntakeConflict/booked(_:)`` |
///
/// Wall-clock times are read in the centre's time zone through Calendaring (the one time-zone authority): a time
/// the clocks show twice is its first instant, and a slot whose span contains a daylight-saving change is not
/// offered (such a slot lies in the night, where no centre holds interviews). Every instant comparison is in
/// UTC seconds, so the buffer is real time.
public enum IntakeSlots {
    /// Every free slot of `request`, in time order, each start at most once.
    ///
    /// Starts are taken in each weekly window of each day from `request.from` to `request.to` (at most
    /// ``IntakeSlotRequest/longestRangeDays`` days are looked at): the window's start, then every
    /// `request.stepMinutes` after it, while the interview ends inside the window. Slots may overlap one another:
    /// booking one takes the others that fall within it and its buffer (see ``recheck(_:in:notBefore:excluding:)``).
    public static func free(in hours: IntakeHours, _ request: IntakeSlotRequest) -> [IntakeSlot] {
        guard request.from <= request.to else { return [] }
        let lastDay = min(request.to.dayNumber, request.from.dayNumber + IntakeSlotRequest.longestRangeDays - 1)
        var seen: Set<LocalDateTime> = []
        var slots: [IntakeSlot] = []
        for dayNumber in request.from.dayNumber...lastDay {
            let date = LocalDate(dayNumber: dayNumber)
            // Whole-day rules first: a closed day costs no time-zone work.
            guard closure(on: date, in: hours) == nil, !hours.awayDates.contains(date) else { continue }
            let windows = hours.weekly.filter { $0.weekday == Weekday(of: date) }.sorted { $0.from < $1.from }
            for window in windows {
                var minute = window.from.minuteOfDay
                while minute + request.lengthMinutes <= window.to.minuteOfDay {
                    let start = date.atMinute(minute)
                    minute += request.stepMinutes
                    guard seen.insert(start).inserted else { continue }
                    let check = self.check(
                        start: start,
                        lengthMinutes: request.lengthMinutes,
                        modes: request.modes,
                        in: hours,
                        notBefore: request.notBefore,
                        excluding: nil
                    )
                    if case .free(let slot) = check { slots.append(slot) }
                }
            }
        }
        return slots.sorted()
    }

    /// Checks again, with the data of now, a slot that was offered earlier: at booking, a slot that has become
    /// busy since (a new calendar event, another interview booked, a closure added) is refused with its reasons.
    ///
    /// - Parameters:
    ///   - slot: the slot chosen (its staff member, wall-clock start and length, and modes are what counts).
    ///   - hours: the staff member's hours as they are now, with every interview booked so far.
    ///   - notBefore: the earliest start allowed now.
    ///   - excluding: an interview to ignore among the booked ones: the one being moved.
    /// - Returns: the slot, free, or the reasons it is taken.
    public static func recheck(
        _ slot: IntakeSlot,
        in hours: IntakeHours,
        notBefore: Instant?,
        excluding: IntakeInterview.ID? = nil
    ) -> IntakeSlotCheck {
        guard slot.staff == hours.staff else { return .taken([.otherStaffMember]) }
        return check(
            start: slot.start,
            lengthMinutes: slot.lengthMinutes,
            modes: slot.modes,
            in: hours,
            notBefore: notBefore,
            excluding: excluding
        )
    }

    /// Every rule of the table above, for an interview of `lengthMinutes` starting at `start`.
    public static func check(
        start: LocalDateTime,
        lengthMinutes: Int,
        modes: [InterviewMode],
        in hours: IntakeHours,
        notBefore: Instant?,
        excluding: IntakeInterview.ID?
    ) -> IntakeSlotCheck {
        var conflicts: [IntakeConflict] = []
        let length = max(1, lengthMinutes)
        if TimeZoneAuthority.occurrence(of: start, in: hours.timeZone) == .skipped {
            conflicts.append(.nonexistentTime)
        }
        let startUTC = TimeZoneConversion.utcSeconds(of: start, in: hours.timeZone)
        let endUTC = startUTC + Int64(length) * 60
        let wallEnd = start.adding(minutes: length)
        guard let startInstant = Instant(secondsSince1970: startUTC), let endInstant = Instant(secondsSince1970: endUTC)
        else { return .taken(conflicts + [.outsideHours]) }
        if !conflicts.contains(.nonexistentTime),
            TimeZoneConversion.localDateTime(of: endInstant, in: hours.timeZone) != wallEnd
        {
            conflicts.append(.daylightSavingChange)
        }
        if let closure = closure(on: start.date, in: hours) { conflicts.append(.closed(reason: closure.reason)) }
        if hours.awayDates.contains(start.date) { conflicts.append(.away) }
        if !hours.weekly.contains(where: { $0.contains(start: start, minutes: length) }) {
            conflicts.append(.outsideHours)
        }
        if let notBefore, startInstant < notBefore { conflicts.append(.tooSoon) }
        let buffer = Int64(max(0, hours.bufferMinutes)) * 60
        let kinds = hours.calendars.compactMap { $0.busyness(from: startUTC - buffer, to: endUTC + buffer) }
        if kinds.contains(.busy) {
            conflicts.append(.busy)
        } else if kinds.contains(.tentative) {
            conflicts.append(.tentative)
        }
        for booking in hours.booked.sorted(by: { $0.start < $1.start }) where booking.id != excluding {
            let bookedStart = booking.start.secondsSince1970
            let bookedEnd = booking.end.secondsSince1970
            if bookedStart < endUTC + buffer, startUTC - buffer < bookedEnd { conflicts.append(.booked(booking.id)) }
        }
        guard conflicts.isEmpty else { return .taken(conflicts) }
        return .free(
            IntakeSlot(
                staff: hours.staff,
                start: start,
                end: wallEnd,
                startInstant: startInstant,
                endInstant: endInstant,
                modes: modes
            )
        )
    }

    private static func closure(on date: LocalDate, in hours: IntakeHours) -> Closure? {
        hours.closures.first { $0.contains(date) }
    }
}

internal import CLibical
import Phrasebook

/// One occurrence of an event, in UTC seconds, and the event it comes from.
struct EventOccurrence {
    /// The start, UTC seconds.
    let start: Int64
    /// The end, UTC seconds, excluded.
    let end: Int64
    /// The master or override component: for an occurrence a `RANGE=THISANDFUTURE` override governs, that
    /// override, whose length and status it has.
    let event: EventComponent
}

/// Expands events into the occurrences that overlap a window.
///
/// `icalrecur_iterator` gives the `RRULE` dates in the event's wall-clock time (so a weekly 19:00 event stays at
/// 19:00 across daylight-saving changes); `RDATE`s are added, `EXDATE`s removed, and occurrences that a
/// `RECURRENCE-ID` override replaces are dropped (the override is an event of its own, moved, shortened or
/// cancelled). An override with `RANGE=THISANDFUTURE` also governs every later occurrence of its series (see
/// ``FutureOverrides``). `icalcomponent_foreach_recurrence` is not used: it resolves `TZID`s only through
/// libical's own lookup (Windows and prefixed names would float), and cannot skip to the window as the iterator
/// can.
struct EventExpansion {
    typealias ExtraEnd = EventComponent.ExtraDate.End

    /// The window, UTC seconds: occurrences that overlap it are kept.
    let window: Range<Int64>
    /// The zone of dates and floating times.
    let defaultClock: ZoneClock

    /// The most `RRULE` dates one rule may produce in one read.
    static let iterationLimit = 100_000

    /// The occurrences of every event that overlap the window, overrides replacing the occurrences they name;
    /// a rule that cannot be expanded is recorded in `problems` and its event left out.
    func occurrences(of events: [EventComponent], problems: inout [CalendarImportError]) -> [EventOccurrence] {
        var replaced: [String: Set<Int64>] = [:]
        var futures: [String: FutureOverrides] = [:]
        for event in events {
            guard let uid = event.uid, let recurrenceID = event.recurrenceID else { continue }
            let instant = recurrenceID.utcSeconds(defaultClock: defaultClock)
            replaced[uid, default: []].insert(instant)
            if event.isThisAndFuture {
                futures[uid, default: FutureOverrides()].add(event, at: instant, defaultClock: defaultClock)
            }
        }
        var occurrences: [EventOccurrence] = []
        for event in events {
            if event.recurrenceID != nil {
                append(event.start, end: .eventLength, of: event, to: &occurrences)
                continue
            }
            let overridden = event.uid.flatMap { replaced[$0] } ?? []
            let future = event.uid.flatMap { futures[$0] } ?? FutureOverrides()
            let excludedDays = Set(event.exceptions.filter(\.isDate).map(\.day))
            let excludedTimes = Set(
                event.exceptions.filter { !$0.isDate }.map { $0.utcSeconds(defaultClock: defaultClock) }
            )
            let starts: [(CalendarTime, ExtraEnd)]
            do {
                starts = try self.starts(of: event, margin: future.margin)
            } catch {
                problems.append(error)
                continue
            }
            var seen: Set<Int64> = []
            for (start, end) in starts {
                let utc = start.utcSeconds(defaultClock: defaultClock)
                guard seen.insert(utc).inserted, !overridden.contains(utc), !excludedTimes.contains(utc),
                    !excludedDays.contains(start.day)
                else { continue }
                if let override = future.governing(utc) {
                    let length = end.lengthInSeconds(from: start, defaultClock: defaultClock)
                    let movedEnd: ExtraEnd = length.map { .duration(days: 0, seconds: $0) } ?? .eventLength
                    append(override.moved(start), end: movedEnd, of: override.event, to: &occurrences)
                } else {
                    append(start, utc: utc, end: end, of: event, to: &occurrences)
                }
            }
        }
        return occurrences
    }

    // MARK: - Private helpers

    /// DTSTART, the `RRULE` dates and the `RDATE`s, in this order (`EXDATE`s are removed by the caller); the
    /// rules are expanded `margin` seconds further on each side, for occurrences that future overrides move.
    private func starts(
        of event: EventComponent,
        margin: Int64
    ) throws(CalendarImportError) -> [(CalendarTime, ExtraEnd)] {
        var starts: [(CalendarTime, ExtraEnd)] = [(event.start, .eventLength)]
        for rule in event.rules {
            for start in try ruleStarts(rule, of: event, margin: margin) { starts.append((start, .eventLength)) }
        }
        return starts + event.extraDates.map { ($0.start, $0.end) }
    }

    /// The dates of one `RRULE`, in the event's wall-clock time, from a little before the window to a little
    /// after it.
    private func ruleStarts(
        _ property: OpaquePointer,
        of event: EventComponent,
        margin: Int64
    ) throws(CalendarImportError)
        -> [CalendarTime]
    {
        let clock: ZoneClock
        let isDate: Bool
        switch event.start {
        case .date: (clock, isDate) = (defaultClock, true)
        case .dateTime(_, let zone): (clock, isDate) = (zone, false)
        }
        var rule = icalproperty_get_rrule(property)
        rule.until = wallClockUntil(rule.until, clock: clock, isDate: isDate)
        let startWall: Int64
        switch event.start {
        case .date(let day): startWall = Int64(day) * 86_400
        case .dateTime(let wall, _): startWall = wall
        }
        let dtstart = isDate ? LibicalTime.date(dayNumber: event.start.day) : LibicalTime.fields(wallSeconds: startWall)
        guard let iterator = icalrecur_iterator_new(rule, dtstart) else {
            throw event.reader.recurrenceError(property, Phrase("calendar.rule.notExpandable"))
        }
        defer { icalrecur_iterator_free(iterator) }
        let firstWall = clock.wallSeconds(utc: window.lowerBound) - event.length.longest - margin - 2 * 86_400
        let lastWall = clock.wallSeconds(utc: window.upperBound) + margin + 2 * 86_400
        if rule.count == 0, firstWall > startWall {
            let skip =
                isDate
                ? LibicalTime.date(dayNumber: Self.day(of: firstWall)) : LibicalTime.fields(wallSeconds: firstWall)
            _ = icalrecur_iterator_set_start(iterator, skip)
        }
        var starts: [CalendarTime] = []
        var steps = 0
        while true {
            let next = icalrecur_iterator_next(iterator)
            guard icaltime_is_null_time(next) == 0, let wall = LibicalTime.wallSeconds(of: next), wall <= lastWall
            else { break }
            steps += 1
            guard steps <= Self.iterationLimit else {
                throw event.reader.recurrenceError(
                    property,
                    Phrase("calendar.rule.tooMany", ["limit": .number(Self.iterationLimit)])
                )
            }
            starts.append(isDate ? .date(Self.day(of: wall)) : .dateTime(wall, clock))
        }
        return starts
    }

    /// `UNTIL` in the event's wall-clock time, so that the iterator compares like with like: a UTC `UNTIL`
    /// (RFC 5545 §3.3.10) becomes the wall time of that instant (its day for an all-day event, as Outlook
    /// writes `UNTIL=…T230000Z` for all-day series), and a DATE `UNTIL` on a DATE-TIME event covers its whole day.
    private func wallClockUntil(_ until: icaltimetype, clock: ZoneClock, isDate: Bool) -> icaltimetype {
        guard icaltime_is_null_time(until) == 0, let fields = LibicalTime.wallSeconds(of: until) else { return until }
        if icaltime_is_utc(until) != 0 {
            let wall = clock.wallSeconds(utc: fields)
            return isDate ? LibicalTime.date(dayNumber: Self.day(of: wall)) : LibicalTime.fields(wallSeconds: wall)
        }
        if until.is_date != 0, !isDate { return LibicalTime.fields(wallSeconds: fields + 86_399) }
        return until
    }

    private func append(
        _ start: CalendarTime,
        utc: Int64? = nil,
        end: ExtraEnd,
        of event: EventComponent,
        to occurrences: inout [EventOccurrence]
    ) {
        let startUTC = utc ?? start.utcSeconds(defaultClock: defaultClock)
        guard startUTC < window.upperBound else { return }
        let endUTC: Int64
        switch end {
        case .eventLength: endUTC = event.length.end(of: start, startingAt: startUTC, defaultClock: defaultClock)
        case .time(let time): endUTC = time.utcSeconds(defaultClock: defaultClock)
        case .duration(let days, let seconds):
            endUTC = start.utcSeconds(addingDays: days, seconds: seconds, defaultClock: defaultClock)
        }
        guard endUTC > startUTC, endUTC > window.lowerBound else { return }
        occurrences.append(EventOccurrence(start: startUTC, end: endUTC, event: event))
    }

    private static func day(of wall: Int64) -> Int {
        Int(wall >= 0 ? wall / 86_400 : (wall - 86_399) / 86_400)
    }
}

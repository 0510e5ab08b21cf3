internal import CLibical

/// Shapes a copy of libical's `VTIMEZONE` (RFC 5545 §3.6.5) the way Outlook reads it: one `STANDARD` and one
/// `DAYLIGHT` observance covering the file's events (one `STANDARD` for a zone without daylight saving), no
/// history, no `X-LIC-LOCATION`.
///
/// Nothing is written by hand: the observances, their `RRULE`s and offsets are libical's, built from the system
/// tzdata; this type only selects among them.
/// 1. libical's tzdata reader splits a zone's current rule at 2037 (the end of the TZif transition table) into
///    two observances of the same kind and the same rule: those are joined again by dropping the `UNTIL` of
///    the first and the second observance.
/// 2. `icaltimezone_truncate_vtimezone` in its Microsoft-compatible mode removes what ends before the span
///    starts (without moving the `DTSTART` of the rules still in force, which Outlook does not like), and
///    replaces it by one observance of the offset in force then when no rule is.
/// 3. Observances that start after the span ends (future rule changes) are removed.
///
/// When the zone's rules change during the span (Europe/Zurich moved the end of summer time from September
/// to October in 1996), the observances of both rules are kept: the times stay right for every RFC 5545
/// reader, at the cost of more than one `STANDARD` or `DAYLIGHT`, which Outlook may read as the first pair only.
/// Call every function with ``builtinTimeZoneLock`` held.
enum TimeZoneDefinition {
    /// Shapes `vtimezone` (owned by the caller) for events from 1 January of `firstYear` (UTC) to 1 January of
    /// `endYear` (excluded; `nil` when some event repeats without end); with no `firstYear` (a file without
    /// events), for the rules in force today and from now on.
    static func shape(_ vtimezone: OpaquePointer, firstYear: Int?, endYear: Int?) {
        joinSplitRules(in: vtimezone)
        let latestStart = observances(of: vtimezone).map { Int(start(of: $0).year) }.max() ?? 1969
        let startYear = firstYear ?? latestStart + 1
        icaltimezone_truncate_vtimezone(vtimezone, LibicalTime.utcNewYear(startYear), icaltime_null_time(), 1)
        if let endYear {
            let end = LibicalTime.utcNewYear(endYear)
            for observance in observances(of: vtimezone) where icaltime_compare(start(of: observance), end) >= 0 {
                icalcomponent_remove_component(vtimezone, observance)
                icalcomponent_free(observance)
            }
        }
        removeProperties(named: "X-LIC-LOCATION", from: vtimezone)
    }

    /// The `STANDARD` and `DAYLIGHT` components, in order.
    static func observances(of vtimezone: OpaquePointer) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        var child = icalcomponent_get_first_component(vtimezone, ICAL_ANY_COMPONENT)
        while let current = child {
            let kind = icalcomponent_isa(current)
            if kind == ICAL_XSTANDARD_COMPONENT || kind == ICAL_XDAYLIGHT_COMPONENT { found.append(current) }
            child = icalcomponent_get_next_component(vtimezone, ICAL_ANY_COMPONENT)
        }
        return found
    }

    // MARK: - Private helpers

    /// Joins each observance whose `RRULE` ends with `UNTIL` to the next observance of the same kind when that
    /// one only continues it: same offsets, same name, same rule but for `UNTIL`, and its `DTSTART` the rule's
    /// next onset after `UNTIL`.
    private static func joinSplitRules(in vtimezone: OpaquePointer) {
        var list = observances(of: vtimezone)
        var index = 0
        while index < list.count {
            let first = list[index]
            guard let next = list[(index + 1)...].first(where: { icalcomponent_isa($0) == icalcomponent_isa(first) }),
                continues(next, first)
            else {
                index += 1
                continue
            }
            guard let firstRule = icalcomponent_get_first_property(first, ICAL_RRULE_PROPERTY),
                let nextRule = icalcomponent_get_first_property(next, ICAL_RRULE_PROPERTY)
            else { break }
            var joined = icalproperty_get_rrule(firstRule)
            joined.until = icalproperty_get_rrule(nextRule).until
            icalproperty_set_rrule(firstRule, joined)
            icalcomponent_remove_component(vtimezone, next)
            icalcomponent_free(next)
            list = observances(of: vtimezone)
        }
    }

    /// Whether observance `next` only continues the rule of `first` after its `UNTIL`.
    ///
    /// It must have the same offset after the change, the same name, the same rule but for `UNTIL`, and its
    /// `DTSTART` either the rule's next onset after `UNTIL`, or, when it changes nothing (`TZOFFSETFROM` equal to
    /// `TZOFFSETTO`), a moment before that onset. The second form is libical's mark at 2038-01-19T03:14:07Z, the end of 32-bit time, for zones in summer
    /// time then (Santiago, Sydney).
    private static func continues(_ next: OpaquePointer, _ first: OpaquePointer) -> Bool {
        guard let firstRule = icalcomponent_get_first_property(first, ICAL_RRULE_PROPERTY),
            let nextRule = icalcomponent_get_first_property(next, ICAL_RRULE_PROPERTY),
            icalcomponent_get_first_property(first, ICAL_RDATE_PROPERTY) == nil,
            icalcomponent_get_first_property(next, ICAL_RDATE_PROPERTY) == nil,
            text(of: first, ICAL_TZOFFSETTO_PROPERTY) == text(of: next, ICAL_TZOFFSETTO_PROPERTY),
            text(of: first, ICAL_TZNAME_PROPERTY) == text(of: next, ICAL_TZNAME_PROPERTY)
        else { return false }
        var rule = icalproperty_get_rrule(firstRule)
        guard icaltime_is_null_time(rule.until) == 0, rule.count == 0 else { return false }
        var nextRuleValue = icalproperty_get_rrule(nextRule)
        var until = rule.until
        rule.until = icaltime_null_time()
        nextRuleValue.until = icaltime_null_time()
        guard ruleText(&rule) == ruleText(&nextRuleValue) else { return false }
        // The first onset of the unbounded rule after UNTIL.
        guard let iterator = icalrecur_iterator_new(rule, start(of: first)) else { return false }
        defer { icalrecur_iterator_free(iterator) }
        until.zone = nil
        until.is_date = 0
        _ = icalrecur_iterator_set_start(iterator, icaltime_add(until, icaldurationtype_from_int(86_400)))
        let onset = icalrecur_iterator_next(iterator)
        guard icaltime_is_null_time(onset) == 0 else { return false }
        let nextStart = start(of: next)
        if icaltime_compare(onset, nextStart) == 0 {
            return text(of: first, ICAL_TZOFFSETFROM_PROPERTY) == text(of: next, ICAL_TZOFFSETFROM_PROPERTY)
        }
        let changesNothing = text(of: next, ICAL_TZOFFSETFROM_PROPERTY) == text(of: next, ICAL_TZOFFSETTO_PROPERTY)
        return changesNothing && icaltime_compare(nextStart, until) > 0 && icaltime_compare(nextStart, onset) < 0
    }

    /// The `DTSTART` of an observance (its local time of onset).
    private static func start(of observance: OpaquePointer) -> icaltimetype {
        guard let property = icalcomponent_get_first_property(observance, ICAL_DTSTART_PROPERTY) else {
            return icaltime_null_time()
        }
        return icalproperty_get_dtstart(property)
    }

    private static func text(of component: OpaquePointer, _ kind: icalproperty_kind) -> String? {
        guard let property = icalcomponent_get_first_property(component, kind),
            let value = icalproperty_get_value_as_string_r(property)
        else { return nil }
        defer { icalmemory_free_buffer(value) }
        return String(cString: value)
    }

    private static func ruleText(_ rule: inout icalrecurrencetype) -> String {
        guard let text = icalrecurrencetype_as_string_r(&rule) else { return "" }
        defer { icalmemory_free_buffer(text) }
        return String(cString: text)
    }

    private static func removeProperties(named name: String, from component: OpaquePointer) {
        var property = icalcomponent_get_first_property(component, ICAL_X_PROPERTY)
        var doomed: [OpaquePointer] = []
        while let current = property {
            if let xName = icalproperty_get_x_name(current), String(cString: xName) == name { doomed.append(current) }
            property = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)
        }
        for current in doomed {
            icalcomponent_remove_property(component, current)
            icalproperty_free(current)
        }
    }
}

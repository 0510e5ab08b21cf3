internal import CLibical
internal import PlanningDomain

/// Writes a ``CalendarDocument`` as iCalendar (RFC 5545) bytes through libical.
///
/// Every component, property and parameter is built with libical's constructors and the text comes only
/// from `icalcomponent_as_ical_string_r`: libical escapes `,` `;` `\` and line breaks in TEXT values,
/// folds lines at 75 octets without splitting a UTF-8 sequence, and ends every line with CRLF (§3.1).
/// The same document always gives the same bytes: no clock, no randomness, a fixed property order.
/// All libical work of one call runs synchronously on the caller's thread.
public enum ICSWriter {
    /// The document as an iCalendar object: `VCALENDAR` (RFC 5545 §3.4) with `PRODID` (§3.7.3),
    /// `VERSION:2.0` (§3.7.4), `CALSCALE:GREGORIAN` (§3.7.1), `METHOD` (§3.7.2), `X-WR-CALNAME`
    /// (§3.8.8.2) when named, one `VTIMEZONE` (§3.6.5), then the `VEVENT`s (§3.6.1) in order.
    ///
    /// The `VTIMEZONE` has one `STANDARD` and one `DAYLIGHT` observance (one `STANDARD` for a zone without
    /// daylight saving), as Outlook reads it, covering the events from 1 January of the year before the earliest
    /// (so that reminders and early-morning events on 1 January are covered) to the end of the year after the
    /// last occurrence (with no end when an event repeats without end); with no event, the rules in force
    /// today. See `TimeZoneDefinition` for a zone whose rules change during that span.
    ///
    /// - Throws: ``CalendarError/Code/unknownTimeZone`` when the zone is not in the system tzdata,
    ///   ``CalendarError/Code/invalidEvent`` for an event that cannot be written (end not after start,
    ///   negative sequence or reminder, empty UID, stamp outside 1970–9999), ``CalendarError/Code/libical``
    ///   when libical fails.
    public static func bytes(for document: CalendarDocument) throws(CalendarError) -> [UInt8] {
        for event in document.events {
            try event.validate()
        }
        guard CalendarTimeZones.isKnown(document.timeZone) else {
            throw CalendarError.unknownTimeZone(document.timeZone)
        }
        let root = try CalendarComponent.calendar()
        let calendar = ComponentBuilder(root.pointer)
        try addCalendarProperties(of: document, to: calendar)
        let firstYear = document.events.map(\.start.date.year).min().map { max(1, $0 - 1) }
        let lastYears = document.events.map(\.lastYear)
        let endYear = lastYears.contains(nil) ? nil : lastYears.compactMap(\.self).max().map { $0 + 2 }
        try CalendarTimeZones.attachDefinition(
            of: document.timeZone,
            from: firstYear,
            until: endYear,
            to: calendar
        )
        for event in document.events {
            try addEvent(event, timeZone: document.timeZone, to: calendar)
        }
        return try root.icsBytes()
    }

    // MARK: - Calendar properties

    /// `PRODID`, `VERSION`, `CALSCALE`, `METHOD` and the optional `X-WR-CALNAME`, in this order.
    private static func addCalendarProperties(
        of document: CalendarDocument,
        to calendar: ComponentBuilder
    ) throws(CalendarError) {
        try calendar.add("PRODID", icalproperty_new_prodid(CalendarText.text(document.productID)))
        try calendar.add("VERSION", icalproperty_new_version("2.0"))
        try calendar.add("CALSCALE", icalproperty_new_calscale("GREGORIAN"))
        try calendar.add("METHOD", icalproperty_new_method(document.method.libicalValue))
        if let name = document.name, !name.isEmpty {
            // libical escapes line breaks in an X- property but leaves `,` and `;` as they are.
            let property = try calendar.add("X-WR-CALNAME", icalproperty_new_x(CalendarText.text(name)))
            icalproperty_set_x_name(property, "X-WR-CALNAME")
        }
    }
}

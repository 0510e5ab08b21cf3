internal import CLibical
internal import PlanningDomain

extension ICSWriter {
    /// Attaches one `VEVENT` (RFC 5545 §3.6.1) to `calendar`, properties in the documented order.
    static func addEvent(_ event: CalendarEvent, timeZone: String, to calendar: ComponentBuilder) throws(CalendarError)
    {
        let vevent = try calendar.addChild("VEVENT", icalcomponent_new_vevent())
        try vevent.add("UID", icalproperty_new_uid(CalendarText.parameter(event.uid)))
        try addStamp(event.stamp, to: vevent)
        try vevent.add("SEQUENCE", icalproperty_new_sequence(Int32(event.sequence)))
        let start = try vevent.add("DTSTART", icalproperty_new_dtstart(LibicalTime.local(event.start)))
        try vevent.addParameter("TZID", icalparameter_new_tzid(timeZone), to: start)
        let end = try vevent.add("DTEND", icalproperty_new_dtend(LibicalTime.local(event.end)))
        try vevent.addParameter("TZID", icalparameter_new_tzid(timeZone), to: end)
        try addRecurrence(of: event, timeZone: timeZone, to: vevent)
        try vevent.add("SUMMARY", icalproperty_new_summary(CalendarText.text(event.summary)))
        if let description = event.description, !description.isEmpty {
            try vevent.add("DESCRIPTION", icalproperty_new_description(CalendarText.text(description)))
        }
        if let location = event.location, !location.isEmpty {
            try vevent.add("LOCATION", icalproperty_new_location(CalendarText.text(location)))
        }
        try vevent.add("STATUS", icalproperty_new_status(event.status.libicalValue))
        if let classification = event.classification {
            try vevent.add("CLASS", icalproperty_new_class(classification.libicalValue))
        }
        try vevent.add("TRANSP", icalproperty_new_transp(ICAL_TRANSP_OPAQUE))
        if let organizer = event.organizer {
            let property = try vevent.add("ORGANIZER", icalproperty_new_organizer(calendarAddress(organizer.email)))
            try addCommonName(organizer.name, to: property, of: vevent)
        }
        for attendee in event.attendees {
            try addAttendee(attendee, to: vevent)
        }
        if let reminder = event.reminder {
            try addAlarm(reminder, to: vevent)
        }
    }

    // MARK: - Private helpers

    /// `DTSTAMP` (RFC 5545 §3.8.7.2) for a UTC instant of 1970…9999.
    ///
    /// libical's DATE-TIME values refuse years after 3000 (`icaltime_is_valid_time`) and are then written
    /// `00000000T000000`. For those years the text libical formats from the same fields
    /// (`icaltime_as_ical_string_r`) is carried by a value kind libical does not range-check, under an explicit
    /// `VALUE=DATE-TIME`, which libical leaves out when writing since it is the property's default type.
    private static func addStamp(_ seconds: Int64, to vevent: ComponentBuilder) throws(CalendarError) {
        let time = LibicalTime.utc(secondsSinceEpoch: seconds)
        guard icaltime_is_valid_time(time) == 0 else {
            try vevent.add("DTSTAMP", icalproperty_new_dtstamp(time))
            return
        }
        guard let text = icaltime_as_ical_string_r(time) else {
            throw CalendarError.libical(.formatValue("DTSTAMP"))
        }
        defer { icalmemory_free_buffer(text) }
        let property = try vevent.add("DTSTAMP", icalproperty_new(ICAL_DTSTAMP_PROPERTY))
        guard let value = icalvalue_new_x(text) else {
            throw CalendarError.libical(.createValue("DTSTAMP"))
        }
        icalproperty_set_value(property, value)
        try vevent.addParameter("VALUE", icalparameter_new_value(ICAL_VALUE_DATETIME), to: property)
    }

    /// `ATTENDEE;CN=…;ROLE=…;PARTSTAT=…;RSVP=…:mailto:…` (RFC 5545 §3.8.4.1).
    private static func addAttendee(_ attendee: CalendarAttendee, to vevent: ComponentBuilder) throws(CalendarError) {
        let property = try vevent.add("ATTENDEE", icalproperty_new_attendee(calendarAddress(attendee.email)))
        try addCommonName(attendee.name, to: property, of: vevent)
        try vevent.addParameter("ROLE", icalparameter_new_role(attendee.role.libicalValue), to: property)
        try vevent.addParameter(
            "PARTSTAT",
            icalparameter_new_partstat(attendee.participation.libicalValue),
            to: property
        )
        let rsvp = attendee.rsvp ? ICAL_RSVP_TRUE : ICAL_RSVP_FALSE
        try vevent.addParameter("RSVP", icalparameter_new_rsvp(rsvp), to: property)
    }

    /// Adds the `CN` parameter (RFC 5545 §3.2.2), left out when empty.
    ///
    /// libical quotes the value when it holds `,` `;` or `:`, and encodes `"` as `^'` (RFC 6868).
    private static func addCommonName(
        _ name: String,
        to property: OpaquePointer,
        of component: ComponentBuilder
    ) throws(CalendarError) {
        let name = CalendarText.parameter(name)
        guard !name.isEmpty else { return }
        try component.addParameter("CN", icalparameter_new_cn(name), to: property)
    }

    /// A display `VALARM` (RFC 5545 §3.6.6): `ACTION:DISPLAY`, `TRIGGER:-PT…` and `DESCRIPTION`.
    private static func addAlarm(_ reminder: Reminder, to vevent: ComponentBuilder) throws(CalendarError) {
        let alarm = try vevent.addChild("VALARM", icalcomponent_new_valarm())
        try alarm.add("ACTION", icalproperty_new_action(ICAL_ACTION_DISPLAY))
        try alarm.add("TRIGGER", icalproperty_new_trigger(LibicalTime.trigger(minutesBefore: reminder.minutesBefore)))
        try alarm.add("DESCRIPTION", icalproperty_new_description(CalendarText.text(reminder.description)))
    }

    /// A `mailto:` calendar user address (RFC 5545 §3.3.3), the one value that is not plain text.
    private static func calendarAddress(_ email: String) -> String {
        "mailto:" + CalendarText.parameter(email)
    }
}

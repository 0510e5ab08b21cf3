import Calendaring

extension CalendarImportErrorCase {
    /// Lines libical cannot read: each was dropped silently before, or its problem could not be located.
    static let lines: [CalendarImportErrorCase] = [
        CalendarImportErrorCase(
            "a DTEND without ':'",
            event: ["DTSTART:20270206T100000Z", "DTEND 20270206T123000"],
            .invalidLine,
            value: "DTEND 20270206T123000",
            "test.ics:8: error: The line 'DTEND 20270206T123000' has no ':' between the property name and its value, "
                + "so libical drops it; expected 'DTEND:20270206T123000'."
        ),
        CalendarImportErrorCase(
            "an RRULE without ':'",
            event: ["DTSTART:20270206T100000Z", "DTEND:20270206T110000Z", "RRULE FREQ=WEEKLY;COUNT=4"],
            .invalidLine,
            value: "RRULE FREQ=WEEKLY;COUNT=4",
            "test.ics:9: error: The line 'RRULE FREQ=WEEKLY;COUNT=4' has no ':' between the property name and its "
                + "value, so libical drops it; expected 'RRULE:FREQ=WEEKLY;COUNT=4'."
        ),
        CalendarImportErrorCase(
            "a DTEND with a TZID but no ':'",
            event: ["DTSTART;TZID=Europe/Zurich:20270206T100000", "DTEND;TZID=Europe/Zurich 20270206T123000"],
            .invalidLine,
            value: "DTEND;TZID=Europe/Zurich 20270206T123000",
            "test.ics:8: error: The line 'DTEND;TZID=Europe/Zurich 20270206T123000' has no ':' between the property "
                + "name and its value, so libical drops it; expected 'DTEND;TZID=Europe/Zurich:20270206T123000'."
        ),
        CalendarImportErrorCase(
            "a SUMMARY without ':' is named, not quoted",
            event: ["DTSTART:20270206T100000Z", "SUMMARY Rendez-vous avec Zoé Müller"],
            .invalidLine,
            value: "SUMMARY",
            "test.ics:8: error: The SUMMARY line has no ':' between the property name and its value; expected "
                + "'SUMMARY:' followed by the value."
        ),
        CalendarImportErrorCase(
            "a folded line that lost its leading space",
            event: ["DTSTART:20270206T100000Z", "DESCRIPTION:Appeler Zoé,", "qui viendra avec sa sœur"],
            .invalidLine,
            value: nil,
            "test.ics:9: error: This line is neither a property written 'NAME:value' nor the continuation of a folded "
                + "line, which starts with a space; expected a line such as 'DTSTART:20270112T183000', or a space at "
                + "its start if it continues the line before."
        ),
        CalendarImportErrorCase(
            "a line without ':' in the calendar's own properties",
            CalendarImportFixtures.calendar(
                ["METHOD PUBLISH"] + CalendarImportFixtures.event(["DTSTART:20270105T100000Z"])
            ),
            .invalidLine,
            value: "METHOD PUBLISH",
            "test.ics:4: error: The line 'METHOD PUBLISH' has no ':' between the property name and its value, so "
                + "libical drops it; expected 'METHOD:PUBLISH'."
        ),
        CalendarImportErrorCase(
            "a line without ':' in a VTIMEZONE observance",
            CalendarImportFixtures.calendar(
                [
                    "BEGIN:VTIMEZONE", "TZID:Bureau", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                    "TZOFFSETFROM:+0100", "TZOFFSETTO +0100", "END:STANDARD", "END:VTIMEZONE",
                ] + CalendarImportFixtures.event(["DTSTART;TZID=Bureau:20270105T100000"])
            ),
            .invalidLine,
            value: "TZOFFSETTO +0100",
            "test.ics:9: error: The line 'TZOFFSETTO +0100' has no ':' between the property name and its value, so "
                + "libical drops it; expected 'TZOFFSETTO:+0100'."
        ),
        CalendarImportErrorCase(
            "a value type DTSTART does not allow",
            event: ["DTSTART;VALUE=PERIOD:20270206T100000Z/PT1H"],
            .invalidDateTime,
            value: "VALUE=PERIOD",
            "test.ics:7: error: The value type 'VALUE=PERIOD' is not allowed on DTSTART; expected 'VALUE=DATE' or "
                + "'VALUE=DATE-TIME'."
        ),
        CalendarImportErrorCase(
            "an unknown value type",
            event: ["DTSTART:20270206T100000Z", "DTEND;VALUE=FOO:20270206T123000Z"],
            .invalidDateTime,
            value: "VALUE=FOO",
            "test.ics:8: error: The value type 'VALUE=FOO' is not allowed on DTEND; expected 'VALUE=DATE' or "
                + "'VALUE=DATE-TIME'."
        ),
        CalendarImportErrorCase(
            "a bad date in an EXDATE list",
            event: [
                "DTSTART:20270105T100000Z", "DTEND:20270105T110000Z", "RRULE:FREQ=WEEKLY;COUNT=3",
                "EXDATE:20270112T100000Z,2027XX",
            ],
            .invalidDateTime,
            value: "2027XX",
            "test.ics:10: error: The EXDATE value '2027XX' is not a valid date or date-time; expected a value such as "
                + "'20270112T183000', '20270112T173000Z' or '20270112'."
        ),
        CalendarImportErrorCase(
            "a DTSTAMP libical cannot read",
            CalendarImportFixtures.calendar([
                "BEGIN:VEVENT", "UID:a@example.org", "DTSTAMP:yesterday", "DTSTART:20270105T100000Z", "END:VEVENT",
            ]),
            .invalidDateTime,
            value: "yesterday",
            "test.ics:6: error: The DTSTAMP value 'yesterday' is not a valid date or date-time; expected a value such as "
                + "'20270112T183000', '20270112T173000Z' or '20270112'."
        ),
        CalendarImportErrorCase(
            "an ATTENDEE parameter without '=' is named, not quoted",
            event: ["DTSTART:20270105T100000Z", "ATTENDEE;CN Zoé Müller:mailto:zoe@example.ch"],
            .invalidLine,
            value: nil,
            "test.ics:8: error: The ATTENDEE property has a parameter that cannot be read; expected parameters written "
                + "'NAME=value'."
        ),
    ]
}

import Calendaring

extension CalendarImportErrorCase {
    /// Files that are not iCalendar at all, or whose BEGIN and END lines do not pair up.
    static let files: [CalendarImportErrorCase] = [
        CalendarImportErrorCase(
            "Latin-1 text",
            latin1(
                CalendarImportFixtures.calendar(
                    CalendarImportFixtures.event(["DTSTART:20270105T100000Z", "SUMMARY:Café"])
                )
            ),
            .invalidCalendar,
            value: "0xE9",
            "test.ics:8: error: The byte '0xE9' is not valid UTF-8; expected a calendar file saved as UTF-8 text."
        ),
        CalendarImportErrorCase(
            "a NUL byte",
            CalendarImportFixtures.calendar(
                CalendarImportFixtures.event(["DTSTART:20270105T100000Z", "SUMMARY:A\u{0}"])
            ),
            .invalidCalendar,
            value: "0x00",
            "test.ics:8: error: The file holds a NUL byte '0x00'; expected an iCalendar text file, not a binary file."
        ),
        CalendarImportErrorCase(
            "a CSV file",
            Array("Title,Date\r\nAtelier,2027-01-05\r\n".utf8),
            .invalidCalendar,
            value: nil,
            "test.ics:1: error: The file does not start with 'BEGIN:VCALENDAR'; expected an iCalendar (.ics) file "
                + "exported from a calendar."
        ),
        CalendarImportErrorCase(
            "a lone VEVENT",
            Array("BEGIN:VEVENT\r\nDTSTART:20270105T100000Z\r\nEND:VEVENT\r\n".utf8),
            .invalidCalendar,
            value: nil,
            "test.ics:1: error: The file does not start with 'BEGIN:VCALENDAR'; expected an iCalendar (.ics) file "
                + "exported from a calendar."
        ),
        CalendarImportErrorCase(
            "an empty file",
            Array("\r\n  \r\n".utf8),
            .invalidCalendar,
            value: nil,
            "test.ics: error: The file is empty; expected an iCalendar object that starts with 'BEGIN:VCALENDAR'."
        ),
        CalendarImportErrorCase(
            "END:VEVENT missing",
            CalendarImportFixtures.calendar(["BEGIN:VEVENT", "UID:a@example.org", "DTSTART:20270105T100000Z"]),
            .invalidCalendar,
            value: "END:VCALENDAR",
            "test.ics:7: error: 'END:VCALENDAR' closes 'BEGIN:VEVENT' of line 4; expected 'END:VEVENT' first."
        ),
        CalendarImportErrorCase(
            "END:VCALENDAR missing",
            Array("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20270105T100000Z\r\nEND:VEVENT\r\n".utf8),
            .invalidCalendar,
            value: "BEGIN:VCALENDAR",
            "test.ics:1: error: 'BEGIN:VCALENDAR' is never closed; expected 'END:VCALENDAR' before the end of the file."
        ),
        CalendarImportErrorCase(
            "an END without BEGIN",
            Array("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n".utf8),
            .invalidCalendar,
            value: "END:VEVENT",
            "test.ics:3: error: 'END:VEVENT' has no matching 'BEGIN:VEVENT'; expected every END to close the "
                + "component opened last."
        ),
        CalendarImportErrorCase(
            "a VEVENT after the VCALENDAR",
            Array("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n".utf8),
            .invalidCalendar,
            value: "BEGIN:VEVENT",
            "test.ics:3: error: 'BEGIN:VEVENT' is outside any VCALENDAR; expected it between 'BEGIN:VCALENDAR' and "
                + "'END:VCALENDAR'."
        ),
    ]

    /// Time zones, dates and times.
    static let times: [CalendarImportErrorCase] = [
        CalendarImportErrorCase(
            "an unknown TZID on DTSTART and DTEND: two problems",
            event: ["DTSTART;TZID=Mars/Olympus_Mons:20270105T100000", "DTEND;TZID=Mars/Olympus_Mons:20270105T110000"],
            .unknownTimeZone,
            value: "Mars/Olympus_Mons",
            "test.ics:7: error: The time zone 'Mars/Olympus_Mons' is neither an IANA time-zone name, nor a Windows "
                + "time-zone name, nor defined by a VTIMEZONE in this file; expected a name such as 'Europe/Zurich'.\n"
                + "test.ics:8: error: The time zone 'Mars/Olympus_Mons' is neither an IANA time-zone name, nor a Windows "
                + "time-zone name, nor defined by a VTIMEZONE in this file; expected a name such as 'Europe/Zurich'."
        ),
        CalendarImportErrorCase(
            "an unknown TZID on EXDATE",
            event: [
                "DTSTART;TZID=Europe/Zurich:20270105T100000", "DTEND;TZID=Europe/Zurich:20270105T110000",
                "RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE;TZID=Europe/Zürich:20270112T100000",
            ],
            .unknownTimeZone,
            value: "Europe/Zürich",
            "test.ics:10: error: The time zone 'Europe/Zürich' is neither an IANA time-zone name, nor a Windows "
                + "time-zone name, nor defined by a VTIMEZONE in this file; expected a name such as 'Europe/Zurich'."
        ),
        CalendarImportErrorCase(
            "an unknown TZID in the second event, after an alarm",
            CalendarImportFixtures.calendar(
                CalendarImportFixtures.event([
                    "DTSTART:20270105T100000Z", "DTEND:20270105T110000Z", "BEGIN:VALARM", "ACTION:DISPLAY",
                    "TRIGGER:-PT15M", "DESCRIPTION:Rappel", "END:VALARM",
                ])
                    + CalendarImportFixtures.event(
                        ["DTSTART;TZID=Atlantis/Capital:20270106T100000"],
                        uid: "b@example.org"
                    )
            ),
            .unknownTimeZone,
            value: "Atlantis/Capital",
            "test.ics:18: error: The time zone 'Atlantis/Capital' is neither an IANA time-zone name, nor a Windows "
                + "time-zone name, nor defined by a VTIMEZONE in this file; expected a name such as 'Europe/Zurich'."
        ),
        CalendarImportErrorCase(
            "a DATE-TIME libical cannot read",
            event: ["DTSTART:20270105T100000Z", "DTEND:2027010XT200000"],
            .invalidDateTime,
            value: "2027010XT200000",
            "test.ics:8: error: The DTEND value '2027010XT200000' is not a valid date or date-time; expected a value "
                + "such as '20270112T183000', '20270112T173000Z' or '20270112'."
        ),
        CalendarImportErrorCase(
            "a date that does not exist",
            event: ["DTSTART;TZID=Europe/Zurich:20270230T100000"],
            .invalidDateTime,
            value: "20270230T100000",
            "test.ics:7: error: The DTSTART value '20270230T100000' is not a date or date-time that exists; expected "
                + "a real calendar day and a time from 00:00:00 to 23:59:59."
        ),
        CalendarImportErrorCase(
            "a TZID parameter without a value",
            event: ["DTSTART;TZID:20270105T100000"],
            .invalidDateTime,
            value: "TZID",
            "test.ics:7: error: The DTSTART property has a parameter that cannot be read, 'TZID'; expected "
                + "parameters such as 'TZID=Europe/Zurich' or 'VALUE=DATE'."
        ),
        CalendarImportErrorCase(
            "an empty DTSTART",
            event: ["DTSTART:", "SUMMARY:Atelier"],
            .invalidDateTime,
            value: nil,
            "test.ics:7: error: The DTSTART property has no value; expected a value such as '20270112T183000', "
                + "'20270112T173000Z' or '20270112'."
        ),
        CalendarImportErrorCase(
            "a VEVENT without DTSTART",
            event: ["DTEND:20270105T110000Z", "SUMMARY:Atelier"],
            .missingStart,
            value: nil,
            "test.ics:4: error: This VEVENT has no DTSTART; expected every event to have a start date or date-time."
        ),
    ]

    /// Recurrence rules and periods.
    static let periods: [CalendarImportErrorCase] = [
        CalendarImportErrorCase(
            "an RRULE libical cannot read",
            event: ["DTSTART:20270105T100000Z", "DTEND:20270105T110000Z", "RRULE:FREQ=FORTNIGHTLY"],
            .invalidRecurrence,
            value: "FREQ=FORTNIGHTLY",
            "test.ics:9: error: The recurrence rule 'FREQ=FORTNIGHTLY' cannot be read; expected a rule such as "
                + "'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T170000Z'."
        ),
        CalendarImportErrorCase(
            "a folded RRULE with a bad day, located on its first line",
            event: [
                "DTSTART:20270105T100000Z", "DTEND:20270105T110000Z",
                "RRULE:FREQ=WEEKLY;BYDAY=TU,XX;UNTIL=2027\r\n 0629T170000Z",
            ],
            .invalidRecurrence,
            value: "FREQ=WEEKLY;BYDAY=TU,XX;UNTIL=20270629T170000Z",
            "test.ics:9: error: The recurrence rule 'FREQ=WEEKLY;BYDAY=TU,XX;UNTIL=20270629T170000Z' cannot be read; "
                + "expected a rule such as 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T170000Z'."
        ),
        CalendarImportErrorCase(
            "an RRULE that repeats every second",
            event: ["DTSTART:20270105T100000Z", "DTEND:20270105T100001Z", "RRULE:FREQ=SECONDLY"],
            .invalidRecurrence,
            value: "FREQ=SECONDLY",
            "test.ics:9: error: The recurrence rule 'FREQ=SECONDLY' repeats more than 100000 times around the period "
                + "read; expected a rule such as 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T170000Z'."
        ),
        CalendarImportErrorCase(
            "DTEND before DTSTART",
            event: ["DTSTART:20270105T100000Z", "DTEND:20270105T090000Z"],
            .invalidPeriod,
            value: "20270105T090000Z",
            "test.ics:8: error: The DTEND '20270105T090000Z' is before the DTSTART '20270105T100000Z'; expected an "
                + "end after the start."
        ),
        CalendarImportErrorCase(
            "a negative DURATION",
            event: ["DTSTART:20270105T100000Z", "DURATION:-PT1H"],
            .invalidPeriod,
            value: "-PT1H",
            "test.ics:8: error: The DURATION '-PT1H' is negative; expected a duration such as 'PT1H30M' or 'P1D'."
        ),
        CalendarImportErrorCase(
            "a DURATION libical cannot read",
            event: ["DTSTART:20270105T100000Z", "DURATION:PXYZ"],
            .invalidPeriod,
            value: "PXYZ",
            "test.ics:8: error: The DURATION value 'PXYZ' is not a valid duration; expected a duration such as "
                + "'PT1H30M' or 'P1D'."
        ),
        CalendarImportErrorCase(
            "a FREEBUSY period libical cannot read",
            CalendarImportFixtures.calendar(["BEGIN:VFREEBUSY", "FREEBUSY:20270112T080000Z/tomorrow", "END:VFREEBUSY"]),
            .invalidPeriod,
            value: "20270112T080000Z/tomorrow",
            "test.ics:5: error: The FREEBUSY value '20270112T080000Z/tomorrow' is not a valid period; expected a "
                + "period such as '20270112T170000Z/20270112T183000Z' or '20270112T170000Z/PT1H30M'."
        ),
        CalendarImportErrorCase(
            "a FREEBUSY period that ends before it starts",
            CalendarImportFixtures.calendar([
                "BEGIN:VFREEBUSY", "FREEBUSY:20270112T080000Z/PT1H", "FREEBUSY:20270113T100000Z/20270113T080000Z",
                "END:VFREEBUSY",
            ]),
            .invalidPeriod,
            value: "20270113T100000Z/20270113T080000Z",
            "test.ics:6: error: The FREEBUSY period '20270113T100000Z/20270113T080000Z' ends before it starts; "
                + "expected an end after the start."
        ),
    ]

    /// `bytes` with every UTF-8 `é` replaced by its Latin-1 byte.
    private static func latin1(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if index + 1 < bytes.count, bytes[index] == 0xC3, bytes[index + 1] == 0xA9 {
                result.append(0xE9)
                index += 2
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}

import Calendaring
import Testing

/// What blocks time and how much: STATUS, TRANSP, Outlook's busy status, lengths, VFREEBUSY.
@Suite struct BusyTimeStatusTests {
    typealias F = CalendarImportFixtures

    /// The periods of one event at 2027-02-10 10:00–11:00 UTC with these extra properties.
    static func kinds(_ extra: [String]) throws -> [BusyKind] {
        try F.read(F.event(["DTSTART:20270210T100000Z", "DTEND:20270210T110000Z"] + extra)).map(\.kind)
    }

    @Test("Transparent, cancelled and Outlook-free events block no time")
    func notBusy() throws {
        #expect(try Self.kinds(["TRANSP:TRANSPARENT"]).isEmpty)
        #expect(try Self.kinds(["STATUS:CANCELLED"]).isEmpty)
        #expect(try Self.kinds(["X-MICROSOFT-CDO-BUSYSTATUS:FREE"]).isEmpty)
        #expect(try Self.kinds(["STATUS:TENTATIVE", "TRANSP:TRANSPARENT"]).isEmpty)
    }

    @Test("Tentative events are tentative, in either vocabulary")
    func tentative() throws {
        #expect(try Self.kinds(["STATUS:TENTATIVE"]) == [.tentative])
        #expect(try Self.kinds(["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "STATUS:CONFIRMED"]) == [.tentative])
    }

    @Test("Everything else is busy, Outlook's out-of-office included")
    func busy() throws {
        #expect(try Self.kinds([]) == [.busy])
        #expect(try Self.kinds(["STATUS:CONFIRMED", "TRANSP:OPAQUE"]) == [.busy])
        #expect(try Self.kinds(["X-MICROSOFT-CDO-BUSYSTATUS:OOF"]) == [.busy])
        #expect(try Self.kinds(["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]) == [.busy])
        #expect(try Self.kinds(["X-MICROSOFT-CDO-BUSYSTATUS:WORKINGELSEWHERE"]) == [.busy])
    }

    @Test("The length comes from DTEND, else DURATION; a DATE-TIME start alone blocks nothing")
    func lengths() throws {
        #expect(
            try F.read(F.event(["DTSTART:20270210T100000Z", "DURATION:PT45M"])) == [
                F.period("2027-02-10T10:00Z", "2027-02-10T10:45Z")
            ]
        )
        #expect(try F.read(F.event(["DTSTART:20270210T100000Z"])).isEmpty)
        #expect(try F.read(F.event(["DTSTART:20270210T100000Z", "DTEND:20270210T100000Z"])).isEmpty)
        // A DTEND in another zone than DTSTART.
        #expect(
            try F.read(
                F.event(["DTSTART;TZID=Europe/Zurich:20270210T100000", "DTEND;TZID=Europe/London:20270210T100000"])
            )
                == [F.period("2027-02-10T09:00Z", "2027-02-10T10:00Z")]
        )
        // A day of DURATION is a calendar day: 12:00 to 12:00 across the spring change is 23 hours.
        #expect(
            try F.read(F.event(["DTSTART;TZID=Europe/Zurich:20270327T120000", "DURATION:P1D"]))
                == [F.period("2027-03-27T11:00Z", "2027-03-28T10:00Z")]
        )
        // An all-day event whose DTEND is its DTSTART lasts the day, as without DTEND.
        #expect(
            try F.read(F.event(["DTSTART;VALUE=DATE:20270210", "DTEND;VALUE=DATE:20270210"]))
                == [F.period("2027-02-09T23:00Z", "2027-02-10T23:00Z")]
        )
    }

    @Test("VFREEBUSY periods: both forms, every FBTYPE")
    func freeBusy() throws {
        let periods = try F.read([
            "BEGIN:VFREEBUSY", "DTSTART:20270101T000000Z", "DTEND:20270201T000000Z",
            "FREEBUSY:20270112T080000Z/20270112T100000Z",
            "FREEBUSY;FBTYPE=BUSY-TENTATIVE:20270113T090000Z/PT1H,20270113T130000Z/20270113T133000Z",
            "FREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20270114T000000Z/P1D",
            "FREEBUSY;FBTYPE=FREE:20270115T080000Z/20270115T170000Z",
            "FREEBUSY;FBTYPE=BUSY:20261230T080000Z/PT1H", "END:VFREEBUSY",
        ])
        #expect(
            periods == [
                F.period("2027-01-12T08:00Z", "2027-01-12T10:00Z"),
                F.period("2027-01-13T09:00Z", "2027-01-13T10:00Z", .tentative),
                F.period("2027-01-13T13:00Z", "2027-01-13T13:30Z", .tentative),
                F.period("2027-01-14T00:00Z", "2027-01-15T00:00Z"),
            ]
        )
    }

    @Test("Every VCALENDAR of a file with several is read")
    func severalCalendars() throws {
        let first = F.calendar(F.event(["DTSTART:20270210T100000Z", "DURATION:PT1H"]))
        let second = F.calendar(
            F.event(["DTSTART:20270211T100000Z", "DURATION:PT1H", "STATUS:TENTATIVE"], uid: "b@example.org")
        )
        let busy = try BusyTimeReader.read(
            first + second,
            file: "two.ics",
            defaultTimeZone: "Europe/Zurich",
            from: F.windowStart,
            to: F.windowEnd
        )
        #expect(
            busy.periods == [
                F.period("2027-02-10T10:00Z", "2027-02-10T11:00Z"),
                F.period("2027-02-11T10:00Z", "2027-02-11T11:00Z", .tentative),
            ]
        )
    }

    @Test("Files with LF line ends and a byte-order mark read like CRLF files")
    func lineEndsAndByteOrderMark() throws {
        let crlf = F.calendar(F.event(["DTSTART:20270210T100000Z", "DURATION:PT1H", "SUMMARY:Réunion"]))
        let lf = [0xEF, 0xBB, 0xBF] + crlf.filter { $0 != 0x0D }
        let read = { (bytes: [UInt8]) in
            try BusyTimeReader.read(bytes, file: "x.ics", defaultTimeZone: "UTC", from: F.windowStart, to: F.windowEnd)
        }
        #expect(try read(lf) == read(crlf))
        #expect(try read(lf).periods.count == 1)
    }
}

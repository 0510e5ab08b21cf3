import Calendaring
import PlanningDomain
import Testing

@Suite struct ICSWriterErrorTests {
    @Test(arguments: ["Europe/Zürich", "Mars/Olympus_Mons", "", "../../etc/passwd", "/usr/share/zoneinfo/UTC"])
    func unknownTimeZoneThrowsNamingTheZone(zone: String) throws {
        var document = CalendarFixtures.invite
        document.timeZone = zone
        let error = try #require(throws: CalendarError.self) { try ICSWriter.bytes(for: document) }
        #expect(error.code == .unknownTimeZone)
        #expect(
            error.message
                == "The time zone '\(zone)' is not an IANA time-zone name known to the system tzdata; "
                + "expected a name such as 'Europe/Zurich'."
        )
    }

    @Test func endBeforeStartThrowsNamingOnlyTheUID() throws {
        var document = CalendarFixtures.invite
        document.events[1].end = document.events[1].start
        let error = try #require(throws: CalendarError.self) { try ICSWriter.bytes(for: document) }
        #expect(error.code == .invalidEvent)
        #expect(
            error.description
                == "Event 'founding1.proches-aidants-lausanne@entraide-vd.example': the end '2027-04-06T18:30' "
                + "is not after the start '2027-04-06T18:30'."
        )
        #expect(!error.message.contains("Zoé") && !error.message.contains("@example.ch"))
    }

    @Test func theSentenceIsWordedInTheReadersLanguage() throws {
        var zone = CalendarFixtures.invite
        zone.timeZone = "Europe/Zürich"
        let unknown = try #require(throws: CalendarError.self) { try ICSWriter.bytes(for: zone) }
        #expect(
            unknown.message(in: .french)
                == "Le fuseau horaire « Europe/Zürich » n'est pas un nom de fuseau IANA connu des données tzdata du "
                + "système ; un nom comme « Europe/Zurich » est attendu."
        )
        var reversed = CalendarFixtures.invite
        reversed.events[1].end = reversed.events[1].start
        let event = try #require(throws: CalendarError.self) { try ICSWriter.bytes(for: reversed) }
        #expect(
            event.message(in: .german)
                == "Termin «founding1.proches-aidants-lausanne@entraide-vd.example»: das Ende «2027-04-06T18:30» "
                + "liegt nicht nach dem Beginn «2027-04-06T18:30»."
        )
    }

    @Test func negativeSequenceReminderAndEmptyUIDThrow() throws {
        var negativeSequence = CalendarFixtures.invite
        negativeSequence.events[0].sequence = -1
        var negativeReminder = CalendarFixtures.invite
        negativeReminder.events[0].reminder = Reminder(minutesBefore: -5, description: "x")
        var emptyUID = CalendarFixtures.invite
        emptyUID.events[0].uid = ""
        var earlyStamp = CalendarFixtures.invite
        earlyStamp.events[0].stamp = -1
        for document in [negativeSequence, negativeReminder, emptyUID, earlyStamp] {
            let error = try #require(throws: CalendarError.self) { try ICSWriter.bytes(for: document) }
            #expect(error.code == .invalidEvent)
        }
    }
}

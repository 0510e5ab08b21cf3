import Calendaring
import EntraideTestSupport
import Foundation
import Intake
import PlanningDomain
import Testing

/// The interview's invitations: one attendee per file, REQUEST, move and CANCEL.
@Suite struct IntakeInvitationsTests {
    typealias F = IntakeFixtures

    static let organisation = Organisation(
        name: "Centre d'entraide Vaud",
        timeZone: "Europe/Zurich",
        language: .french,
        organiser: Contact(name: "Groupes d'entraide", email: "groupes@entraide-vd.example"),
        uidDomain: "entraide-vd.example",
        phone: "+41 21 555 12 34"
    )
    static let anne = Facilitator(id: "anne", name: "Anne Rochat", email: "anne.rochat@entraide-vd.example")
    static let initiator = IntakeInterview.Person(
        name: "Martine Favre",
        email: "martine.favre@example.ch",
        language: .german
    )
    static let stamp = Instant(iso8601: "2027-01-05T09:00:00Z") ?? .earliest

    static func interview(mode: InterviewMode = .centre) throws -> IntakeInterview {
        let slot = try #require(IntakeSlots.free(in: F.hours(), F.week).first { $0.key == "2027-01-12T10:00" })
        return IntakeInterview(
            id: "i-0007",
            group: "proches-aidants-lausanne",
            slot: slot,
            staff: anne,
            initiator: initiator,
            mode: mode,
            place: mode == .centre ? "Salle du Grand-Pont, Rue du Grand-Pont 2, 1003 Lausanne" : nil
        )
    }

    static func text(_ invitation: IntakeInvitation) throws -> String {
        String(decoding: try invitation.bytes(), as: UTF8.self)
    }

    @Test func aBookingSendsTwoRequestsWithOneAttendeeEach() throws {
        let invitations = IntakeInvitations(organisation: Self.organisation, stamp: Self.stamp)
            .request(try Self.interview())
        #expect(invitations.map(\.recipient) == [.initiator, .staff("anne")])
        #expect(invitations.map(\.recipient.fileName) == ["initiator.ics", "staff-anne.ics"])
        for invitation in invitations {
            let text = try Self.text(invitation)
            #expect(text.contains("METHOD:REQUEST\r\n"))
            #expect(text.contains("UID:intake.i-0007@entraide-vd.example\r\n"))
            #expect(text.contains("SEQUENCE:0\r\n"))
            #expect(text.contains("DTSTART;TZID=Europe/Zurich:20270112T100000\r\n"))
            #expect(text.contains("DTEND;TZID=Europe/Zurich:20270112T110000\r\n"))
            #expect(text.components(separatedBy: "ATTENDEE").count == 2)
            #expect(text.contains("ORGANIZER;CN=Groupes d'entraide:mailto:groupes@entraide-vd.example"))
        }
        let initiatorText = try Self.text(invitations[0])
        #expect(initiatorText.contains("mailto:martine.favre@example.ch"))
        #expect(initiatorText.contains("SUMMARY:Gespräch: eine Selbsthilfegruppe gründen"))
        #expect(initiatorText.contains("LOCATION:Salle du Grand-Pont\\, Rue du Grand-Pont 2\\, 1003 Lausanne"))
    }

    @Test func theStaffCopyNeverNamesTheInitiator() throws {
        let invitations = IntakeInvitations(organisation: Self.organisation, stamp: Self.stamp)
            .request(try Self.interview())
        let staff = try Self.text(invitations[1])
        for personal in ["Martine", "Favre", "martine.favre"] { #expect(!staff.contains(personal)) }
        #expect(staff.contains("ROLE=CHAIR"))
        #expect(staff.contains("SUMMARY:Entretien : ouvrir un groupe d'entraide"))
        #expect(staff.contains("proches-aidants-lausanne"))
    }

    @Test func aMoveKeepsTheUIDAndRaisesTheSequence() throws {
        let writer = IntakeInvitations(organisation: Self.organisation, stamp: Self.stamp)
        let interview = try Self.interview()
        let later = try #require(IntakeSlots.free(in: F.hours(), F.week).first { $0.key == "2027-01-14T15:00" })
        let (moved, invitations) = writer.move(interview, to: later, mode: .phone, place: .some(nil))
        #expect(moved.sequence == 1)
        #expect(moved.mode == .phone)
        #expect(moved.place == nil)
        for invitation in invitations {
            let text = try Self.text(invitation)
            #expect(text.contains("METHOD:REQUEST\r\n"))
            #expect(text.contains("UID:intake.i-0007@entraide-vd.example\r\n"))
            #expect(text.contains("SEQUENCE:1\r\n"))
            #expect(text.contains("DTSTART;TZID=Europe/Zurich:20270114T150000\r\n"))
        }
        #expect(try Self.text(invitations[0]).contains("LOCATION:Telefonisch"))
    }

    @Test func aCancellationIsACancelWithTheNextSequence() throws {
        let writer = IntakeInvitations(organisation: Self.organisation, stamp: Self.stamp)
        var interview = try Self.interview()
        interview.sequence = 1
        let (cancelled, invitations) = writer.cancel(interview)
        #expect(cancelled.isCancelled && cancelled.sequence == 2)
        for invitation in invitations {
            let text = try Self.text(invitation)
            #expect(text.contains("METHOD:CANCEL\r\n"))
            #expect(text.contains("STATUS:CANCELLED\r\n"))
            #expect(text.contains("SEQUENCE:2\r\n"))
            #expect(!text.contains("BEGIN:VALARM"))
        }
    }

    @Test func theBookedTimeIsTheSlotsInstants() throws {
        let interview = try Self.interview()
        let booking = try #require(interview.booking(in: F.zone))
        #expect(booking.start.iso8601 == "2027-01-12T09:00:00Z")
        #expect(booking.end.iso8601 == "2027-01-12T10:00:00Z")
    }

    @Test(.enabled(if: ProjectPython.has("icalendar"), "needs the project's Python with icalendar (scripts/test)"))
    func pythonIcalendarReadsEveryFile() throws {
        let writer = IntakeInvitations(organisation: Self.organisation, stamp: Self.stamp)
        let interview = try Self.interview(mode: .video)
        var files = writer.request(interview)
        files += writer.cancel(interview).invitations
        let script = """
            import sys, icalendar
            data = sys.stdin.buffer.read()
            for part in data.split(b"\\x00"):
                cal = icalendar.Calendar.from_ical(part)
                events = cal.walk("VEVENT")
                assert len(events) == 1, len(events)
                event = events[0]
                attendees = event.get("ATTENDEE")
                assert not isinstance(attendees, list), "one attendee per file"
                assert event.get("DTSTAMP") is not None and event.get("UID")
                print(cal.get("METHOD"), event.get("SEQUENCE"), event.decoded("DTSTART").isoformat())
            """
        let input = try files.map { try $0.bytes() }.joined(separator: [0])
        let result = try ProjectPython.run(script, input: Data(input))
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.text.split(separator: "\n") == [
                "REQUEST 0 2027-01-12T10:00:00+01:00", "REQUEST 0 2027-01-12T10:00:00+01:00",
                "CANCEL 1 2027-01-12T10:00:00+01:00", "CANCEL 1 2027-01-12T10:00:00+01:00",
            ]
        )
    }
}

import Calendaring
import PlanDocuments
import PlanningDomain
import Publication
import Testing

/// First publication, recipients, idempotence and the staff calendar.
@Suite struct PublisherFirstPublicationTests {
    @Test func firstPublicationRequestsEverySessionAtSequenceZeroFromEveryRecipient() throws {
        let fixture = PublicationFixture(participants: 3)
        let result = fixture.publisher(stamp: PublicationFixture.stamp).publish(fixture.plan())
        // Three participants and the facilitator, as chair of each of the four sessions.
        #expect(result.participantMessages.count == 4 * 3)
        #expect(result.facilitatorMessages.map(\.session) == SessionKind.groupSequence)
        #expect(result.messages.allSatisfy { $0.method == .request && $0.sequence == 0 && $0.reason == .new })
        let message = try #require(result.messages(.founding1)["p03"])
        #expect(message.fileName == "participants/p03/founding1.ics")
        let ics = try ICSReading(message.document)
        #expect(ics.value("METHOD") == "REQUEST")
        #expect(ics.eventCount == 1)
        #expect(ics.eventValues("UID") == [PublicationFixture.uid(.founding1)])
        #expect(ics.eventValues("SEQUENCE") == ["0"])
        #expect(ics.eventValues("STATUS") == ["CONFIRMED"])
        #expect(ics.eventValues("DTSTART") == ["20270126T183000"])
        #expect(ics.eventValues("DTSTAMP") == ["20270115T080000Z"])
        #expect(ics.eventValues("ATTENDEE") == ["mailto:p03@mail.example"])
        #expect(ics.eventValues("ORGANIZER") == ["mailto:centre@example.org"])
        #expect(ics.lines.contains("BEGIN:VTIMEZONE"))
        let records = result.publications
        #expect(records.map(\.kind) == SessionKind.groupSequence)
        #expect(records.allSatisfy { $0.sequence == 0 && !$0.isCancelled && $0.recipients.count == 3 })
        #expect(
            records.allSatisfy {
                $0.facilitator == "anne" && $0.facilitatorCopies == ["anne": RecipientCopy(sequence: 0)]
            }
        )
        let chair = try ICSReading(try #require(result.facilitatorMessages.first).document)
        #expect(chair.eventValues("ATTENDEE") == ["mailto:anne@staff.example"])
        #expect(chair.eventValues("ORGANIZER") == ["mailto:centre@example.org"])
        #expect(chair.text.contains("ROLE=CHAIR"))
        #expect(result.publication(.review)?.uid == PublicationFixture.uid(.review))
    }

    @Test func recipientsAreThoseWhoCanAttendAndHaveNotWithdrawn() throws {
        var fixture = PublicationFixture(participants: 4)
        fixture.answer("p02", "information-a", .ifNeedBe)
        fixture.answer("p03", "information-a", .no)
        let result = fixture.publisher(withdrawn: ["p04"]).publish(fixture.plan())
        let information = result.messages(.information)
        #expect(information.keys.sorted() == ["p01", "p02"])
        #expect(result.publication(.information)?.recipients.keys.sorted() == ["p01", "p02"])
        #expect(!result.messages.contains { $0.recipient == .participant("p04") })
    }

    @Test func messagesAreWordedInTheirRecipientsLanguage() throws {
        let fixture = PublicationFixture(participants: 2)
        let result = fixture.publisher().publish(fixture.plan())
        let german = try ICSReading(try #require(result.messages(.information)["p02"]).document)
        let french = try ICSReading(try #require(result.messages(.information)["p01"]).document)
        #expect(german.eventValues("SUMMARY") != french.eventValues("SUMMARY"))
        #expect(german.eventValues("UID") == french.eventValues("UID"))
    }

    @Test func publishingTheSamePlanTwiceSendsNothingTheSecondTime() {
        let fixture = PublicationFixture()
        let first = fixture.publisher(stamp: PublicationFixture.stamp).publish(fixture.plan())
        let second = fixture.publisher(first.publications).publish(fixture.plan())
        #expect(second.messages.isEmpty)
        #expect(!second.hasMessages)
        #expect(second.publications == first.publications)
        let third = fixture.publisher(second.publications, withdrawn: ["p02"]).publish(fixture.plan())
        let fourth = fixture.publisher(third.publications, withdrawn: ["p02"]).publish(fixture.plan())
        #expect(third.messages.count == 4)
        #expect(fourth.messages.isEmpty)
        #expect(fourth.publications == third.publications)
    }

    @Test func aMessageNamesOnlyItsRecipient() throws {
        let fixture = PublicationFixture(participants: 4)
        let result = fixture.publisher().publish(fixture.plan())
        for message in result.messages {
            let text = try ICSReading(message.document).text
            for participant in fixture.scenario.participants where .participant(participant.id) != message.recipient {
                #expect(!text.contains(participant.name))
                #expect(!text.contains(participant.email))
                #expect(!text.contains(participant.id.rawValue))
            }
            #expect(text.contains("mailto:\(message.addressee.email)"))
        }
    }

    @Test func theStaffCalendarPublishesCurrentSessionsAndNamesNobody() throws {
        let fixture = PublicationFixture(participants: 3)
        let result = fixture.publisher().publish(fixture.plan())
        let ics = try ICSReading(result.staffCalendar)
        #expect(ics.value("METHOD") == "PUBLISH")
        #expect(ics.eventValues("UID") == SessionKind.groupSequence.map(PublicationFixture.uid))
        #expect(ics.eventValues("SEQUENCE") == ["0", "0", "0", "0"])
        #expect(ics.eventLines("ATTENDEE").isEmpty)
        for participant in fixture.scenario.participants {
            #expect(!ics.text.contains(participant.name))
            #expect(!ics.text.contains(participant.email))
        }
        #expect(!ics.text.contains("AnneFacilitatrice"))
        #expect(!ics.text.contains("anne@staff.example"))
    }
}

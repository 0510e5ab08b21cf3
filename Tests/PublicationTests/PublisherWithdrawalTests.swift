import Calendaring
import PlanDocuments
import PlanningDomain
import Publication
import Testing

/// Withdrawn participants: a CANCEL of their own copies, nothing for the others.
@Suite struct PublisherWithdrawalTests {
    private let fixture = PublicationFixture(participants: 4)

    private func published() -> PublicationResult {
        fixture.publisher(stamp: PublicationFixture.stamp).publish(fixture.plan())
    }

    @Test func aWithdrawnParticipantGetsACancelOfEverySessionTheyHoldAndOthersGetNothing() throws {
        var previous = published().publications
        previous[0].recipients["p01"]?.reply = .tentative
        let result = fixture.publisher(previous, withdrawn: ["p03"]).publish(fixture.plan())
        #expect(
            result.participantMessages.map(\.fileName)
                == SessionKind.groupSequence.map { "participants/p03/\($0.rawValue).ics" }
        )
        for message in result.messages {
            #expect(message.method == .cancel && message.sequence == 1 && message.reason == .withdrawn)
            let ics = try ICSReading(message.document)
            #expect(ics.value("METHOD") == "CANCEL")
            #expect(ics.eventValues("UID") == [PublicationFixture.uid(message.session)])
            #expect(ics.eventValues("SEQUENCE") == ["1"])
            #expect(ics.eventValues("STATUS") == ["CANCELLED"])
            #expect(ics.eventValues("ATTENDEE") == ["mailto:p03@mail.example"])
            #expect(ics.eventLines("ATTENDEE").allSatisfy { $0.contains("RSVP=FALSE") })
        }
        for record in result.publications {
            #expect(record.sequence == 1)
            #expect(record.recipients["p03"] == RecipientCopy(sequence: 1, isCancelled: true))
            #expect(record.recipients["p02"] == RecipientCopy(sequence: 0))
        }
        #expect(result.publication(.information)?.recipients["p01"]?.reply == .tentative)
    }

    @Test func theCancelOfAWithdrawnParticipantCarriesTheSlotLastSentToThem() throws {
        var moved = fixture
        moved.add(PublicationFixture.slot("founding1-b", .founding1, "2027-01-28", "19:00"))
        let result = moved.publisher(published().publications, withdrawn: ["p02"]).publish(moved.plan(["founding1-b"]))
        let cancel = try #require(result.messages(.founding1)["p02"])
        #expect(cancel.method == .cancel && cancel.sequence == 1 && cancel.reason == .withdrawn)
        #expect(try ICSReading(cancel.document).eventValues("DTSTART") == ["20270126T183000"])
        #expect(result.messages(.founding1)["p01"]?.reason == .moved)
    }

    @Test func aParticipantWhoComesBackIsRequestedAboveTheSequenceOfTheirCancel() {
        let withdrawn = fixture.publisher(published().publications, withdrawn: ["p03"]).publish(fixture.plan())
        let back = fixture.publisher(withdrawn.publications).publish(fixture.plan())
        #expect(back.messages.count == 4)
        #expect(
            back.messages.allSatisfy {
                $0.recipient == .participant("p03") && $0.method == .request && $0.sequence == 2
                    && $0.reason == .newRecipient
            }
        )
        #expect(back.publications.allSatisfy { $0.sequence == 2 && $0.recipients["p03"] == RecipientCopy(sequence: 2) })
    }

    @Test func aMoveAfterAWithdrawalGoesAboveEveryCopyAndSkipsTheWithdrawn() {
        var moved = fixture
        let withdrawn = fixture.publisher(published().publications, withdrawn: ["p03"]).publish(fixture.plan())
        moved.add(PublicationFixture.slot("review-b", .review, "2027-06-08", "18:30"))
        let result = moved.publisher(withdrawn.publications, withdrawn: ["p03"]).publish(moved.plan(["review-b"]))
        #expect(result.participantMessages.map(\.recipient) == ["p01", "p02", "p04"].map { .participant($0) })
        #expect(result.messages.allSatisfy { $0.sequence == 2 && $0.reason == .moved })
        #expect(result.publication(.review)?.recipients["p03"] == RecipientCopy(sequence: 1, isCancelled: true))
    }

    @Test func aHolderMissingFromTheScenarioIsReportedAndKeepsTheirCopy() {
        let previous = published().publications
        var smaller = fixture
        smaller.scenario.participants.removeAll { $0.id == "p04" }
        let result = smaller.publisher(previous, withdrawn: ["p04"]).publish(smaller.plan())
        #expect(result.messages.isEmpty)
        #expect(result.unaddressed == [.participant("p04")])
        #expect(result.publications == previous)
    }
}

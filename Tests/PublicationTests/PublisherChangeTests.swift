import Calendaring
import Foundation
import PlanDocuments
import PlanningDomain
import Publication
import Testing

/// New recipients, moves, changed answers and cancelled sessions, one rule per test.
@Suite struct PublisherChangeTests {
    /// p01–p04 hold every session at SEQUENCE 0; p05 answered no everywhere.
    private func published() -> (PublicationFixture, PublicationResult) {
        var fixture = PublicationFixture(participants: 5)
        for kind in SessionKind.groupSequence { fixture.answer("p05", .init("\(kind.rawValue)-a"), .no) }
        return (fixture, fixture.publisher(stamp: PublicationFixture.stamp).publish(fixture.plan()))
    }

    @Test func aNewRecipientGetsARequestAtTheCurrentSequenceAndNobodyElseGetsAnything() throws {
        var (fixture, first) = published()
        fixture.answer("p05", "founding1-a", .ifNeedBe)
        let result = fixture.publisher(first.publications).publish(fixture.plan())
        #expect(result.messages.count == 1)
        let message = try #require(result.messages.first)
        #expect(
            message.recipient == .participant("p05") && message.session == .founding1 && message.reason == .newRecipient
        )
        let ics = try ICSReading(message.document)
        #expect(ics.value("METHOD") == "REQUEST")
        #expect(ics.eventValues("SEQUENCE") == ["0"])
        #expect(ics.eventValues("ATTENDEE") == ["mailto:p05@mail.example"])
        #expect(result.publication(.founding1)?.recipients["p05"] == RecipientCopy(sequence: 0))
        #expect(result.publication(.founding1)?.sequence == 0)
    }

    @Test func aLatecomerAddedToTheScenarioIsInvitedToWhatTheyCanAttend() {
        var (fixture, first) = published()
        fixture.scenario.participants.append(
            Participant(
                id: "p06",
                name: "Late",
                email: "p06@mail.example",
                language: .english,
                answers: ["founding1-a": .yes, "founding2-a": .yes]
            )
        )
        let result = fixture.publisher(first.publications).publish(fixture.plan())
        #expect(
            result.participantMessages.map(\.fileName) == [
                "participants/p06/founding1.ics", "participants/p06/founding2.ics",
            ]
        )
        #expect(result.messages.allSatisfy { $0.method == .request && $0.sequence == 0 })
    }

    @Test func aMovedSessionKeepsItsUIDAndIsRequestedAgainAtTheNextSequenceFromEveryRecipient() throws {
        var (fixture, first) = published()
        fixture.add(PublicationFixture.slot("founding2-b", .founding2, "2027-02-16", "18:30", venue: "old"))
        fixture.answer("p05", "founding2-b", .no)
        let result = fixture.publisher(first.publications).publish(fixture.plan(["founding2-b"]))
        let moved = result.messages(.founding2)
        #expect(result.participantMessages.count == 4)
        #expect(moved.keys.sorted() == ["p01", "p02", "p03", "p04"])
        // The facilitator's own copy moves with the session.
        let chair = try #require(result.facilitatorMessages.first)
        #expect(result.facilitatorMessages.count == 1 && chair.recipient == .facilitator("anne"))
        #expect(chair.method == .request && chair.sequence == 1 && chair.reason == .moved)
        #expect(try ICSReading(chair.document).eventValues("ATTENDEE") == ["mailto:anne@staff.example"])
        for message in moved.values {
            #expect(message.method == .request && message.sequence == 1 && message.reason == .moved)
            let ics = try ICSReading(message.document)
            #expect(ics.eventValues("UID") == [PublicationFixture.uid(.founding2)])
            #expect(ics.eventValues("SEQUENCE") == ["1"])
            #expect(ics.eventValues("DTSTART") == ["20270216T183000"])
            #expect(ics.eventLines("ATTENDEE").count == 1)
        }
        let record = try #require(result.publication(.founding2))
        #expect(record.sequence == 1 && record.slot == "founding2-b" && record.venue == "old")
        #expect(record.uid == PublicationFixture.uid(.founding2))
    }

    @Test func aRecipientWhoCannotAttendTheMovedSlotGetsACancelOfWhatTheyHeld() throws {
        var (fixture, first) = published()
        fixture.add(PublicationFixture.slot("founding2-b", .founding2, "2027-02-16", "18:30"))
        fixture.answer("p03", "founding2-b", .no)
        fixture.answer("p05", "founding2-b", .yes)
        let result = fixture.publisher(first.publications).publish(fixture.plan(["founding2-b"]))
        let messages = result.messages(.founding2)
        #expect(messages["p05"]?.reason == .newRecipient && messages["p05"]?.sequence == 1)
        let cancel = try #require(messages["p03"])
        #expect(cancel.method == .cancel && cancel.sequence == 1 && cancel.reason == .noLongerAvailable)
        let ics = try ICSReading(cancel.document)
        #expect(ics.value("METHOD") == "CANCEL")
        #expect(ics.eventValues("STATUS") == ["CANCELLED"])
        #expect(ics.eventValues("SEQUENCE") == ["1"])
        #expect(ics.eventValues("DTSTART") == ["20270209T183000"])
        #expect(ics.eventValues("ATTENDEE") == ["mailto:p03@mail.example"])
        #expect(!ics.lines.contains("BEGIN:VALARM"))
        #expect(result.publication(.founding2)?.recipients["p03"] == RecipientCopy(sequence: 1, isCancelled: true))
    }

    @Test func aRecipientWhoseAnswerBecameNoGetsACancelOfTheirCopyOnly() throws {
        var (fixture, first) = published()
        fixture.answer("p04", "review-a", .no)
        let result = fixture.publisher(first.publications).publish(fixture.plan())
        #expect(result.messages.count == 1)
        let cancel = try #require(result.messages(.review)["p04"])
        #expect(cancel.method == .cancel && cancel.sequence == 1 && cancel.reason == .noLongerAvailable)
        #expect(result.publication(.review)?.recipients["p01"] == RecipientCopy(sequence: 0))
        #expect(result.publication(.review)?.sequence == 1)
    }

    @Test func aSessionNoLongerPlannedIsCancelledForEveryoneWhoHeldIt() throws {
        var (fixture, first) = published()
        fixture.scenario.candidates.removeAll { $0.kind == .review }
        let result = fixture.publisher(first.publications).publish(fixture.plan())
        let cancels = result.messages(.review)
        #expect(result.participantMessages.count == 4)
        #expect(result.facilitatorMessages.map(\.reason) == [.cancelled])
        #expect(cancels.keys.sorted() == ["p01", "p02", "p03", "p04"])
        for message in cancels.values {
            #expect(message.method == .cancel && message.sequence == 1 && message.reason == .cancelled)
            let ics = try ICSReading(message.document)
            #expect(ics.eventValues("UID") == [PublicationFixture.uid(.review)])
            #expect(ics.eventValues("STATUS") == ["CANCELLED"])
            #expect(ics.eventValues("DTSTART") == ["20270601T183000"])
        }
        let record = try #require(result.publication(.review))
        #expect(record.isCancelled && record.sequence == 1)
        #expect(record.recipients.values.allSatisfy { $0 == RecipientCopy(sequence: 1, isCancelled: true) })
        let staff = try ICSReading(result.staffCalendar)
        #expect(!staff.eventValues("UID").contains(PublicationFixture.uid(.review)))
        let again = fixture.publisher(result.publications).publish(fixture.plan())
        #expect(again.messages.isEmpty && again.publications == result.publications)
    }

    @Test func aCancelledSessionPlannedAgainIsRequestedWithItsUIDAtAHigherSequence() throws {
        let (fixture, first) = published()
        let cancelled = fixture.publisher(first.publications).publish(fixture.plan(without: [.review]))
        let back = fixture.publisher(cancelled.publications).publish(fixture.plan())
        #expect(back.messages.count == 5 && back.facilitatorMessages.count == 1)
        #expect(back.messages.allSatisfy { $0.method == .request && $0.sequence == 2 && $0.reason == .new })
        #expect(back.publication(.review)?.isCancelled == false)
        #expect(back.publication(.review)?.uid == PublicationFixture.uid(.review))
    }

    @Test func repliesSurviveAPublicationUnlessTheSessionMoved() throws {
        var (fixture, first) = published()
        var publications = first.publications
        for index in publications.indices {
            publications[index].recipients["p01"]?.reply = .accepted
        }
        fixture.add(PublicationFixture.slot("founding2-b", .founding2, "2027-02-16", "18:30"))
        fixture.answer("p05", "founding1-a", .yes)
        let result = fixture.publisher(publications).publish(fixture.plan(["founding2-b"]))
        #expect(result.publication(.founding1)?.recipients["p01"]?.reply == .accepted)
        #expect(result.publication(.information)?.recipients["p01"]?.reply == .accepted)
        #expect(result.publication(.founding2)?.recipients["p01"]?.reply == nil)
    }

    /// A facilitator falls ill and another stands in, same time and room: copies name the facilitator, so
    /// everyone gets the update, the stand-in is invited and the ill facilitator's copy is cancelled.
    @Test func aChangeOfFacilitatorIsAnUpdateForEveryone() throws {
        var (fixture, first) = published()
        fixture.scenario.facilitators.append(
            Facilitator(id: "marc", name: "MarcRemplaçant", email: "marc@staff.example")
        )
        fixture.scenario.candidates.removeAll { $0.id == "founding1-a" }
        var other = PublicationFixture.slot("founding1-b", .founding1, "2027-01-26", "18:30")
        other.facilitator = "marc"
        fixture.add(other)
        fixture.answer("p05", "founding1-b", .no)
        let result = fixture.publisher(first.publications).publish(fixture.plan())
        let participants = result.messages(.founding1)
        #expect(participants.keys.sorted() == ["p01", "p02", "p03", "p04"])
        #expect(
            participants.values.allSatisfy {
                $0.method == .request && $0.sequence == 1 && $0.reason == .facilitatorChanged
            }
        )
        // The update names the stand-in, and the one it replaces only in « what changes » (old → new).
        let description = try #require(participants["p01"]).document.events[0].description ?? ""
        #expect(description.contains("Animation : MarcRemplaçant\n"))
        #expect(description.contains("Animation : AnneFacilitatrice → MarcRemplaçant"))
        #expect(description.components(separatedBy: "AnneFacilitatrice").count == 2)
        let chairs = result.facilitatorMessages
        #expect(chairs.map(\.recipient) == [.facilitator("anne"), .facilitator("marc")])
        #expect(chairs.map(\.method) == [.cancel, .request])
        #expect(chairs.map(\.reason) == [.replaced, .newRecipient])
        #expect(chairs.allSatisfy { $0.sequence == 1 })
        // The ill facilitator's cancellation names them, at the date they hold, not the stand-in.
        let cancel = try ICSReading(chairs[0].document).text
        #expect(cancel.contains("AnneFacilitatrice") && !cancel.contains("MarcRemplaçant"))
        #expect(try ICSReading(chairs[1].document).text.contains("ROLE=CHAIR"))
        let record = try #require(result.publication(.founding1))
        #expect(record.slot == "founding1-b" && record.sequence == 1 && record.facilitator == "marc")
        #expect(
            record.facilitatorCopies == [
                "anne": RecipientCopy(sequence: 1, isCancelled: true), "marc": RecipientCopy(sequence: 1),
            ]
        )
        // Published again with nothing new: nothing is sent.
        #expect(fixture.publisher(result.publications).publish(fixture.plan()).messages.isEmpty)
    }
}

import Calendaring
import PlanDocuments
import PlanningDomain
import Publication
import Testing

/// A whole story, step by step, with every written file read back by Python `icalendar`.
@Suite struct PublisherStoryTests {
    /// The fixture's scenario with a second founding-2 candidate a week later (the venue fell through).
    private var fixture: PublicationFixture {
        var fixture = PublicationFixture(participants: 4)
        fixture.add(PublicationFixture.slot("founding2-b", .founding2, "2027-02-16", "18:30", venue: "old"))
        return fixture
    }

    @Test func publishMoveFounding2WithdrawP03CancelTheReview() throws {
        let fixture = fixture
        // 1. First publication.
        let first = fixture.publisher(stamp: PublicationFixture.stamp).publish(fixture.plan())
        #expect(first.messages.count == 16 + 4)
        #expect(first.messages.allSatisfy { $0.method == .request && $0.sequence == 0 })
        try check(first)

        // 2. founding2 moves by a week: same UID, SEQUENCE 1, REQUEST to all four.
        let moved = fixture.publisher(first.publications).publish(fixture.plan(["founding2-b"]))
        #expect(
            moved.participantMessages.map(\.fileName)
                == ["p01", "p02", "p03", "p04"].map { "participants/\($0)/founding2.ics" }
        )
        #expect(moved.messages.allSatisfy { $0.method == .request && $0.sequence == 1 && $0.reason == .moved })
        #expect(moved.publication(.founding2)?.sequence == 1)
        #expect(moved.publication(.founding2)?.start.description == "2027-02-16T18:30")
        try check(moved, expecting: ["founding2": 1])

        // 3. p03 withdraws: CANCEL of their four copies only; others keep theirs.
        let withdrawn = fixture.publisher(moved.publications, withdrawn: ["p03"]).publish(fixture.plan(["founding2-b"]))
        #expect(
            withdrawn.participantMessages.map(\.fileName)
                == SessionKind.groupSequence.map { "participants/p03/\($0.rawValue).ics" }
        )
        #expect(withdrawn.messages.map(\.sequence) == [1, 1, 2, 1])
        #expect(withdrawn.facilitatorMessages.isEmpty)
        #expect(withdrawn.messages.allSatisfy { $0.method == .cancel && $0.reason == .withdrawn })
        #expect(withdrawn.publication(.founding2)?.recipients["p01"] == RecipientCopy(sequence: 1))
        #expect(withdrawn.publication(.information)?.recipients["p01"] == RecipientCopy(sequence: 0))
        let founding2Cancel = try ICSReading(try #require(withdrawn.messages(.founding2)["p03"]).document)
        #expect(founding2Cancel.eventValues("DTSTART") == ["20270216T183000"])
        try check(withdrawn, expecting: ["information": 1, "founding1": 1, "founding2": 2, "review": 1])

        // 4. The review loses its candidates: CANCEL to p01, p02, p04 (p03's copy is already cancelled).
        var noReview = fixture
        noReview.scenario.candidates.removeAll { $0.kind == .review }
        let cancelled = noReview.publisher(withdrawn.publications, withdrawn: ["p03"])
            .publish(noReview.plan(["founding2-b"]))
        #expect(
            cancelled.participantMessages.map(\.fileName)
                == ["p01", "p02", "p04"].map { "participants/\($0)/review.ics" }
        )
        #expect(cancelled.messages.allSatisfy { $0.method == .cancel && $0.sequence == 2 && $0.reason == .cancelled })
        let review = try #require(cancelled.publication(.review))
        #expect(review.isCancelled && review.sequence == 2)
        #expect(review.recipients["p03"] == RecipientCopy(sequence: 1, isCancelled: true))
        #expect(review.recipients["p01"] == RecipientCopy(sequence: 2, isCancelled: true))
        try check(cancelled, expecting: ["information": 1, "founding1": 1, "founding2": 2])

        // 5. Nothing else changed: nothing to send.
        let again = noReview.publisher(cancelled.publications, withdrawn: ["p03"]).publish(
            noReview.plan(["founding2-b"])
        )
        #expect(again.messages.isEmpty && again.publications == cancelled.publications)
    }

    /// Checks discretion on the bytes, then reads every message and the staff calendar back with Python
    /// `icalendar` and compares with the result.
    private func check(_ result: PublicationResult, expecting staffSequences: [String: Int] = [:]) throws {
        let people = fixture.scenario.participants
        for message in result.messages {
            let text = try ICSReading(message.document).text
            let others = people.filter { .participant($0.id) != message.recipient }
            #expect(others.allSatisfy { !text.contains($0.name) && !text.contains($0.email) })
        }
        let staffText = try ICSReading(result.staffCalendar).text
        #expect(people.allSatisfy { !staffText.contains($0.name) && !staffText.contains($0.email) })
        #expect(!staffText.contains("AnneFacilitatrice") && !staffText.contains("ATTENDEE"))
        guard PythonICalendar.isAvailable else { return }
        let parsed = try PythonICalendar.parse(PythonICalendar.files(of: result))
        #expect(parsed.count == result.messages.count + 1)
        for message in result.messages {
            let file = try #require(parsed[message.fileName])
            let recipient = "mailto:\(message.addressee.email)"
            #expect(file.crlfOnly)
            #expect(file.method == (message.method == .cancel ? "CANCEL" : "REQUEST"))
            #expect(file.events.count == 1)
            #expect(file.events.first?.uid == PublicationFixture.uid(message.session))
            #expect(file.events.first?.sequence == message.sequence)
            #expect(file.events.first?.status == (message.method == .cancel ? "CANCELLED" : "CONFIRMED"))
            #expect(file.events.first?.attendees == [recipient])
            #expect(file.events.first?.hasOrganizer == true)
        }
        let staff = try #require(parsed["calendar.ics"])
        #expect(staff.method == "PUBLISH" && staff.crlfOnly)
        #expect(staff.events.allSatisfy { $0.attendees.isEmpty })
        var expected: [String: Int] = [:]
        for record in result.publications where !record.isCancelled { expected[record.kind.rawValue] = 0 }
        expected.merge(staffSequences) { $1 }
        let sequences = Dictionary(uniqueKeysWithValues: staff.events.map { ($0.uid, $0.sequence) })
        #expect(sequences == Dictionary(uniqueKeysWithValues: expected.map { ("\($0.key).g@example.org", $0.value) }))
    }
}

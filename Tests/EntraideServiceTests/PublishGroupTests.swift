import EntraideService
import EntraideTestSupport
import PlanDocuments
import PlanningDomain
import Publication
import Testing
import WorkspaceStore

/// Publishing in a centre-wide workspace: other groups' sessions are bookings, a facilitator change is a change,
/// every move says why, and an impossible publication explains the pinned situation.
@Suite struct PublishGroupTests {
    @Test func anotherGroupsSessionsAreBookingsOfTheSharedFacilitatorAndRoom() throws {
        let fixture = try ServiceFixture()
        let first = ServiceFixture.group("first")
        var second = ServiceFixture.group("second")
        // The second group may also meet a week later in each session.
        for (index, date) in ["2027-01-19", "2027-02-02", "2027-02-16", "2027-06-08"].enumerated() {
            let kind = SessionKind.groupSequence[index]
            second.add(ScenarioBuilder.slot("\(kind.rawValue)-b", kind, date, "18:30"))
        }
        try fixture.importScenario(first.scenario)
        try fixture.importScenario(second.scenario)
        #expect(try fixture.publish("first").run != nil)
        let outcome = try fixture.publish("second")
        #expect(Set(outcome.bookings.map(\.booking.group)) == ["first"])
        #expect(outcome.bookings.allSatisfy { $0.candidates == 1 })
        let publications = try fixture.workspace.read { try $0.publications(of: "second") }
        #expect(publications.map(\.slot.rawValue).allSatisfy { $0.hasSuffix("-b") }, "the a-slots were taken")
    }

    @Test func aFacilitatorAwayOnThePublishedDayIsTheReasonOfTheChange() throws {
        let fixture = try ServiceFixture()
        var builder = ServiceFixture.group()
        builder.scenario.facilitators.append(
            Facilitator(id: "marc", name: "Marc Remplaçant", email: "marc@staff.example")
        )
        builder.add(ScenarioBuilder.slot("founding1-marc", .founding1, "2027-01-26", "18:30", facilitator: "marc"))
        try fixture.importScenario(builder.scenario)
        _ = try fixture.publish()
        // anne falls ill on founding 1's day.
        builder.scenario.facilitators[0].awayDates = [try #require(LocalDate(year: 2027, month: 1, day: 26))]
        try fixture.importScenario(builder.scenario)
        let outcome = try fixture.publish(at: ServiceFixture.later)
        let cause = try #require(outcome.causes[.founding1])
        #expect(cause.contains("founding1-a") && cause.contains("Anne Facilitatrice"), "\(cause)")
        let founding1 = outcome.messages.filter { $0.session == .founding1 }
        #expect(founding1.filter { $0.recipient.participant != nil }.allSatisfy { $0.reason == .facilitatorChanged })
        #expect(founding1.contains { $0.recipient == .facilitator("anne") && $0.isCancel && $0.reason == .replaced })
        #expect(founding1.contains { $0.recipient == .facilitator("marc") && !$0.isCancel })
        // The reason is kept with the messages in the outbox.
        let reasons = try fixture.outbox().filter { $0.run.rawValue == 2 && $0.recipient.participant != nil }.map(
            \.reason
        )
        #expect(reasons.allSatisfy { $0.hasPrefix("facilitator-changed: ") && $0.contains("founding1-a") })
    }

    @Test func anImpossiblePublicationExplainsThePinnedSituationAndStoresNothing() throws {
        let fixture = try ServiceFixture()
        var builder = ServiceFixture.group()
        try fixture.importScenario(builder.scenario)
        _ = try fixture.publish()
        let before = try fixture.workspace.read { try $0.exportJSON() }
        // Everyone now says no to founding 2 and there is no other candidate.
        for participant in builder.scenario.participants { builder.answer(participant.id, "founding2-a", .no) }
        try fixture.importScenario(builder.scenario)
        let after = try fixture.workspace.read { try $0.exportJSON() }
        do {
            _ = try fixture.publish(at: ServiceFixture.later)
            Issue.record("expected no feasible plan")
        } catch {
            #expect(error.code == .infeasible)
            #expect(error.message.contains("founding2-a"), "\(error.message)")
        }
        #expect(try fixture.workspace.read { try $0.exportJSON() } == after)
        #expect(after != before)
    }

    @Test func anUnknownGroupNamesTheGroupsTheWorkspaceHolds() throws {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group("lausanne").scenario)
        do {
            _ = try fixture.publish("lausane")
            Issue.record("expected an unknown group")
        } catch {
            #expect(error.code == .unknownGroup && error.isInputError)
            #expect(error.message.contains("did you mean 'lausanne'?"))
        }
    }
}

/// A workspace made before generated ids always named their room and facilitator.
@Suite struct RenamedCandidateTests {
    @Test func aCandidateRenamedWithTheSameSlotKeepsItsPublicationAndItsRecordedAnswers() throws {
        let fixture = try ServiceFixture()
        var builder = ServiceFixture.group()
        builder.add(ScenarioBuilder.slot("f1-20270127-1830", .founding1, "2027-01-27", "18:30"), answer: .no)
        try fixture.importScenario(builder.scenario)
        try RecordAnswer(workspace: fixture.workspace).run(
            RecordAnswer.Request(
                group: "g",
                participant: "p01",
                slot: "f1-20270127-1830",
                availability: .yes,
                channel: "phone",
                at: ServiceFixture.now
            )
        )
        _ = try fixture.publish()
        // The same scenario read by this Entraide: the generated id now names room and facilitator.
        var renamed = builder
        let names: [CandidateSlot.ID: CandidateSlot.ID] = [
            "f1-20270127-1830": "f1-20270127-1830-big-anne", "founding1-a": "founding1-a-big-anne",
        ]
        renamed.scenario.candidates = renamed.scenario.candidates.map { candidate in
            guard let name = names[candidate.id] else { return candidate }
            return CandidateSlot(
                id: name,
                kind: candidate.kind,
                start: candidate.start,
                durationMinutes: candidate.durationMinutes,
                venue: candidate.venue,
                facilitator: candidate.facilitator
            )
        }
        for index in renamed.scenario.participants.indices {
            for (old, new) in names {
                let answer = renamed.scenario.participants[index].answers.removeValue(forKey: old)
                renamed.scenario.participants[index].answers[new] = answer
            }
        }
        try fixture.importScenario(renamed.scenario)
        let answers = try fixture.workspace.read { try $0.givenAnswers(of: "g") }
        let recorded = answers["p01"]?["f1-20270127-1830-big-anne"]?.first { $0.origin.kind == .recorded }
        #expect(recorded?.availability == .yes, "the phone answer follows the renamed candidate")
        #expect(answers["p01"]?["f1-20270127-1830"] == nil)
        let founding1 = try fixture.workspace.read { try $0.publications(of: "g") }.first { $0.kind == .founding1 }
        #expect(founding1?.slot == "founding1-a-big-anne", "the published session follows its renamed slot")
        let again = try fixture.publish(at: ServiceFixture.later)
        #expect(again.run == nil, "a renamed candidate is not a move")
    }
}

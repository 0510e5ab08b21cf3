import PlanDocuments
import PlanningDomain
import PlanningEngine
import Publication
import Testing

/// Published sessions stay where they were published unless staff name them in `--move`.
@Suite struct PublisherPinningTests {
    /// founding2 published at founding2-a; since then, founding2-b appeared and suits more people.
    private func republished() -> (PublicationFixture, [SessionPublication]) {
        var fixture = PublicationFixture(participants: 4)
        let previous = fixture.publisher().publish(fixture.plan()).publications
        fixture.add(PublicationFixture.slot("founding2-b", .founding2, "2027-02-16", "18:30"))
        fixture.answer("p03", "founding2-a", .no)
        fixture.answer("p04", "founding2-a", .no)
        return (fixture, previous)
    }

    @Test func pinnedKindsKeepOnlyTheirPublishedSlot() {
        let (fixture, previous) = republished()
        let pinned = fixture.publisher(previous).pinnedScenario(moving: [])
        #expect(pinned.candidates(of: .founding2).map(\.id) == ["founding2-a"])
        let moving = fixture.publisher(previous).pinnedScenario(moving: [.founding2])
        #expect(moving.candidates(of: .founding2).map(\.id) == ["founding2-a", "founding2-b"])
        #expect(moving.candidates(of: .founding1).map(\.id) == ["founding1-a"])
    }

    @Test func planningThePinnedScenarioKeepsThePublishedSessionAndSendsNothing() throws {
        let (fixture, previous) = republished()
        let publisher = fixture.publisher(previous)
        guard case .planned(let kept) = Planner(scenario: publisher.pinnedScenario(moving: [])).plan() else {
            Issue.record("the pinned scenario has no plan")
            return
        }
        #expect(kept.plan.session(.founding2)?.slot.id == "founding2-a")
        let unchanged = publisher.publish(kept.plan)
        #expect(unchanged.messages.map(\.reason) == [.noLongerAvailable, .noLongerAvailable])
        guard case .planned(let moved) = Planner(scenario: publisher.pinnedScenario(moving: [.founding2])).plan() else {
            Issue.record("the scenario with founding2 moving has no plan")
            return
        }
        #expect(moved.plan.session(.founding2)?.slot.id == "founding2-b")
        let result = publisher.publish(moved.plan)
        #expect(result.messages.map(\.reason) == [.moved, .moved, .moved, .moved, .moved])
        #expect(result.facilitatorMessages.map(\.recipient) == [.facilitator("anne")])
        #expect(result.messages.allSatisfy { $0.session == .founding2 && $0.sequence == 1 })
    }

    @Test func cancelledSessionsAndRemovedSlotsAreNotPinned() {
        var (fixture, previous) = republished()
        previous[0].isCancelled = true
        fixture.scenario.candidates.removeAll { $0.id == "founding2-a" }
        fixture.add(PublicationFixture.slot("founding2-c", .founding2, "2027-02-23", "18:30"))
        fixture.add(PublicationFixture.slot("information-b", .information, "2027-01-13", "18:30"))
        let pinned = fixture.publisher(previous).pinnedScenario(moving: [])
        #expect(pinned.candidates(of: .founding2).map(\.id) == ["founding2-b", "founding2-c"])
        #expect(pinned.candidates(of: .information).map(\.id) == ["information-a", "information-b"])
    }

    @Test func withdrawnParticipantsAreLeftOutOfThePlanningScenario() {
        let (fixture, previous) = republished()
        let pinned = fixture.publisher(previous, withdrawn: ["p02"]).pinnedScenario(moving: [])
        #expect(pinned.participants.map(\.id) == ["p01", "p03", "p04"])
    }
}

import EntraideTestSupport
import PlanningDomain
import Publication
import Testing

/// The workshop publication's rules, one change at a time, on hand-made calendars.
@Suite struct WorkshopPublisherTests {
    private static func slot(_ id: WorkshopSlot.ID, _ date: String, room: Venue.ID = "big") -> WorkshopSlot {
        let start = ScenarioBuilder.slot("c", .workshop, date, "09:30").start
        return WorkshopSlot(id: id, start: start, durationMinutes: 150, venue: room)
    }

    private static func run(
        _ slot: WorkshopSlot,
        _ people: [Participant.ID],
        led: Facilitator.ID = "anne"
    )
        -> WorkshopRun
    {
        WorkshopRun(workshop: "ecoute", slot: slot, facilitators: [led], enrolled: people)
    }

    private static func publisher(
        _ previous: [WorkshopPublication] = [],
        addressable: Set<Participant.ID> = ["x1", "x2"]
    ) -> WorkshopPublisher {
        WorkshopPublisher(previous: previous, notices: [], addressable: addressable) { run in
            "workshop.\(run.workshop).\(run.slot.id)@example.org"
        }
    }

    private static let first = slot("e1", "2027-03-13")
    private static let second = slot("e2", "2027-03-20")

    @Test func anotherFacilitatorForTheSameRunIsNotAChangeForThePeople() {
        let published = Self.publisher().publish(RegionalPlan(groups: [], runs: [Self.run(Self.first, ["x1"])]))
        let result = Self.publisher(published.publications)
            .publish(RegionalPlan(groups: [], runs: [Self.run(Self.first, ["x1"], led: "paul")]))
        #expect(result.deliveries.isEmpty && result.publications == published.publications)
    }

    @Test func aMoveToAnotherRunKeepsTheUIDTheyHold() throws {
        let published = Self.publisher().publish(RegionalPlan(groups: [], runs: [Self.run(Self.first, ["x1"])]))
        let result = Self.publisher(published.publications)
            .publish(RegionalPlan(groups: [], runs: [Self.run(Self.second, ["x1"])]))
        let delivery = try #require(result.deliveries.first)
        #expect(result.deliveries.count == 1 && delivery.kind == .request && delivery.reason == .moved)
        #expect(delivery.uid == "workshop.ecoute.e1@example.org" && delivery.sequence == 1)
        #expect(delivery.previous == Self.first && delivery.run?.slot == Self.second)
        #expect(result.publications.map(\.slot) == ["e2"])
    }

    @Test func enrolledAgainAfterACancelIsARequestAboveTheCancel() throws {
        let published = Self.publisher().publish(RegionalPlan(groups: [], runs: [Self.run(Self.first, ["x1"])]))
        let cancelled = Self.publisher(published.publications).publish(RegionalPlan(groups: [], runs: []))
        #expect(cancelled.deliveries.map(\.reason) == [.cancelled])
        let again = Self.publisher(cancelled.publications)
            .publish(RegionalPlan(groups: [], runs: [Self.run(Self.first, ["x1"])]))
        let delivery = try #require(again.deliveries.first)
        #expect(delivery.kind == .request && delivery.reason == .reenrolled && delivery.sequence == 2)
        #expect(delivery.uid == "workshop.ecoute.e1@example.org" && delivery.previous == nil)
        #expect(again.publications.allSatisfy { !$0.isCancelled })
    }

    @Test func aHolderWhoCannotBeAddressedKeepsTheirRecordAndIsListed() {
        let published = Self.publisher().publish(RegionalPlan(groups: [], runs: [Self.run(Self.first, ["x1", "x2"])]))
        let result = Self.publisher(published.publications, addressable: ["x2"])
            .publish(RegionalPlan(groups: [], runs: []))
        #expect(result.unaddressed == ["x1"])
        #expect(result.deliveries.map(\.person) == ["x2"])
        #expect(result.publications.first { $0.person == "x1" } == published.publications.first { $0.person == "x1" })
    }
}

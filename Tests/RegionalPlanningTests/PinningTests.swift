import Phrasebook
import PlanningDomain
import PlanningSamples
import RegionalCheck
import RegionalPlanning
import Testing

/// Published sessions stay where they are unless a rule forbids it; each move is listed with the rule.
@Suite struct PinningTests {
    static func plan(_ problem: RegionalProblem) throws -> RegionalPlan {
        let plan = try RegionalOptimiser(problem: problem, options: .init(seed: 1, iterationLimit: 200)).optimise()
        let report = RegionalChecker(problem: problem).check(plan)
        #expect(report.isValid, "\(report)")
        return plan
    }

    static func slots(of group: Group.ID, in plan: RegionalPlan) -> [CandidateSlot.ID] {
        plan.outcome(of: group)?.plan?.sessions.map(\.slot.id) ?? []
    }

    @Test func nothingChangedMovesNothing() throws {
        let problem = SmallRegion.make().problem
        let plan = try Self.plan(problem)
        #expect(plan.moves.isEmpty)
        #expect(plan.objective[.publishedKept] == 1)
        #expect(Self.slots(of: "g1", in: plan).first == "g1-info")
    }

    @Test func aFacilitatorAwayMovesOnlyTheSessionThatDay() throws {
        var problem = SmallRegion.make().problem
        problem.groups[0].published[.founding1] = "g1-f1"
        problem.centre.facilitators[0].awayDates.insert(SmallRegion.date("2027-01-26"))
        let plan = try Self.plan(problem)
        #expect(Self.slots(of: "g1", in: plan) == ["g1-info", "g1-f1-b", "g1-f2", "g1-review"])
        #expect(plan.objective[.publishedKept] == 1)
        #expect(plan.moves.count == 1)
        let move = try #require(plan.moves.first)
        #expect(move.subject == .groupSession("g1", .founding1, from: "g1-f1", to: "g1-f1-b"))
        #expect(move.reason.rule == .facilitatorAway)
        #expect(move.reason.phrase.english == "facilitator away (facilitator-away): anne is away on 2027-01-26")
        #expect(move.reason.phrase.text(in: .italian).hasSuffix(": anne è assente il 2027-01-26"))
    }

    @Test func aRoomClosedMovesThePublishedSessionThere() throws {
        var problem = SmallRegion.make().problem
        problem.bookings.append(
            VenueBooking(
                venue: "big",
                start: SmallRegion.at("2027-01-12", "08:00"),
                end: SmallRegion.at("2027-01-12", "22:00"),
                reason: "travaux"
            )
        )
        let plan = try Self.plan(problem)
        #expect(Self.slots(of: "g1", in: plan).first == "g1-info-b")
        #expect(plan.moves.map(\.reason.rule) == [.venueBooked])
        #expect(plan.objective[.publishedKept] == 0)
    }

    @Test func aPublishedSessionIsKeptEvenWhenADraftWouldBeBetter() throws {
        var problem = SmallRegion.make().problem
        // Nobody can come to the published information session any more but the initiator and four others.
        problem.groups[0].published = [.information: "g1-info"]
        problem.groups[0].scenario.participants[5].answers["g1-info"] = .no
        let plan = try Self.plan(problem)
        #expect(Self.slots(of: "g1", in: plan).first == "g1-info")
        #expect(plan.moves.isEmpty)
        // Without publication the better draft wins.
        problem.groups[0].published = [:]
        let free = try Self.plan(problem)
        #expect(Self.slots(of: "g1", in: free).first == "g1-info-b")
    }

    @Test func aPublishedRunThatCannotBeHeldIsListed() throws {
        var problem = SmallRegion.make().problem
        problem.publishedRuns = [PublishedRun(workshop: "cnv", slot: "cnv-1")]
        problem.centre.closures.append(
            Closure(from: SmallRegion.date("2027-03-06"), to: SmallRegion.date("2027-03-06"), reason: "Inventaire")
        )
        let plan = try Self.plan(problem)
        #expect(plan.moves.count == 1)
        #expect(plan.moves.first?.reason.rule == .closure)
        if case .run(let workshop, let from, _) = plan.moves.first?.subject {
            #expect(workshop == "cnv")
            #expect(from == "cnv-1")
        } else {
            Issue.record("expected a run to move")
        }
    }
}

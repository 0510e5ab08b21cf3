import PlanningDomain
import PlanningEngine
import PlanningSamples
import Synchronization
import Testing

/// The planner against the brute-force reference on seeded random scenarios of varied shape.
@Suite struct PlannerReferenceTests {
    /// A small shape drawn from the seed: few enough candidates for the reference to enumerate everything.
    static func shape(seed: UInt64) -> SampleShape {
        var random = SplitMix64(seed: seed &* 7919)
        let tight = random.chance(0.3)
        let participants = random.int(in: 3...14)
        return SampleShape(
            candidatesPerSession: random.int(in: 1...7),
            participants: participants,
            reviewCandidates: random.chance(0.2) ? 0 : random.int(in: 1...5),
            facilitators: random.int(in: 1...3),
            venues: random.int(in: 1...3),
            spanDays: random.int(in: 2...30),
            startTimes: random.chance(0.5) ? [18 * 60, 18 * 60 + 30, 19 * 60] : [9 * 60 + 30, 18 * 60],
            closures: random.int(in: 0...2),
            quorum: random.int(in: 1...max(1, min(6, participants / 2))),
            rules: PlanningRules(
                initiatorMustAttend: random.chance(0.6),
                quorumScope: random.chance(0.5) ? .eachSession : .wholeSequence
            ),
            gaps: tight ? [0...3, 0...2, 0...4] : [7...28, 7...28, 90...183],
            offsets: tight ? [0, 1, 2] : [random.int(in: 5...14), random.int(in: 14...30), 150],
            yesRate: Double(random.int(in: 35...80)) / 100,
            ifNeedBeRate: Double(random.int(in: 0...30)) / 100,
            stepFreeParticipants: random.int(in: 0...2)
        )
    }

    @Test("planner equals the brute-force reference", arguments: 1...400)
    func matchesReference(seed: Int) throws {
        let scenario = RandomScenario.make(seed: UInt64(seed), shape: Self.shape(seed: UInt64(seed)))
        _ = try Self.expectSameAsReference(scenario)
    }

    /// The planner's outcome against the reference's; returns the planner's result, if any.
    ///
    /// The same objective, plan and alternatives, or both without a plan.
    @discardableResult
    static func expectSameAsReference(
        _ scenario: Scenario,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> PlanningResult? {
        let reference = BruteForcePlanner(scenario: scenario).distinctPlans(4)
        switch Planner(scenario: scenario).plan() {
        case .infeasible:
            #expect(reference.isEmpty, "the reference found a plan", sourceLocation: sourceLocation)
            return nil
        case .planned(let result):
            let best = try #require(
                reference.first,
                "the planner found a plan the reference rejects",
                sourceLocation: sourceLocation
            )
            #expect(result.score.objectiveVector == best.score.objectiveVector, sourceLocation: sourceLocation)
            #expect(result.plan.sessions.map(\.slot) == best.slots, sourceLocation: sourceLocation)
            #expect(result.statistics.isProvenOptimal, sourceLocation: sourceLocation)
            #expect(
                result.alternatives.map(\.score) == reference.dropFirst().map(\.score),
                sourceLocation: sourceLocation
            )
            return result
        }
    }

    /// More than 64 participants: the attendee sets span several machine words.
    @Test("planner equals the reference with 65 to 130 participants", arguments: 1...60)
    func matchesReferenceWithManyParticipants(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &* 104_729)
        var shape = Self.shape(seed: UInt64(seed) &+ 10_000)
        shape.participants = random.int(in: 65...130)
        shape.candidatesPerSession = random.int(in: 2...4)
        shape.reviewCandidates = random.int(in: 0...3)
        shape.quorum = random.int(in: 1...20)
        let scenario = RandomScenario.make(seed: UInt64(seed) &+ 10_000, shape: shape)
        #expect(scenario.participants.count > 64)
        try Self.expectSameAsReference(scenario)
    }

    /// Gaps that allow the same day (minimum 0, candidates an hour apart, so sessions could overlap) and
    /// facilitators with tentative time on about a third of their candidates.
    static func sameDayScenario(seed: Int) -> Scenario {
        var random = SplitMix64(seed: UInt64(seed) &* 65_537)
        var shape = Self.shape(seed: UInt64(seed) &+ 20_000)
        shape.gaps = [0...random.int(in: 1...2), 0...random.int(in: 1...2), 0...random.int(in: 1...3)]
        shape.offsets = [0, random.int(in: 0...1), random.int(in: 1...2)]
        shape.spanDays = random.int(in: 2...4)
        shape.candidatesPerSession = random.int(in: 2...7)
        shape.quorum = min(shape.quorum, 3)
        shape.startTimes = [9 * 60, 10 * 60, 14 * 60, 17 * 60, 18 * 60 + 30, 20 * 60]
        var scenario = RandomScenario.make(seed: UInt64(seed) &+ 20_000, shape: shape)
        // Days away and closures would empty a span of a few days; the point here is the order of sessions.
        scenario.closures = []
        for index in scenario.facilitators.indices { scenario.facilitators[index].awayDates = [] }
        for slot in scenario.candidates where random.chance(0.35) {
            if let index = scenario.facilitators.firstIndex(where: { $0.id == slot.facilitator }) {
                scenario.facilitators[index].tentativeSlots.insert(slot.id)
            }
        }
        return scenario
    }

    @Test("planner equals the reference with same-day gaps and tentative facilitators", arguments: 1...200)
    func matchesReferenceWithSameDayGapsAndTentativeTime(seed: Int) throws {
        guard let result = try Self.expectSameAsReference(Self.sameDayScenario(seed: seed)) else { return }
        for (earlier, later) in zip(result.plan.sessions, result.plan.sessions.dropFirst()) {
            #expect(later.slot.start.wallMinutes >= earlier.slot.end.wallMinutes)
        }
    }

    /// The same-day instances exercise what they are for: plans and impossibilities, sessions on the same
    /// day, and tentative time that changes the choice.
    @Test func sameDayShapesExerciseOrderAndTentativeTime() {
        var planned = 0
        var sameDay = 0
        var tentativeChangedTheChoice = 0
        for seed in 1...200 {
            let scenario = Self.sameDayScenario(seed: seed)
            guard case .planned(let result) = Planner(scenario: scenario).plan() else { continue }
            planned += 1
            let sessions = result.plan.sessions
            if zip(sessions, sessions.dropFirst()).contains(where: { $0.slot.date == $1.slot.date }) { sameDay += 1 }
            var untouched = scenario
            for index in untouched.facilitators.indices { untouched.facilitators[index].tentativeSlots = [] }
            if case .planned(let other) = Planner(scenario: untouched).plan(), other.plan != result.plan {
                tentativeChangedTheChoice += 1
            }
        }
        #expect(planned > 60)
        #expect(planned < 180)
        #expect(sameDay > 30)
        #expect(tentativeChangedTheChoice >= 3)
    }

    @Test func variedShapesCoverBothOutcomes() {
        let outcomes = (1...400).map { seed in
            let scenario = RandomScenario.make(seed: UInt64(seed), shape: Self.shape(seed: UInt64(seed)))
            if case .planned = Planner(scenario: scenario).plan() { return true }
            return false
        }
        #expect(outcomes.count(where: { $0 }) > 140)
        #expect(outcomes.count(where: { !$0 }) > 20)
    }
}

/// A search stopped by its node limit says so instead of claiming an optimum or an impossibility.
@Suite struct SearchLimitTests {
    @Test func aStoppedSearchIsNotProven() throws {
        let scenario = RandomScenario.make(seed: 7, shape: .medium)
        guard case .planned(let complete) = Planner(scenario: scenario).plan() else {
            Issue.record("the medium sample should be feasible")
            return
        }
        #expect(complete.statistics.isProvenOptimal)
        #expect(complete.statistics.nodes > 20)
        switch Planner(scenario: scenario, options: .init(nodeLimit: 20)).plan() {
        case .planned(let partial):
            #expect(!partial.statistics.isProvenOptimal)
            #expect(partial.score <= complete.score)
        case .infeasible(let why):
            #expect(why.reasons == [.searchStopped(nodes: 21)])
        }
    }
}

/// A deadline that has passed from its `passesAt`-th check on: a budget that does not depend on the clock.
final class CountingDeadline: Sendable {
    private let checks = Mutex(0)
    let passesAt: Int

    init(passesAt: Int) { self.passesAt = passesAt }

    var deadline: SearchDeadline {
        SearchDeadline { [self] in
            checks.withLock { count in
                count += 1
                return count >= passesAt
            }
        }
    }

    var checkCount: Int { checks.withLock { $0 } }
}

/// A search stopped by its deadline returns its best plan with the bound it could not close.
@Suite struct SearchDeadlineTests {
    static let scenario = RandomScenario.make(seed: 2, shape: .large)

    @Test func aPassedDeadlineStopsAtACheckWithTheBestPlanAndItsBound() throws {
        guard case .planned(let complete) = Planner(scenario: Self.scenario).plan() else {
            Issue.record("the large sample should be feasible")
            return
        }
        #expect(complete.statistics.nodes > 3 * SearchDeadline.checkInterval)
        let counter = CountingDeadline(passesAt: 2)
        guard case .planned(let stopped) = Planner(scenario: Self.scenario).plan(deadline: counter.deadline) else {
            Issue.record("two thousand nodes find a plan")
            return
        }
        #expect(counter.checkCount == 2)
        #expect(stopped.statistics.nodes == 2 * SearchDeadline.checkInterval)
        #expect(!stopped.statistics.isProvenOptimal)
        #expect(stopped.score <= complete.score)
        let bound = try #require(stopped.statistics.bound)
        // The bound is an upper bound of the optimum, and of the plan found.
        #expect(
            (bound.continuity, bound.attendanceHalves) >= (complete.score.continuity, complete.score.attendanceHalves)
        )
        #expect(
            (bound.continuity, bound.attendanceHalves) >= (stopped.score.continuity, stopped.score.attendanceHalves)
        )
    }

    @Test func theSameBudgetGivesTheSamePlan() {
        let first = Planner(scenario: Self.scenario).plan(deadline: CountingDeadline(passesAt: 1).deadline)
        let second = Planner(scenario: Self.scenario).plan(deadline: CountingDeadline(passesAt: 1).deadline)
        #expect(first == second)
    }

    @Test func aFinishedSearchIsItsOwnBound() throws {
        guard case .planned(let result) = Planner(scenario: Self.scenario).plan() else {
            Issue.record("the large sample should be feasible")
            return
        }
        let bound = try #require(result.statistics.bound)
        #expect(
            bound
                == ObjectiveBound(continuity: result.score.continuity, attendanceHalves: result.score.attendanceHalves)
        )
        #expect(bound.gap(to: result.score) == (0, 0))
    }
}

import Phrasebook
import PlanningDomain
import PlanningSamples
import RegionalCheck
import RegionalPlanning
import Testing

/// What cannot be placed is a result with the named rule that stopped it, not an error.
@Suite struct InfeasibilityTests {
    static func plan(_ problem: RegionalProblem) throws -> RegionalPlan {
        let plan = try RegionalOptimiser(problem: problem, options: .init(iterationLimit: 100)).optimise()
        #expect(RegionalChecker(problem: problem).check(plan).isValid)
        return plan
    }

    @Test func aGroupWhoseCandidatesAllFallOnClosuresNamesTheClosure() throws {
        var problem = SmallRegion.make().problem
        problem.centre.closures.append(
            Closure(from: SmallRegion.date("2027-01-13"), to: SmallRegion.date("2027-01-13"), reason: "Inventaire")
        )
        let plan = try Self.plan(problem)
        let outcome = try #require(plan.outcome(of: "g2"))
        #expect(outcome.plan == nil)
        #expect(outcome.blocker?.rule == .closure)
        #expect(
            outcome.blocker?.phrase.english
                == "closure (closure): group g2, information session: no date is usable (1 × closure (closure)); "
                + "first: closure (closure): the centre is closed on 2027-01-13 (Inventaire)"
        )
        #expect(
            outcome.blocker?.phrase.text(in: .french)
                == "fermeture (closure) : groupe g2, séance d'information : aucune date n'est utilisable "
                + "(1 × fermeture (closure)) ; la première : fermeture (closure) : le centre est fermé le 2027-01-13 "
                + "(Inventaire)"
        )
    }

    @Test func aGroupWithoutQuorumNamesTheQuorum() throws {
        var problem = SmallRegion.make().problem
        for index in 1...2 { problem.groups[1].scenario.participants[index].answers["g2-f1"] = .no }
        let plan = try Self.plan(problem)
        #expect(plan.outcome(of: "g2")?.blocker?.rule == .quorum)
    }

    @Test func aGroupCrowdedOutByAPublishedSessionNamesTheClash() throws {
        var problem = SmallRegion.make().problem
        // g2's only information session is now at the same time, in the same room, as g1's published one.
        problem.groups[1].scenario.candidates[0].start = SmallRegion.at("2027-01-12", "18:30")
        problem.groups[1].scenario.candidates[0].venue = "big"
        let plan = try Self.plan(problem)
        #expect(plan.outcome(of: "g1")?.plan != nil)
        let blocker = try #require(plan.outcome(of: "g2")?.blocker)
        #expect(blocker.rule == .venueOverlap)
        #expect(blocker.description.contains("group: g1"))
    }

    @Test func aWeeklyLimitNamesTheFacilitatorWeekAndLimit() throws {
        var problem = SmallRegion.make().problem
        // Only ben may lead the workshop, its published run is on Saturday 6 March (2027-W09), and ben leads one
        // session a week at most: g2, whose candidates now fall in that week and after, cannot start.
        problem.centre.facilitators[0].qualifications.allWorkshops = false
        problem.centre.facilitators[1].weeklyLimit = 1
        problem.publishedRuns = [PublishedRun(workshop: "cnv", slot: "cnv-1")]
        for (index, day) in ["2027-03-03", "2027-03-17", "2027-03-31"].enumerated() {
            problem.groups[1].scenario.candidates[index].start = SmallRegion.at(day, "18:30")
        }
        let plan = try Self.plan(problem)
        #expect(plan.runs.first?.slot.id == "cnv-1")
        let blocker = try #require(plan.outcome(of: "g2")?.blocker)
        // The facts as data, worded where they are shown, in the reader's language.
        #expect(
            blocker.detail
                == BreachDetail(
                    "regional.why.inSession",
                    [
                        "kind": .kind(.information), "slot": .value("g2-info"),
                        "detail": BreachDetail(
                            "regional.why.weeklyLimit",
                            [
                                "facilitator": .value("ben"), "count": .number(1), "week": .value("2027-W09"),
                                "limit": .number(1),
                            ]
                        ),
                    ]
                )
        )
        #expect(
            blocker.phrase.english
                == "weekly limit (weekly-limit): information session g2-info: ben already leads 1 session in week "
                + "2027-W09, limit 1"
        )
        #expect(
            blocker.phrase.text(in: .french)
                == "limite hebdomadaire (weekly-limit) : séance d'information g2-info : ben anime déjà 1 séance la "
                + "semaine 2027-W09, limite 1"
        )
        #expect(
            blocker.phrase.text(in: .german)
                == "Wochengrenze (weekly-limit): Informationsveranstaltung g2-info: ben leitet in der Woche 2027-W09 "
                + "schon 1 Termin, Grenze 1"
        )
    }

    @Test func aRunBelowItsMinimumIsNotHeldAndSaysWhy() throws {
        var problem = SmallRegion.make().problem
        problem.workshops[0].minimumParticipants = 4
        problem.workshops[0].maximumParticipants = 4
        problem.interests.removeLast(2)
        let plan = try Self.plan(problem)
        #expect(plan.runs.isEmpty)
        let unheld = try #require(plan.unheldRuns.first)
        #expect(unheld.count == 2)
        #expect(unheld.blocker.rule == .workshopMinimum)
        #expect(plan.waitingLists.first?.entries.map(\.reason) == [.noRunHeld, .noRunHeld])
    }

    @Test func theWaitingListIsRankedByPriority() throws {
        var problem = SmallRegion.make().problem
        problem.workshops[0].runs = 1
        problem.workshops[0].maximumParticipants = 2
        let plan = try Self.plan(problem)
        let run = try #require(plan.runs.first)
        #expect(run.enrolled == ["g1-p1", "g1-p2"])
        let waiting = try #require(plan.waitingLists.first)
        #expect(waiting.entries.map(\.rank) == [1, 2])
        #expect(waiting.entries.map(\.priority) == [.outsider, .outsider])
    }
}

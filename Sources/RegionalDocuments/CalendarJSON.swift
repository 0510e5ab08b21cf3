import Foundation
internal import PlanDocuments
public import PlanningDomain

/// `calendar.json`: the coordinator's calendar in a documented, machine-readable form (`entraide-calendar/1`).
///
/// People appear by id only (groups' participants are counted, never listed; workshop enrolments and waiting
/// lists list region-wide ids). Keys are sorted; the same calendar gives the same bytes. The README's
/// "calendar.json" section documents every member.
public struct CalendarJSON: Sendable {
    /// The problem planned.
    public let problem: RegionalProblem

    /// The writer of a problem's calendars.
    public init(problem: RegionalProblem) { self.problem = problem }

    /// The document of a calendar; `isValid` and `violations` are the independent checker's verdict.
    public func document(for plan: RegionalPlan, seed: UInt64, isValid: Bool, violations: [RuleBreach]) -> Document {
        let clock = ZonedClock(identifier: problem.centre.organisation.timeZone)
        let iso = { (time: LocalDateTime) in clock?.iso8601(time) ?? time.description }
        return Document(
            format: "entraide-calendar/1",
            status: CalendarOutcome(plan: plan).isEmpty ? "nothing-placed" : "planned",
            year: problem.year,
            timeZone: problem.centre.organisation.timeZone,
            provenOptimal: plan.gap == nil,
            objective: ObjectiveTerm.allCases.map { term in
                Term(
                    term: term.name,
                    value: plan.objective[term],
                    bound: plan.bound[term],
                    maximised: term.isMaximised
                )
            },
            gap: plan.gap.map { Gap(term: $0.term.name, value: $0.value, bound: $0.bound, relative: $0.relative) },
            search: Search(
                seed: seed,
                iterations: plan.statistics.iterations,
                improvements: plan.statistics.improvements,
                stop: plan.statistics.stop.rawValue
            ),
            checker: Checker(valid: isValid, violations: violations.map(Breach.init)),
            groups: zip(problem.groups, plan.groups).map { group, outcome in
                GroupEntry(
                    group: group.id.rawValue,
                    stage: group.stage.rawValue,
                    placed: outcome.plan != nil,
                    sessions: (outcome.plan?.sessions ?? []).map { session in
                        Session(
                            kind: session.kind.rawValue,
                            candidate: session.slot.id.rawValue,
                            start: iso(session.slot.start),
                            end: iso(session.slot.end),
                            venue: session.slot.venue.rawValue,
                            facilitator: session.slot.facilitator.rawValue,
                            published: group.published[session.kind].map { $0 == session.slot.id },
                            yes: session.yes.count,
                            ifNeedBe: session.ifNeedBe.count
                        )
                    },
                    blocker: outcome.blocker.map(Breach.init)
                )
            },
            runs: plan.runs.map { run in
                let workshop = problem.workshop(run.workshop)
                return Run(
                    workshop: run.workshop.rawValue,
                    candidate: run.slot.id.rawValue,
                    start: iso(run.slot.start),
                    end: iso(run.slot.end),
                    venue: run.slot.venue.rawValue,
                    facilitators: run.facilitators.map(\.rawValue),
                    enrolled: run.enrolled.map(\.rawValue),
                    minimum: workshop?.minimumParticipants ?? 0,
                    maximum: workshop?.maximumParticipants ?? 0,
                    published: problem.publishedRuns.contains { $0.workshop == run.workshop && $0.slot == run.slot.id }
                )
            },
            waitingLists: plan.waitingLists.map { list in
                WaitingListEntry(
                    workshop: list.workshop.rawValue,
                    entries: list.entries.map {
                        Waiting(
                            person: $0.person.rawValue,
                            rank: $0.rank,
                            priority: Self.name(of: $0.priority),
                            reason: $0.reason.rawValue
                        )
                    }
                )
            },
            unheldRuns: plan.unheldRuns.map {
                Unheld(workshop: $0.workshop.rawValue, count: $0.count, blocker: Breach($0.blocker))
            },
            moves: plan.moves.map(Move.init),
            loads: plan.loads.map { load in
                Load(
                    facilitator: load.facilitator.rawValue,
                    weeklyLimit: load.weeklyLimit,
                    monthlyLimit: load.monthlyLimit,
                    weeks: load.weeks.map { Week(week: $0.week.description, sessions: $0.sessions) }
                )
            }
        )
    }

    /// The bytes: pretty, keys sorted, UTF-8, ending with a newline.
    public static func bytes(_ document: Document) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? encoder.encode(document)) ?? Data()
        return Array(data) + [0x0A]
    }

    /// `new-group-member`, `group-member`, `outsider`.
    static func name(of priority: InterestPriority) -> String {
        switch priority {
        case .newGroupMember: "new-group-member"
        case .groupMember: "group-member"
        case .outsider: "outsider"
        }
    }
}

import PlanningDomain

extension RegionalChecker {
    /// Every objective term, recomputed from the calendar's choices as `ObjectiveTerm` defines it.
    func objective(of plan: RegionalPlan, sessions: [Booked]) -> RegionalObjective {
        var value = RegionalObjective()
        let reference = (LocalDate(year: problem.year, month: 1, day: 1)?.dayNumber ?? 0) * 1440
        for group in problem.groups {
            guard let groupPlan = plan.groups.first(where: { $0.group == group.id })?.plan else { continue }
            value[.groupsPlaced] += 1
            for (kind, id) in group.published
            where groupPlan.sessions.first(where: { $0.slot.kind == kind })?.slot.id == id {
                value[.publishedKept] += 1
            }
            let first = groupPlan.sessions.filter { [.information, .founding1, .founding2].contains($0.slot.kind) }
            let people = group.scenario.participants
            let continuity = people.filter { person in first.allSatisfy { person.availability(for: $0.slot.id) != .no }
            }
            value[.continuity] += continuity.count
            for session in first {
                for person in people {
                    switch person.availability(for: session.slot.id) {
                    case .yes: value[.attendance] += 2
                    case .ifNeedBe: value[.attendance] += 1
                    case .no: break
                    }
                }
            }
            let founding1 = groupPlan.sessions.first { $0.slot.kind == .founding1 }?.slot.start
            let founding2 = groupPlan.sessions.first { $0.slot.kind == .founding2 }?.slot.start
            if let founding1, let founding2, Weekday(of: founding1.date) == Weekday(of: founding2.date),
                founding1.time == founding2.time
            {
                value[.rhythm] += 1
            }
            if let information = groupPlan.sessions.first(where: { $0.slot.kind == .information }) {
                value[.informationStart] += information.slot.start.wallMinutes - reference
            }
            if let review = groupPlan.sessions.first(where: { $0.slot.kind == .review }) {
                for person in continuity {
                    switch person.availability(for: review.slot.id) {
                    case .yes:
                        value[.reviewContinuity] += 1
                        value[.reviewAttendance] += 2
                    case .ifNeedBe:
                        value[.reviewContinuity] += 1
                        value[.reviewAttendance] += 1
                    case .no: break
                    }
                }
                value[.reviewStart] += review.slot.start.wallMinutes - reference
            }
        }
        for published in problem.publishedRuns
        where plan.runs.contains(where: { $0.workshop == published.workshop && $0.slot.id == published.slot }) {
            value[.publishedKept] += 1
        }
        for workshop in problem.workshops {
            let runs = plan.runs.filter { $0.workshop == workshop.id }
            value[.workshopSpread] += Set(runs.map { YearMonth($0.slot.start.date) }).count
            for person in runs.flatMap(\.enrolled) {
                value[.enrolled] += 1
                let interest = problem.interests.first { $0.workshop == workshop.id && $0.person == person }
                value[.enrolmentPriority] += points(of: interest)
            }
        }
        loadTerms(sessions, into: &value)
        return value
    }

    /// 2 for a member of a group founding in the plan or founded in its year, 1 for another member, 0 otherwise.
    private func points(of interest: WorkshopInterest?) -> Int {
        guard let id = interest?.group else { return 0 }
        guard let group = problem.groups.first(where: { $0.id == id }) else { return 1 }
        return group.stage == .founding || group.foundedOn?.year == problem.year ? 2 : 1
    }

    private func loadTerms(_ sessions: [Booked], into value: inout RegionalObjective) {
        var weekly: [String: Int] = [:]
        var daily: [String: Set<Venue.ID>] = [:]
        for session in sessions {
            for facilitator in session.facilitators {
                weekly["\(facilitator) \(ISOWeek(session.start.date))", default: 0] += 1
                daily["\(facilitator) \(session.start.date)", default: []].insert(session.venue)
            }
        }
        let peak = weekly.values.max() ?? 0
        value[.peakLoad] = peak
        value[.peakWeeks] = peak == 0 ? 0 : weekly.values.count { $0 == peak }
        value[.travel] = daily.values.reduce(0) { $0 + max(0, $1.count - 1) }
    }
}

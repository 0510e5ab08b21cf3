import PlanningDomain

extension RegionalChecker {
    /// The single-group rules and the group side of the shared rules, for every group's plan.
    func checkGroups(_ plan: RegionalPlan, sessions: inout [Booked], log: inout BreachLog) {
        let listed = plan.groups.map(\.group)
        for group in problem.groups where listed.count(where: { $0 == group.id }) != 1 {
            log.add(
                .sessionSequence,
                "group \(group.id) appears \(listed.count { $0 == group.id }) times in the calendar"
            )
        }
        for outcome in plan.groups {
            guard let group = problem.groups.first(where: { $0.id == outcome.group }) else {
                log.add(.sessionSequence, "group \(outcome.group) is not in the problem")
                continue
            }
            guard let groupPlan = outcome.plan else { continue }
            checkGroup(group, groupPlan, sessions: &sessions, log: &log)
        }
    }

    private func checkGroup(_ group: RegionalGroup, _ plan: Plan, sessions: inout [Booked], log: inout BreachLog) {
        let scenario = group.scenario
        let name = "group \(group.id)"
        let kinds = plannedKinds(of: scenario)
        guard plan.sessions.map(\.slot.kind) == kinds else {
            log.add(
                .sessionSequence,
                "\(name) has sessions \(plan.sessions.map(\.slot.kind.rawValue)), expected \(kinds.map(\.rawValue))"
            )
            return
        }
        for session in plan.sessions {
            let slot = session.slot
            let label = "\(name) \(slot.kind.rawValue) \(slot.id)"
            guard scenario.candidates.contains(slot) else {
                log.add(.sessionSequence, "\(label) is not one of the group's \(slot.kind.rawValue) candidates")
                continue
            }
            sessions.append(
                Booked(
                    label: label,
                    start: slot.start,
                    end: slot.end,
                    venue: slot.venue,
                    facilitators: [slot.facilitator]
                )
            )
            let date = slot.start.date
            if problem.centre.closures.contains(where: { $0.contains(date) })
                || scenario.closures.contains(where: { $0.contains(date) })
            {
                log.add(.closure, "\(label) falls on \(date), a closure")
            }
            let centreRecord = centreFacilitator(slot.facilitator)
            let groupRecord = scenario.facilitators.first { $0.id == slot.facilitator }
            if centreRecord?.awayDates.contains(date) == true || groupRecord?.awayDates.contains(date) == true {
                log.add(.facilitatorAway, "\(label): \(slot.facilitator) is away on \(date)")
            }
            if groupRecord?.busySlots.contains(slot.id) == true {
                log.add(.facilitatorBusy, "\(label): \(slot.facilitator) is busy at that time")
            }
            if let record = centreRecord, !record.qualifications.mayLead(slot.kind) {
                log.add(.qualification, "\(label): \(slot.facilitator) is not qualified for \(slot.kind.rawValue)")
            }
            // The room as the group's scenario describes it, else the centre's record (whose booked candidates
            // belong to no group).
            let groupRoom = scenario.venues.first { $0.id == slot.venue }
            let room = groupRoom ?? centreVenue(slot.venue)
            if groupRoom?.bookedSlots.contains(slot.id) == true {
                log.add(.venueBooked, "\(label): \(slot.venue) is booked for this candidate")
            }
            let able = scenario.participants.filter { $0.availability(for: slot.id) != .no }
            if let room, room.capacity < able.count + 1 {
                log.add(
                    .venueCapacity,
                    "\(label): \(slot.venue) seats \(room.capacity), \(able.count) can attend plus the facilitator"
                )
            }
            if let room, !room.hasStepFreeAccess, let person = able.first(where: \.needsStepFreeAccess) {
                log.add(.stepFree, "\(label): \(person.id) needs step-free access and \(slot.venue) has none")
            }
            guard [SessionKind.information, .founding1, .founding2].contains(slot.kind) else { continue }
            let initiator = scenario.group.initiator ?? scenario.participants.first(where: \.isInitiator)?.id
            if scenario.rules.initiatorMustAttend, let initiator, !able.contains(where: { $0.id == initiator }) {
                log.add(.initiator, "\(label): initiator \(initiator) cannot attend")
            }
            if able.count < scenario.group.quorum {
                log.add(.quorum, "\(label): \(able.count) can attend, quorum \(scenario.group.quorum)")
            }
        }
        checkSequence(group, plan, name: name, log: &log)
    }

    private func checkSequence(_ group: RegionalGroup, _ plan: Plan, name: String, log: inout BreachLog) {
        let scenario = group.scenario
        for (previous, next) in zip(plan.sessions, plan.sessions.dropFirst()) {
            let rule = scenario.sessionRules.first { $0.kind == next.slot.kind } ?? SessionRule.standard(next.slot.kind)
            let days = previous.slot.start.date.days(to: next.slot.start.date)
            let allowed = rule.daysAfterPrevious ?? 0...Int.max
            if !allowed.contains(days) {
                log.add(
                    .sessionGap,
                    "\(name) \(next.slot.kind.rawValue) is \(days) days after \(previous.slot.kind.rawValue), "
                        + "allowed \(allowed.lowerBound)...\(allowed.upperBound)"
                )
            }
        }
        if scenario.rules.quorumScope == .wholeSequence {
            let first = plan.sessions.prefix(3).map(\.slot.id)
            let everyone = scenario.participants.filter { person in
                first.allSatisfy { person.availability(for: $0) != .no }
            }
            if everyone.count < scenario.group.quorum {
                log.add(
                    .sequenceQuorum,
                    "\(name): \(everyone.count) can attend all three, quorum \(scenario.group.quorum)"
                )
            }
        }
    }
}

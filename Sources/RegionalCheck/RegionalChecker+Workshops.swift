import PlanningDomain

extension RegionalChecker {
    /// The workshop rules and the run side of the shared rules.
    func checkRuns(_ plan: RegionalPlan, sessions: inout [Booked], log: inout BreachLog) {
        var enrolments: [(person: Participant.ID, start: LocalDateTime, end: LocalDateTime, label: String)] = []
        for workshop in problem.workshops {
            let runs = plan.runs.filter { $0.workshop == workshop.id }
            if runs.count > workshop.runs {
                log.add(.workshopRuns, "workshop \(workshop.id) holds \(runs.count) runs, at most \(workshop.runs)")
            }
            let slots = runs.map(\.slot.id)
            if Set(slots).count != slots.count {
                log.add(.workshopRuns, "workshop \(workshop.id) holds two runs at the same candidate")
            }
            var seen: [Participant.ID: Int] = [:]
            for run in runs {
                for person in run.enrolled { seen[person, default: 0] += 1 }
            }
            for (person, count) in seen.sorted(by: { $0.key < $1.key }) where count > 1 {
                log.add(.enrolmentOnce, "\(person) is enrolled in \(count) runs of workshop \(workshop.id)")
            }
            for run in runs {
                checkRun(run, workshop, sessions: &sessions, log: &log)
                let label = "workshop \(workshop.id) run \(run.slot.id)"
                enrolments += run.enrolled.map { (person: $0, start: run.slot.start, end: run.slot.end, label: label) }
            }
        }
        for run in plan.runs where !problem.workshops.contains(where: { $0.id == run.workshop }) {
            log.add(.workshopCandidate, "workshop \(run.workshop) is not in the catalogue")
        }
        let byPerson = Dictionary(grouping: enrolments, by: \.person)
        for person in byPerson.keys.sorted() {
            let list = (byPerson[person] ?? []).sorted { $0.start < $1.start }
            for (a, b) in zip(list, list.dropFirst()) where b.start < a.end {
                log.add(.personOverlap, "\(person) is enrolled in \(a.label) and \(b.label), which overlap")
            }
        }
    }

    private func checkRun(_ run: WorkshopRun, _ workshop: Workshop, sessions: inout [Booked], log: inout BreachLog) {
        let label = "workshop \(workshop.id) run \(run.slot.id)"
        guard workshop.candidates.contains(run.slot) else {
            log.add(.workshopCandidate, "\(label) is not one of the workshop's candidates")
            return
        }
        if !workshop.windows.contains(where: { $0.contains(run.slot.start.date) }) {
            log.add(.workshopCandidate, "\(label) lies outside the workshop's windows")
        }
        sessions.append(
            Booked(
                label: label,
                start: run.slot.start,
                end: run.slot.end,
                venue: run.slot.venue,
                facilitators: run.facilitators
            )
        )
        if run.facilitators.count != workshop.facilitatorsNeeded
            || Set(run.facilitators).count != run.facilitators.count
        {
            log.add(
                .workshopFacilitators,
                "\(label) has facilitators \(run.facilitators.map(\.rawValue)), needs \(workshop.facilitatorsNeeded) different"
            )
        }
        let date = run.slot.start.date
        if problem.centre.closures.contains(where: { $0.contains(date) }) {
            log.add(.closure, "\(label) falls on \(date), a closure")
        }
        for id in run.facilitators {
            guard let facilitator = centreFacilitator(id) else {
                log.add(.qualification, "\(label): \(id) is not a facilitator of the centre")
                continue
            }
            if !facilitator.qualifications.mayLead(workshop: workshop.id.rawValue) {
                log.add(.qualification, "\(label): \(id) is not qualified for workshop \(workshop.id)")
            }
            if facilitator.awayDates.contains(date) { log.add(.facilitatorAway, "\(label): \(id) is away on \(date)") }
        }
        if run.enrolled.count > workshop.maximumParticipants {
            log.add(.workshopCapacity, "\(label) enrols \(run.enrolled.count), maximum \(workshop.maximumParticipants)")
        }
        if run.enrolled.count < workshop.minimumParticipants {
            log.add(.workshopMinimum, "\(label) enrols \(run.enrolled.count), minimum \(workshop.minimumParticipants)")
        }
        let interests = problem.interests.filter { $0.workshop == workshop.id }
        var needsStepFree = workshop.needsStepFreeAccess
        for person in run.enrolled {
            guard let interest = interests.first(where: { $0.person == person }) else {
                log.add(.enrolmentInterest, "\(label): \(person) is not interested in workshop \(workshop.id)")
                continue
            }
            if (interest.answers[run.slot.id] ?? .no) == .no {
                log.add(.enrolmentInterest, "\(label): \(person) cannot attend it")
            }
            needsStepFree = needsStepFree || interest.needsStepFreeAccess
        }
        if let room = centreVenue(run.slot.venue) {
            let seats = run.enrolled.count + run.facilitators.count
            if room.capacity < seats {
                log.add(.venueCapacity, "\(label): \(room.id) seats \(room.capacity), \(seats) expected")
            }
            if let needed = workshop.minimumRoomCapacity, room.capacity < needed {
                log.add(.venueCapacity, "\(label): \(room.id) seats \(room.capacity), the workshop needs \(needed)")
            }
            if needsStepFree && !room.hasStepFreeAccess {
                log.add(.stepFree, "\(label): \(room.id) has no step-free access")
            }
        }
    }
}

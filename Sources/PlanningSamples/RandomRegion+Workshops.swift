import PlanningDomain

extension RandomRegion {
    /// One workshop: 1 to 3 runs in one or two windows of months, on Saturday mornings or weekday afternoons and
    /// evenings, in rooms that fit it.
    static func makeWorkshop(_ index: Int, _ random: inout SplitMix64, shape: RegionShape, centre: Centre) -> Workshop {
        let id = Workshop.ID("w\(pad(index + 1, 3))")
        let runs = random.chance(0.4) ? 1 : (random.chance(0.67) ? 2 : 3)
        let first = random.int(in: 2...10)
        let windows: [DateWindow]
        if random.chance(0.5) {
            windows = [first, first + 1].compactMap { DateWindow.month(year: year, month: $0) }
        } else {
            windows = [first, min(12, first + random.int(in: 2...4))].compactMap {
                DateWindow.month(year: year, month: $0)
            }
        }
        let needsStepFree = random.chance(0.15)
        let rooms = centre.venues.filter { !needsStepFree || $0.hasStepFreeAccess }
        let span = windows.flatMap { window in (window.from.dayNumber...window.to.dayNumber).map(LocalDate.init) }
        var candidates: [WorkshopSlot] = []
        var attempts = 0
        while candidates.count < shape.workshopCandidates && attempts < 50 * shape.workshopCandidates {
            attempts += 1
            let date = random.element(of: span)
            let saturday = date.weekday == 6
            guard saturday || (2...4).contains(date.weekday) else { continue }
            let time = saturday ? minutes(9 * 60 + 30) : (random.chance(0.5) ? minutes(14 * 60) : minutes(18 * 60))
            let venue = random.element(of: rooms).id
            let slot = WorkshopSlot(
                id: .init("\(id)-c\(candidates.count + 1)"),
                start: LocalDateTime(date: date, time: time),
                durationMinutes: Workshop.defaultDurationMinutes,
                venue: venue
            )
            guard !candidates.contains(where: { $0.start == slot.start && $0.venue == venue }) else { continue }
            candidates.append(slot)
        }
        let used = windows.filter { window in candidates.contains { window.contains($0.date) } }
        return Workshop(
            id: id,
            titles: [.french: "Atelier \(index + 1)", .english: "Workshop \(index + 1)"],
            descriptions: [.french: "Animation de groupe et communication."],
            maximumParticipants: random.chance(0.3) ? 12 : 16,
            runs: runs,
            windows: used,
            facilitatorsNeeded: random.chance(0.3) ? 2 : 1,
            needsStepFreeAccess: needsStepFree,
            candidates: candidates
        )
    }

    /// Gives each workshop a few qualified facilitators (one or two more than it needs, up to three more).
    static func qualify(_ centre: inout Centre, for workshops: [Workshop], _ random: inout SplitMix64) {
        for index in centre.facilitators.indices {
            centre.facilitators[index].qualifications.allWorkshops = false
        }
        for workshop in workshops {
            let wanted = min(centre.facilitators.count, workshop.facilitatorsNeeded + random.int(in: 1...3))
            var chosen = Set<Int>()
            while chosen.count < wanted { chosen.insert(random.int(in: 0...(centre.facilitators.count - 1))) }
            for index in chosen.sorted() {
                centre.facilitators[index].qualifications.workshops.insert(workshop.id.rawValue)
            }
        }
    }

    /// People interested in a workshop: members of the groups (70 %) and people from outside, drawn from pools
    /// so that some want several workshops; each answers its candidates.
    static func makeInterests(
        for workshop: Workshop,
        _ random: inout SplitMix64,
        shape: RegionShape,
        groups: [RegionalGroup]
    ) -> [WorkshopInterest] {
        let count = random.int(in: shape.interested)
        var seen = Set<Participant.ID>()
        var interests: [WorkshopInterest] = []
        var attempts = 0
        while interests.count < count && attempts < 20 * count {
            attempts += 1
            let person: Participant.ID
            let group: Group.ID?
            if random.chance(0.7), !groups.isEmpty {
                let chosen = random.element(of: groups)
                let member = random.element(of: chosen.scenario.participants)
                person = .init("\(chosen.id)-\(member.id)")
                group = chosen.id
            } else {
                person = .init("o\(pad(random.int(in: 1...(shape.workshops * 4)), 4))")
                group = nil
            }
            guard seen.insert(person).inserted else { continue }
            let keen = Double(random.int(in: 70...130)) / 100
            let likesSaturday = random.chance(0.5)
            var answers: [WorkshopSlot.ID: Availability] = [:]
            for slot in workshop.candidates {
                let rate = 0.45 * keen * ((slot.date.weekday == 6) == likesSaturday ? 1.3 : 0.7)
                if random.chance(rate) {
                    answers[slot.id] = .yes
                } else if random.chance(0.15) {
                    answers[slot.id] = .ifNeedBe
                }
            }
            interests.append(
                WorkshopInterest(
                    person: person,
                    workshop: workshop.id,
                    group: group,
                    registeredAt: Instant(secondsSince1970: 1_790_000_000 + Int64(random.int(in: 0...9_000_000))),
                    needsStepFreeAccess: random.chance(0.05),
                    answers: answers
                )
            )
        }
        return interests
    }

    /// The run staff published: the candidate most interested people can attend.
    static func publishedRun(of workshop: Workshop, interests: [WorkshopInterest]) -> PublishedRun? {
        let mine = interests.filter { $0.workshop == workshop.id }
        let best = workshop.candidates.max { a, b in
            let left = mine.count { $0.availability(for: a.id).canAttend }
            let right = mine.count { $0.availability(for: b.id).canAttend }
            return (left, b.id) < (right, a.id)
        }
        return best.map { PublishedRun(workshop: workshop.id, slot: $0.id) }
    }
}

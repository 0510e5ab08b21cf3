import PlanningDomain

extension RandomRegion {
    /// One group: founding (candidates over a few weeks from a start between January and September) or with its
    /// review due (held sessions the autumn before, published, and review candidates).
    static func makeGroup(
        _ index: Int,
        _ random: inout SplitMix64,
        shape: RegionShape,
        centre: Centre,
        held taken: inout [String: Int]
    ) -> RegionalGroup {
        let id = Group.ID("g\(pad(index + 1, 3))")
        let facilitators = centre.facilitators
        let lead = random.element(of: facilitators).id
        let second = random.element(of: facilitators).id
        let closed = centre.closures
        var venues = [random.element(of: centre.venues).id]
        venues.append(random.element(of: centre.venues).id)
        let weekdays = Array(Set([random.int(in: 1...4), random.int(in: 1...4)])).sorted()
        let times = [18 * 60, 18 * 60 + 30, 19 * 60].map(minutes)
        let groupTimes = [random.element(of: times), random.element(of: times)]
        let reviewDue = random.chance(shape.reviewDueShare)
        let plansReview = reviewDue || random.chance(shape.reviewShare)

        var candidates: [CandidateSlot] = []
        var published: [SessionKind: CandidateSlot.ID] = [:]
        func draw(_ kind: SessionKind, days window: ClosedRange<Int>, count: Int) {
            var seen = Set<String>()
            var attempts = 0
            var made = 0
            while made < count && attempts < 40 * count {
                attempts += 1
                let date = januaryFirst.adding(days: random.int(in: window))
                guard weekdays.contains(date.weekday) else { continue }
                // Staff rarely propose a day the centre is closed.
                if closed.contains(where: { $0.contains(date) }) && random.chance(0.9) { continue }
                let time = random.element(of: groupTimes)
                let venue = random.element(of: venues)
                guard seen.insert("\(date)\(time)\(venue)").inserted else { continue }
                made += 1
                // Staff propose someone qualified, usually the group's lead.
                let preferred = random.chance(0.8) ? lead : second
                let qualified =
                    facilitators.first { $0.id == preferred && $0.qualifications.mayLead(kind) }
                    ?? facilitators.first { $0.qualifications.mayLead(kind) && ($0.id == lead || $0.id == second) }
                    ?? (random.chance(0.5) ? facilitators.first { $0.qualifications.mayLead(kind) } : nil)
                candidates.append(
                    CandidateSlot(
                        id: .init("\(id)-\(kind.rawValue)-\(made)"),
                        kind: kind,
                        start: LocalDateTime(date: date, time: time),
                        durationMinutes: SessionRule.standard(kind).durationMinutes,
                        venue: venue,
                        facilitator: qualified?.id ?? preferred
                    )
                )
            }
        }
        var foundedOn: LocalDate?
        if reviewDue {
            // Held on the group's first weekday, every two weeks, in the autumn before.
            // In a roomy step-free room, never twice a week for the lead nor twice a day in the room.
            let roomy = centre.venues.filter { $0.capacity >= 15 && $0.hasStepFreeAccess }.map(\.id)
            var room = roomy.isEmpty ? venues[0] : random.element(of: roomy)
            var held = random.int(in: -140 ... -75)
            func isTaken(_ day: Int) -> Bool {
                taken["\(lead)@\((day + 20_819 + 3) / 7)", default: 0] >= 2 || taken["\(lead)#\(day)"] != nil
                    || taken["\(room)#\(day)"] != nil
            }
            var tries = 0
            while januaryFirst.adding(days: held).weekday != weekdays[0]
                || (0..<3).contains(where: { isTaken(held + 14 * $0) })
            {
                tries += 1
                held = tries % 7 == 0 ? random.int(in: -140 ... -75) : held + 1
                if tries % 21 == 0, !roomy.isEmpty { room = random.element(of: roomy) }
                if tries > 2000 { break }
            }
            venues[0] = room
            for offset in 0..<3 {
                taken["\(lead)@\((held + 14 * offset + 20_819 + 3) / 7)", default: 0] += 1
                taken["\(lead)#\(held + 14 * offset)"] = 1
                taken["\(room)#\(held + 14 * offset)"] = 1
            }
            for (offset, kind) in SessionKind.foundingSequence.enumerated() {
                let date = januaryFirst.adding(days: held + 14 * offset)
                let slot = CandidateSlot(
                    id: .init("\(id)-\(kind.rawValue)-held"),
                    kind: kind,
                    start: LocalDateTime(date: date, time: groupTimes[0]),
                    durationMinutes: SessionRule.standard(kind).durationMinutes,
                    venue: venues[0],
                    facilitator: lead
                )
                candidates.append(slot)
                published[kind] = slot.id
                foundedOn = date
            }
            draw(.review, days: (held + 28 + 95)...(held + 28 + 175), count: shape.candidatesPerSession)
        } else {
            // Not into the summer closure (days 199 to 217 of 2027).
            var start = random.int(in: 7...250)
            if (178...217).contains(start) { start += 42 }
            draw(.information, days: start...(start + 20), count: shape.candidatesPerSession)
            draw(.founding1, days: (start + 14)...(start + 38), count: shape.candidatesPerSession)
            draw(.founding2, days: (start + 28)...(start + 60), count: shape.candidatesPerSession)
            if plansReview {
                draw(.review, days: (start + 140)...(start + 220), count: shape.candidatesPerSession)
            }
        }

        let count = random.int(in: shape.participants)
        let participants = (0..<count).map { number in
            let keen = Double(random.int(in: 80...120)) / 100
            let likes = random.element(of: groupTimes)
            var answers: [CandidateSlot.ID: Availability] = [:]
            for slot in candidates {
                if slot.id.rawValue.hasSuffix("-held") {
                    answers[slot.id] = random.chance(0.9) ? .yes : .ifNeedBe
                    continue
                }
                let rate = (number == 0 ? 0.85 : 0.55 * keen) * (slot.start.time == likes ? 1.2 : 0.9)
                if random.chance(rate) {
                    answers[slot.id] = .yes
                } else if random.chance(0.25) {
                    answers[slot.id] = .ifNeedBe
                }
            }
            return Participant(
                id: .init("p\(pad(number + 1, 2))"),
                name: "Participant \(number + 1)",
                email: "p\(number + 1)@example.org",
                language: .french,
                isInitiator: number == 0,
                needsStepFreeAccess: number == 1 && random.chance(0.2),
                answers: answers
            )
        }
        let quorum = random.chance(0.6) ? 5 : 6
        var rules = SessionKind.foundingSequence.map(SessionRule.standard)
        if plansReview { rules.append(SessionRule.standard(.review)) }
        let scenario = Scenario(
            organisation: centre.organisation,
            group: Group(
                id: id,
                title: "Group \(index + 1)",
                theme: "Theme",
                type: .talkingGroup,
                region: "Region",
                quorum: quorum,
                initiator: "p01"
            ),
            facilitators: centre.facilitators.filter { $0.id == lead || $0.id == second },
            venues: centre.venues.filter { venues.contains($0.id) },
            sessionRules: rules,
            candidates: candidates,
            participants: participants,
            closures: [],
            rules: PlanningRules(quorumScope: random.chance(0.1) ? .wholeSequence : .eachSession)
        )
        if !reviewDue && random.chance(shape.publishedShare) {
            publish(scenario, into: &published, alsoFounding1: random.chance(0.4))
        }
        return RegionalGroup(
            scenario: scenario,
            stage: reviewDue ? .reviewDue : .founding,
            foundedOn: foundedOn,
            published: published
        )
    }

    /// Publishes the information session staff would pick (the most people can attend, quorum and initiator
    /// included), and sometimes the founding session 1 after it.
    private static func publish(
        _ scenario: Scenario,
        into published: inout [SessionKind: CandidateSlot.ID],
        alsoFounding1: Bool
    ) {
        func attendance(_ slot: CandidateSlot) -> Int? {
            let able = scenario.participants.filter { $0.availability(for: slot.id).canAttend }
            guard able.count >= scenario.group.quorum, able.contains(where: \.isInitiator) else { return nil }
            return able.count
        }
        func pick(_ slots: [CandidateSlot]) -> CandidateSlot? {
            slots.compactMap { slot in attendance(slot).map { (slot, $0) } }
                .max { ($0.1, $1.0.id) < ($1.1, $0.0.id) }?.0
        }
        guard let information = pick(scenario.candidates(of: .information)) else { return }
        published[.information] = information.id
        guard alsoFounding1 else { return }
        let later = scenario.candidates(of: .founding1).filter { (7...28).contains(information.date.days(to: $0.date)) }
        if let founding1 = pick(later) { published[.founding1] = founding1.id }
    }

    /// After publication, a facilitator with a published session in 2027 is away for two weeks around it, and
    /// the room of another published session is booked over it: re-planning must move them.
    static func disrupt(
        _ centre: inout Centre,
        _ groups: inout [RegionalGroup],
        _ bookings: inout [VenueBooking],
        _ random: inout SplitMix64
    ) {
        let published = groups.flatMap { group in
            SessionKind.groupSequence.compactMap { kind in
                group.published[kind].flatMap { id in group.scenario.candidates.first { $0.id == id } }
            }
        }.filter { $0.date.year == year }
        guard !published.isEmpty else { return }
        let absent = random.element(of: published)
        if let index = centre.facilitators.firstIndex(where: { $0.id == absent.facilitator }) {
            for offset in -3..<11 { centre.facilitators[index].awayDates.insert(absent.date.adding(days: offset)) }
        }
        let closed = random.element(of: published)
        bookings.append(VenueBooking(venue: closed.venue, start: closed.start, end: closed.end, reason: "travaux"))
    }
}

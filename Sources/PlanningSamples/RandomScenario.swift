public import PlanningDomain

/// Seeded random scenarios: the same seed and shape give the same scenario.
///
/// Participants have habits (preferred weekdays and times) so that answers correlate the way real poll
/// answers do; venues differ in size and access and are sometimes booked; facilitators have days away and busy
/// hours; closures remove dates.
public enum RandomScenario {
    /// Monday 11 January 2027 (20 829 days after 1970-01-01), the earliest first day drawn.
    private static let firstMonday = LocalDate(dayNumber: 20_829)

    /// A scenario of the given shape drawn from `seed`; it may well have no feasible plan.
    ///
    /// The initiator is `p01`. Start times of `shape` outside 00:00–23:59 are ignored.
    public static func make(seed: UInt64, shape: SampleShape) -> Scenario {
        var random = SplitMix64(seed: seed)
        let firstDay = firstMonday.adding(days: random.int(in: 0...6))
        let startTimes = shape.startTimes.compactMap { LocalTime(hour: $0 / 60, minute: $0 % 60) }

        var facilitators = (0..<shape.facilitators).map { index in
            let away = (0..<random.int(in: 0...3)).map { _ in
                firstDay.adding(days: random.int(in: 0...(shape.offsets[1] + shape.spanDays)))
            }
            return Facilitator(
                id: .init("f\(index + 1)"),
                name: "Facilitator \(index + 1)",
                email: "f\(index + 1)@centre.example",
                awayDates: Set(away)
            )
        }
        var venues = (0..<shape.venues).map { index in
            Venue(
                id: .init("v\(index + 1)"),
                name: "Venue \(index + 1)",
                address: "Street \(index + 1)",
                capacity: random.int(in: max(6, shape.participants * 2 / 3)...(shape.participants + 4)),
                hasStepFreeAccess: index == 0 || random.chance(0.6)
            )
        }

        var rules = [SessionRule(kind: .information, durationMinutes: 90, daysAfterPrevious: nil)]
        for (index, kind) in [SessionKind.founding1, .founding2, .review].enumerated() {
            if kind == .review && shape.reviewCandidates == 0 { continue }
            rules.append(SessionRule(kind: kind, durationMinutes: 120, daysAfterPrevious: shape.gaps[index]))
        }

        var candidates: [CandidateSlot] = []
        for (position, rule) in rules.enumerated() {
            let offset = rule.kind == .information ? 0 : shape.offsets[position - 1]
            let count = rule.kind == .review ? shape.reviewCandidates : shape.candidatesPerSession
            var seen = Set<String>()
            var attempts = 0
            while candidates.count(where: { $0.kind == rule.kind }) < count {
                attempts += 1
                let date = firstDay.adding(days: offset + random.int(in: 0...(shape.spanDays - 1)))
                let time = random.element(of: startTimes)
                let venue = random.element(of: venues).id
                let key = "\(date)-\(time)-\(venue)"
                guard seen.insert(key).inserted || attempts > 20 * count else { continue }
                candidates.append(
                    CandidateSlot(
                        id: .init("\(rule.kind.rawValue)-\(candidates.count(where: { $0.kind == rule.kind }) + 1)"),
                        kind: rule.kind,
                        start: LocalDateTime(date: date, time: time),
                        durationMinutes: rule.durationMinutes,
                        venue: venue,
                        facilitator: random.element(of: facilitators).id
                    )
                )
            }
        }

        let participants = (0..<shape.participants).map { index in
            let habit = (1...7).map { _ in random.chance(0.5) }
            let keenness = Double(random.int(in: 60...140)) / 100
            var answers: [CandidateSlot.ID: Availability] = [:]
            for slot in candidates {
                let rate = shape.yesRate * keenness * (habit[slot.date.weekday - 1] ? 1.5 : 0.5)
                if random.chance(rate) {
                    answers[slot.id] = .yes
                } else if random.chance(shape.ifNeedBeRate) {
                    answers[slot.id] = .ifNeedBe
                }
            }
            return Participant(
                id: .init("p\(index + 1 < 10 ? "0" : "")\(index + 1)"),
                name: "Participant \(index + 1)",
                email: "p\(index + 1)@example.org",
                language: .french,
                isInitiator: index == 0,
                needsStepFreeAccess: index > 0 && index <= shape.stepFreeParticipants,
                answers: answers
            )
        }

        let closures = (0..<shape.closures).map { _ in
            let from = firstDay.adding(days: random.int(in: 0...(shape.offsets[1] + shape.spanDays)))
            return Closure(from: from, to: from.adding(days: random.int(in: 0...2)))
        }

        // Busy calendars come from a stream of their own, so that adding them left every other draw as it was.
        var calendars = SplitMix64(seed: seed ^ 0x9E37_79B9_7F4A_7C15)
        for slot in candidates {
            if calendars.chance(0.04), let index = facilitators.firstIndex(where: { $0.id == slot.facilitator }) {
                facilitators[index].busySlots.insert(slot.id)
            }
            if calendars.chance(0.03), let index = venues.firstIndex(where: { $0.id == slot.venue }) {
                venues[index].bookedSlots.insert(slot.id)
            }
        }

        return Scenario(
            organisation: Organisation(
                name: "Centre",
                timeZone: "Europe/Zurich",
                language: .french,
                organiser: Contact(name: "Centre", email: "centre@centre.example"),
                uidDomain: "centre.example"
            ),
            group: Group(
                id: .init("group-\(seed)"),
                title: "Group \(seed)",
                theme: "Theme",
                type: .talkingGroup,
                region: "Region",
                quorum: shape.quorum,
                maximumSize: max(12, shape.quorum),
                initiator: "p01"
            ),
            facilitators: facilitators,
            venues: venues,
            sessionRules: rules,
            candidates: candidates,
            participants: participants,
            closures: closures,
            rules: shape.rules
        )
    }
}

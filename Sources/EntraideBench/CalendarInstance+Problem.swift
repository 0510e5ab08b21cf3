import PlanningDomain

extension CalendarInstance {
    /// Describes a problem for the CP-SAT model.
    init(size: String, seed: UInt64, problem: RegionalProblem) {
        self.init(
            size: size,
            seed: seed,
            year: problem.year,
            reference: problem.referenceMinute,
            buffer: problem.centre.travelBufferMinutes,
            facilitators: problem.centre.facilitators.map { facilitator in
                FacilitatorRecord(
                    id: facilitator.id.rawValue,
                    weekly: facilitator.weeklyLimit,
                    monthly: facilitator.monthlyLimit,
                    away: facilitator.awayDates.map(\.dayNumber).sorted(),
                    kinds: facilitator.qualifications.sessionKinds.map(\.rawValue).sorted(),
                    workshops: problem.workshops.map(\.id.rawValue).filter {
                        facilitator.qualifications.mayLead(workshop: $0)
                    }
                )
            },
            venues: problem.centre.venues.map { venue in
                VenueRecord(
                    id: venue.id.rawValue,
                    capacity: venue.capacity,
                    stepFree: venue.hasStepFreeAccess,
                    open: venue.openingHours.map { [$0.weekday.rawValue, $0.from.minuteOfDay, $0.to.minuteOfDay] }
                )
            },
            closures: problem.centre.closures.map { [$0.from.dayNumber, $0.to.dayNumber] },
            bookings: problem.bookings.map {
                BookingRecord(venue: $0.venue.rawValue, start: $0.start.wallMinutes, end: $0.end.wallMinutes)
            },
            groups: problem.groups.map(Self.group),
            workshops: problem.workshops.map { Self.workshop($0, problem: problem) },
            swift: nil
        )
    }

    private static func group(_ group: RegionalGroup) -> GroupRecord {
        let scenario = group.scenario
        let people = scenario.participants
        let initiator = scenario.group.initiator ?? people.first(where: \.isInitiator)?.id
        let kinds = SessionKind.groupSequence.filter { $0 != .review || scenario.rule(for: $0) != nil }
        return GroupRecord(
            id: group.id.rawValue,
            quorum: scenario.group.quorum,
            wholeSequence: scenario.rules.quorumScope == .wholeSequence,
            initiatorMustAttend: scenario.rules.initiatorMustAttend,
            initiator: initiator.flatMap { id in people.firstIndex { $0.id == id } },
            participants: people.count,
            stepFree: people.indices.filter { people[$0].needsStepFreeAccess },
            closures: scenario.closures.map { [$0.from.dayNumber, $0.to.dayNumber] },
            facilitators: Dictionary(
                scenario.facilitators.map {
                    (
                        $0.id.rawValue,
                        GroupFacilitator(
                            away: $0.awayDates.map(\.dayNumber).sorted(),
                            busy: $0.busySlots.map(\.rawValue).sorted()
                        )
                    )
                },
                uniquingKeysWith: { first, _ in first }
            ),
            venues: Dictionary(
                scenario.venues.map {
                    (
                        $0.id.rawValue,
                        GroupVenue(
                            capacity: $0.capacity,
                            stepFree: $0.hasStepFreeAccess,
                            booked: $0.bookedSlots.map(\.rawValue).sorted()
                        )
                    )
                },
                uniquingKeysWith: { first, _ in first }
            ),
            levels: kinds.enumerated().map { index, kind in
                let rule = scenario.rule(for: kind) ?? SessionRule.standard(kind)
                let gap =
                    index == 0 ? nil : rule.daysAfterPrevious.map { [$0.lowerBound, $0.upperBound] } ?? [0, 1_000_000]
                return Level(
                    kind: kind.rawValue,
                    gap: gap,
                    published: group.published[kind]?.rawValue,
                    slots: scenario.candidates(of: kind).map { slot in
                        GroupSlot(
                            id: slot.id.rawValue,
                            start: slot.start.wallMinutes,
                            end: slot.end.wallMinutes,
                            day: slot.date.dayNumber,
                            weekday: slot.date.weekday,
                            minuteOfDay: slot.start.time.minuteOfDay,
                            facilitator: slot.facilitator.rawValue,
                            venue: slot.venue.rawValue,
                            attend: people.indices.filter { people[$0].availability(for: slot.id).canAttend },
                            yes: people.indices.filter { people[$0].availability(for: slot.id) == .yes }
                        )
                    }
                )
            }
        )
    }

    private static func workshop(_ workshop: Workshop, problem: RegionalProblem) -> WorkshopRecord {
        WorkshopRecord(
            id: workshop.id.rawValue,
            runs: workshop.runs,
            minimum: workshop.minimumParticipants,
            maximum: workshop.maximumParticipants,
            need: workshop.facilitatorsNeeded,
            stepFree: workshop.needsStepFreeAccess,
            roomCapacity: workshop.minimumRoomCapacity,
            windows: workshop.windows.map { [$0.from.dayNumber, $0.to.dayNumber] },
            published: problem.publishedRuns.filter { $0.workshop == workshop.id }.map(\.slot.rawValue),
            slots: workshop.candidates.map { slot in
                WorkshopSlotRecord(
                    id: slot.id.rawValue,
                    start: slot.start.wallMinutes,
                    end: slot.end.wallMinutes,
                    day: slot.date.dayNumber,
                    weekday: slot.date.weekday,
                    minuteOfDay: slot.start.time.minuteOfDay,
                    venue: slot.venue.rawValue
                )
            },
            interests: problem.interests.filter { $0.workshop == workshop.id }.map { interest in
                InterestRecord(
                    person: interest.person.rawValue,
                    points: problem.priority(of: interest).points,
                    stepFree: interest.needsStepFreeAccess,
                    attend: workshop.candidates.indices.filter {
                        interest.availability(for: workshop.candidates[$0].id).canAttend
                    }
                )
            }
        )
    }
}

extension CalendarInstance.PlanRecord {
    /// A calendar's choices as ids.
    init(_ plan: RegionalPlan) {
        var groups: [String: [String]] = [:]
        for outcome in plan.groups {
            if let sessions = outcome.plan?.sessions {
                groups[outcome.group.rawValue] = sessions.map(\.slot.id.rawValue)
            }
        }
        self.init(
            groups: groups,
            runs: plan.runs.map {
                CalendarInstance.RunRecord(
                    workshop: $0.workshop.rawValue,
                    slot: $0.slot.id.rawValue,
                    facilitators: $0.facilitators.map(\.rawValue),
                    enrolled: $0.enrolled.map(\.rawValue)
                )
            }
        )
    }

    /// The calendar these ids describe in `problem`, for the checker.
    ///
    /// Its objective is left at zero (the checker recomputes it). Ids that do not exist are dropped, which the
    /// checker then reports as missing sessions.
    func plan(in problem: RegionalProblem) -> RegionalPlan {
        let outcomes = problem.groups.map { group -> GroupOutcome in
            guard let ids = groups[group.id.rawValue] else { return GroupOutcome(group: group.id, plan: nil) }
            let sessions = ids.compactMap { id in
                group.scenario.candidates.first { $0.id.rawValue == id }.map {
                    PlannedSession(slot: $0, participants: group.scenario.participants)
                }
            }
            return GroupOutcome(group: group.id, plan: Plan(sessions: sessions))
        }
        let held = runs.compactMap { run -> WorkshopRun? in
            guard let workshop = problem.workshops.first(where: { $0.id.rawValue == run.workshop }),
                let slot = workshop.candidates.first(where: { $0.id.rawValue == run.slot })
            else { return nil }
            return WorkshopRun(
                workshop: workshop.id,
                slot: slot,
                facilitators: run.facilitators.map { Facilitator.ID($0) }.sorted(),
                enrolled: run.enrolled.map { Participant.ID($0) }.sorted()
            )
        }
        return RegionalPlan(groups: outcomes, runs: held)
    }
}

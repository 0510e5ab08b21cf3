extension RegionalProblem {
    /// Every problem of this regional problem, in the order of its parts; empty when it can be planned.
    ///
    /// Checked: unique ids; every facilitator and room a candidate names exists in the centre; limits of at
    /// least 1; a positive travel buffer; workshops with 1 ≤ minimum ≤ maximum, at least one run, 1 or 2
    /// facilitators of whom enough are qualified, a positive duration, windows that each hold a candidate and
    /// candidates inside windows; interests in known workshops answering known candidates; published candidates
    /// that exist; a review rule for every group whose review is due; bookings that end after they start.
    public func problems() -> [RegionalInputProblem] {
        var found: [RegionalInputProblem] = []
        found += centreProblems()
        for group in groups { found += problems(of: group) }
        found += duplicates(groups.map(\.id.rawValue), at: "groups")
        for workshop in workshops { found += problems(of: workshop) }
        found += duplicates(workshops.map(\.id.rawValue), at: "workshops")
        found += interestProblems()
        for (index, booking) in bookings.enumerated() {
            let location = "bookings[\(index)]"
            if centre.venue(booking.venue) == nil {
                found.append(
                    .init(.unknownVenue, "\(location).venue", booking.venue.rawValue, "is not a venue of the centre")
                )
            }
            if booking.end <= booking.start {
                found.append(
                    .init(
                        .invalidValue,
                        "\(location).end",
                        "\(booking.end)",
                        "is not after the start '\(booking.start)'"
                    )
                )
            }
        }
        for (index, run) in publishedRuns.enumerated() {
            let location = "published-runs[\(index)]"
            guard let workshop = workshop(run.workshop) else {
                found.append(
                    .init(
                        .unknownWorkshop,
                        "\(location).workshop",
                        run.workshop.rawValue,
                        "is not in the workshop catalogue"
                    )
                )
                continue
            }
            if workshop.candidate(run.slot) == nil {
                found.append(
                    .init(
                        .unknownSlot,
                        "\(location).slot",
                        run.slot.rawValue,
                        "is not a candidate of workshop '\(workshop.id)'"
                    )
                )
            }
        }
        return found
    }

    /// Throws every problem at once when there is any.
    public func validate() throws(RegionalInputError) {
        let found = problems()
        if !found.isEmpty { throw RegionalInputError(problems: found) }
    }

    // MARK: - Parts

    private func centreProblems() -> [RegionalInputProblem] {
        var found: [RegionalInputProblem] = []
        for facilitator in centre.facilitators {
            let location = "centre.facilitators[\(facilitator.id)]"
            if let limit = facilitator.weeklyLimit, limit < 1 {
                found.append(
                    .init(
                        .zeroLimit,
                        "\(location).weekly-limit",
                        "\(limit)",
                        "is below 1; leave the limit out for none"
                    )
                )
            }
            if let limit = facilitator.monthlyLimit, limit < 1 {
                found.append(
                    .init(
                        .zeroLimit,
                        "\(location).monthly-limit",
                        "\(limit)",
                        "is below 1; leave the limit out for none"
                    )
                )
            }
        }
        for venue in centre.venues where venue.capacity < 1 {
            found.append(.init(.invalidValue, "centre.venues[\(venue.id)].capacity", "\(venue.capacity)", "is below 1"))
        }
        if centre.travelBufferMinutes < 0 {
            found.append(.init(.invalidValue, "centre.travel-buffer", "\(centre.travelBufferMinutes)", "is negative"))
        }
        found += duplicates(centre.facilitators.map(\.id.rawValue), at: "centre.facilitators")
        found += duplicates(centre.venues.map(\.id.rawValue), at: "centre.venues")
        return found
    }

    private func problems(of group: RegionalGroup) -> [RegionalInputProblem] {
        var found: [RegionalInputProblem] = []
        let location = "groups[\(group.id)]"
        for slot in group.scenario.candidates {
            if centre.facilitator(slot.facilitator) == nil {
                found.append(
                    .init(
                        .unknownFacilitator,
                        "\(location).candidates[\(slot.id)].facilitator",
                        slot.facilitator.rawValue,
                        "is not a facilitator of the centre"
                    )
                )
            }
            if centre.venue(slot.venue) == nil {
                found.append(
                    .init(
                        .unknownVenue,
                        "\(location).candidates[\(slot.id)].venue",
                        slot.venue.rawValue,
                        "is not a venue of the centre"
                    )
                )
            }
            if slot.durationMinutes < 1 {
                found.append(
                    .init(
                        .invalidValue,
                        "\(location).candidates[\(slot.id)].duration",
                        "\(slot.durationMinutes)",
                        "is not a positive number of minutes"
                    )
                )
            }
        }
        found += duplicates(group.scenario.candidates.map(\.id.rawValue), at: "\(location).candidates")
        for kind in SessionKind.groupSequence {
            guard let id = group.published[kind] else { continue }
            if !group.scenario.candidates.contains(where: { $0.id == id && $0.kind == kind }) {
                found.append(
                    .init(
                        .unknownSlot,
                        "\(location).published.\(kind.rawValue)",
                        id.rawValue,
                        "is not one of the group's \(kind.rawValue) candidates"
                    )
                )
            }
        }
        if group.stage == .reviewDue && group.scenario.rule(for: .review) == nil {
            found.append(
                .init(
                    .missingReview,
                    "\(location).stage",
                    group.stage.rawValue,
                    "needs a review rule and review candidates in the group's scenario"
                )
            )
        }
        return found
    }

    private func problems(of workshop: Workshop) -> [RegionalInputProblem] {
        var found: [RegionalInputProblem] = []
        let location = "workshops[\(workshop.id)]"
        if workshop.minimumParticipants < 1 {
            found.append(
                .init(
                    .invalidValue,
                    "\(location).minimum-participants",
                    "\(workshop.minimumParticipants)",
                    "is below 1"
                )
            )
        }
        if workshop.minimumParticipants > workshop.maximumParticipants {
            found.append(
                .init(
                    .minimumAboveMaximum,
                    "\(location).minimum-participants",
                    "\(workshop.minimumParticipants)",
                    "is above the maximum participants '\(workshop.maximumParticipants)'"
                )
            )
        }
        if workshop.runs < 1 {
            found.append(.init(.invalidValue, "\(location).runs", "\(workshop.runs)", "is below 1"))
        }
        if workshop.durationMinutes < 1 {
            found.append(
                .init(
                    .invalidValue,
                    "\(location).duration",
                    "\(workshop.durationMinutes)",
                    "is not a positive number of minutes"
                )
            )
        }
        if !(1...2).contains(workshop.facilitatorsNeeded) {
            found.append(
                .init(
                    .invalidValue,
                    "\(location).facilitators-needed",
                    "\(workshop.facilitatorsNeeded)",
                    "is not 1 or 2"
                )
            )
        } else {
            let qualified = centre.facilitators.filter { $0.qualifications.mayLead(workshop: workshop.id.rawValue) }
            if qualified.count < workshop.facilitatorsNeeded {
                found.append(
                    .init(
                        .noQualifiedFacilitator,
                        "\(location).facilitators",
                        qualified.map(\.id.rawValue).joined(separator: ", "),
                        "are fewer qualified facilitators than the \(workshop.facilitatorsNeeded) the workshop needs"
                    )
                )
            }
        }
        if workshop.windows.isEmpty {
            found.append(
                .init(
                    .invalidValue,
                    "\(location).windows",
                    "",
                    "is empty; a workshop needs at least one month or date window"
                )
            )
        }
        for (index, window) in workshop.windows.enumerated() {
            if window.to < window.from {
                found.append(
                    .init(.invalidValue, "\(location).windows[\(index)]", "\(window)", "ends before it starts")
                )
            } else if !workshop.candidates.contains(where: { window.contains($0.date) }) {
                found.append(
                    .init(
                        .emptyWindow,
                        "\(location).windows[\(index)]",
                        "\(window)",
                        "holds no candidate of the workshop"
                    )
                )
            }
        }
        for slot in workshop.candidates {
            let place = "\(location).candidates[\(slot.id)]"
            if centre.venue(slot.venue) == nil {
                found.append(
                    .init(.unknownVenue, "\(place).venue", slot.venue.rawValue, "is not a venue of the centre")
                )
            }
            if slot.durationMinutes < 1 {
                found.append(
                    .init(
                        .invalidValue,
                        "\(place).duration",
                        "\(slot.durationMinutes)",
                        "is not a positive number of minutes"
                    )
                )
            }
            if !workshop.windows.isEmpty && !workshop.allows(slot.date) {
                found.append(
                    .init(
                        .outsideWindows,
                        "\(place).start",
                        "\(slot.start)",
                        "lies outside every window of the workshop"
                    )
                )
            }
        }
        found += duplicates(workshop.candidates.map(\.id.rawValue), at: "\(location).candidates")
        return found
    }

    private func interestProblems() -> [RegionalInputProblem] {
        var found: [RegionalInputProblem] = []
        var seen = Set<String>()
        for interest in interests {
            let location = "interests[\(interest.person)/\(interest.workshop)]"
            guard let workshop = workshop(interest.workshop) else {
                found.append(
                    .init(
                        .unknownWorkshop,
                        "\(location).workshop",
                        interest.workshop.rawValue,
                        "is not in the workshop catalogue"
                    )
                )
                continue
            }
            if !seen.insert("\(interest.person.rawValue)\u{0}\(interest.workshop.rawValue)").inserted {
                found.append(
                    .init(.duplicateID, location, interest.person.rawValue, "is interested in the same workshop twice")
                )
            }
            let known = Set(workshop.candidates.map(\.id))
            for slot in interest.answers.keys.sorted() where !known.contains(slot) {
                found.append(
                    .init(
                        .unknownSlot,
                        "\(location).answers",
                        slot.rawValue,
                        "is not a candidate of workshop '\(workshop.id)'"
                    )
                )
            }
        }
        return found
    }

    private func duplicates(_ ids: [String], at location: String) -> [RegionalInputProblem] {
        var seen = Set<String>()
        var reported = Set<String>()
        var found: [RegionalInputProblem] = []
        for id in ids where !seen.insert(id).inserted && reported.insert(id).inserted {
            found.append(.init(.duplicateID, "\(location)[\(id)]", id, "is used twice; ids must be unique"))
        }
        return found
    }
}

extension RegionalInputProblem {
    fileprivate init(_ code: Code, _ location: String, _ value: String, _ expected: String) {
        self.init(code: code, location: location, value: value, expected: expected)
    }
}

import PlanningDomain
public import PlanningEngine

extension ExplanationText {
    /// Up to this many exclusions, each gets its line.
    static let completeListLimit = 24
    /// Past ``completeListLimit``, the first this many get a line and the rest are counted by rule (plan.json
    /// lists them all).
    static let listedExclusions = 12

    /// One line per candidate ruled out on its own, in sequence order; past ``completeListLimit`` (a window
    /// generates hundreds of candidates), ``listedExclusions`` lines and one counting the others by rule.
    func exclusionLines(_ exclusions: [CandidateExclusion]) -> [String] {
        guard exclusions.count > Self.completeListLimit else { return listedLines(exclusions) }
        let rest = exclusions.dropFirst(Self.listedExclusions)
        var tally: [(String, Int)] = []
        for exclusion in rest {
            let name = wording.text("rule.\(Self.ruleKey(exclusion.reason))")
            if let index = tally.firstIndex(where: { $0.0 == name }) {
                tally[index].1 += 1
            } else {
                tally.append((name, 1))
            }
        }
        let counts = tally.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        return listedLines(Array(exclusions.prefix(Self.listedExclusions)))
            + ["  " + wording.text("explain.moreExclusions", ["count": String(rest.count), "rules": counts])]
    }

    private func listedLines(_ exclusions: [CandidateExclusion]) -> [String] {
        exclusions.map { exclusion in
            let date = scenario.candidates.first { $0.id == exclusion.slot }.map { wording.date($0.date) } ?? ""
            return "  "
                + wording.text(
                    "explain.exclusion",
                    ["slot": exclusion.slot.rawValue, "date": date, "reason": describe(exclusion.reason)]
                )
        }
    }

    /// The sentence for one broken single-slot rule (« Salle du Grand-Pont compte 12 places, il en faudrait 13 »).
    public func describe(_ reason: CandidateExclusion.Reason) -> String {
        switch reason {
        case .closure(_, let why):
            why.map { wording.text("exclusion.closureReason", ["reason": $0]) } ?? wording.text("exclusion.closure")
        case .facilitatorAway(let facilitator):
            wording.text(
                "exclusion.facilitatorAway",
                ["facilitator": scenario.facilitator(facilitator)?.name ?? facilitator.rawValue]
            )
        case .facilitatorNotQualified(let facilitator):
            wording.text(
                "exclusion.facilitatorNotQualified",
                ["facilitator": scenario.facilitator(facilitator)?.name ?? facilitator.rawValue]
            )
        case .venueClosed(let venue):
            wording.text("exclusion.venueClosed", ["venue": venueName(venue)])
        case .facilitatorBusy(let facilitator):
            wording.text(
                "exclusion.facilitatorBusy",
                ["facilitator": scenario.facilitator(facilitator)?.name ?? facilitator.rawValue]
            )
        case .venueBooked(let venue):
            wording.text("exclusion.venueBooked", ["venue": venueName(venue)])
        case .bookedByAnotherGroup(let booking, .facilitator(let facilitator)):
            wording.text(
                "exclusion.facilitatorBookedByGroup",
                [
                    "facilitator": scenario.facilitator(facilitator)?.name ?? facilitator.rawValue,
                    "group": booking.group.rawValue, "session": wording.noun(for: booking.kind),
                    "time": wording.time(booking.start.time),
                ]
            )
        case .bookedByAnotherGroup(let booking, .venue(let venue)):
            wording.text(
                "exclusion.venueBookedByGroup",
                [
                    "venue": venueName(venue), "group": booking.group.rawValue,
                    "session": wording.noun(for: booking.kind), "time": wording.time(booking.start.time),
                ]
            )
        case .capacity(let venue, let needed, let capacity):
            wording.text(
                "exclusion.capacity",
                ["venue": venueName(venue), "needed": String(needed), "capacity": String(capacity)]
            )
        case .stepFreeAccess(let venue, let participants):
            wording.text(
                "exclusion.stepFreeAccess",
                count: participants.count,
                ["venue": venueName(venue), "ids": wording.list(participants)]
            )
        case .initiatorUnavailable(let initiator):
            wording.text("exclusion.initiatorUnavailable", ["id": initiator.rawValue])
        case .quorum(let count, let quorum):
            wording.text("exclusion.quorum", ["count": String(count), "quorum": String(quorum)])
        }
    }

    /// The sentences for one reason why no plan exists.
    func reasonLines(_ reason: Infeasibility.Reason, exclusions: [CandidateExclusion]) -> [String] {
        switch reason {
        case .noCandidates(let kind):
            return [wording.text("infeasible.noCandidates", ["session": wording.title(of: kind)])]
        case .allCandidatesExcluded(let kind, let count):
            let own = exclusions.filter { $0.kind == kind }
            var tally: [(String, Int)] = []
            for exclusion in own {
                let name = wording.text("rule.\(Self.ruleKey(exclusion.reason))")
                if let index = tally.firstIndex(where: { $0.0 == name }) {
                    tally[index].1 += 1
                } else {
                    tally.append((name, 1))
                }
            }
            var lines = [
                wording.text(
                    "infeasible.allExcluded",
                    [
                        "session": wording.title(of: kind), "count": String(count),
                        "details": tally.map { "\($0.1) \($0.0)" }.joined(separator: ", "),
                    ]
                )
            ]
            let quorumCounts = own.compactMap { exclusion -> (Int, Int)? in
                if case .quorum(let count, let quorum) = exclusion.reason { return (count, quorum) }
                return nil
            }
            if quorumCounts.count == own.count, let quorum = quorumCounts.first?.1 {
                let best = quorumCounts.map(\.0).max() ?? 0
                lines.append(
                    wording.text(
                        "infeasible.quorumAtSession",
                        ["quorum": String(quorum), "best": String(best), "session": wording.noun(for: kind)]
                    )
                )
            }
            return lines
        case .noneWithinGap(let kind, let previous, let days):
            // With a minimum of 0 days the sequence order is what can bite: a session the same day must start
            // after the previous one ends.
            return [
                wording.text(
                    days.lowerBound == 0 ? "infeasible.noneWithinGapOrder" : "infeasible.noneWithinGap",
                    [
                        "session": wording.title(of: kind), "previous": wording.noun(for: previous),
                        "min": String(days.lowerBound), "max": String(days.upperBound),
                        "rule": wording.text("rule.sequenceOrder"),
                    ]
                )
            ]
        case .bookingConflicts:
            return [wording.text("infeasible.bookingConflicts")]
        case .searchStopped(let nodes):
            return [wording.text("infeasible.searchStopped", ["nodes": String(nodes)])]
        case .sequenceQuorum(let quorum, let best, let foundingGap, let secondGap):
            var values = ["quorum": String(quorum), "best": String(best)]
            guard foundingGap == secondGap else {
                values["min1"] = String(foundingGap.lowerBound)
                values["max1"] = String(foundingGap.upperBound)
                values["min2"] = String(secondGap.lowerBound)
                values["max2"] = String(secondGap.upperBound)
                return [wording.text("infeasible.sequenceQuorumGaps", values)]
            }
            values["min"] = String(foundingGap.lowerBound)
            values["max"] = String(foundingGap.upperBound)
            return [wording.text("infeasible.sequenceQuorum", values)]
        }
    }

    private func venueName(_ venue: Venue.ID) -> String { scenario.venue(venue)?.name ?? venue.rawValue }

    /// The short name of the rule a candidate breaks (« salle trop petite »).
    public func ruleName(_ reason: CandidateExclusion.Reason) -> String {
        wording.text("rule.\(Self.ruleKey(reason))")
    }

    /// The catalogue key of a rule (`facilitatorAway`); plan.json writes it in kebab case.
    public static func ruleKey(_ reason: CandidateExclusion.Reason) -> String {
        switch reason {
        case .closure: "closure"
        case .facilitatorAway: "facilitatorAway"
        case .facilitatorNotQualified: "facilitatorNotQualified"
        case .facilitatorBusy: "facilitatorBusy"
        case .venueClosed: "venueClosed"
        case .venueBooked: "venueBooked"
        case .bookedByAnotherGroup: "bookedByAnotherGroup"
        case .capacity: "capacity"
        case .stepFreeAccess: "stepFreeAccess"
        case .initiatorUnavailable: "initiatorUnavailable"
        case .quorum: "quorum"
        }
    }
}

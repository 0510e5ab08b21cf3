public import PlanningDomain
public import PlanningEngine

/// The planner's reasons as text in the scenario's language, as `entraide plan` prints them.
///
/// It says what was chosen, who can come, why this plan beats the next ones, and which candidates no plan
/// could use. Participants appear by id only.
public struct ExplanationText: Sendable {
    /// The scenario the results were planned from; it gives names of venues and facilitators.
    public let scenario: Scenario
    /// The words of the organisation's language, French when it has no catalogue.
    public let wording: Wording

    /// Where the answers came from: printed under the title when anything beyond the scenario file was read.
    public let importReport: ImportReport

    /// Creates the text writer for a scenario, in `language` (its organisation's by default).
    public init(scenario: Scenario, importReport: ImportReport = ImportReport(), language: Language? = nil) {
        self.scenario = scenario
        self.wording = Wording(language ?? scenario.organisation.language)
        self.importReport = importReport
    }

    /// The explanation of a plan.
    public func render(_ result: PlanningResult) -> String {
        var lines = [
            wording.text(
                "explain.title",
                [
                    "group": scenario.group.title, "participants": String(scenario.participants.count),
                    "quorum": String(scenario.group.quorum),
                ]
            ),
            "",
        ]
        lines += sourceLines()
        for session in result.plan.sessions { lines += sessionLines(session) + [""] }
        lines += reasonLines(result) + [""]
        lines.append(wording.text("explain.alternatives"))
        if result.alternatives.isEmpty { lines.append("  " + wording.text("explain.noAlternative")) }
        for (rank, alternative) in result.alternatives.enumerated() {
            lines.append("  " + alternativeLine(alternative, rank: rank + 1))
        }
        if !result.exclusions.isEmpty {
            lines += ["", wording.text("explain.exclusions")]
            lines += exclusionLines(result.exclusions)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The explanation of why no plan exists.
    public func render(_ infeasibility: Infeasibility) -> String {
        var lines = [wording.text("infeasible.title", ["group": scenario.group.title]), ""]
        lines += sourceLines()
        for reason in infeasibility.reasons {
            lines += reasonLines(reason, exclusions: infeasibility.exclusions).map { "  - " + $0 }
        }
        if !infeasibility.exclusions.isEmpty {
            lines += ["", wording.text("explain.exclusions")]
            lines += exclusionLines(infeasibility.exclusions)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The reasons why no plan exists, one sentence each.
    public func sentences(_ infeasibility: Infeasibility) -> [String] {
        infeasibility.reasons.flatMap { reasonLines($0, exclusions: infeasibility.exclusions) }
    }

    // MARK: - Plans

    /// A sentence saying how many and which: « Viennent (8) : p1, p2, … ».
    private func counted(_ key: String, _ ids: [Participant.ID]) -> String {
        wording.text(key, ["count": String(ids.count), "ids": wording.list(ids)])
    }

    private func sessionLines(_ session: PlannedSession) -> [String] {
        let slot = session.slot
        let venue = scenario.venue(slot.venue)
        let unanswered = Self.unanswered(session, in: scenario)
        let answeredNo = Self.answeredNo(session, in: scenario)
        var lines = [
            wording.text("explain.session", ["session": wording.title(of: slot.kind), "range": wording.range(slot)]),
            "  "
                + wording.text(
                    "explain.venue",
                    [
                        "venue": venue?.name ?? slot.venue.rawValue, "address": venue?.address ?? "",
                        "facilitator": facilitatorName(slot.facilitator),
                    ]
                ),
            "  " + counted("explain.yes", session.yes),
            "  " + counted("explain.ifNeedBe", session.ifNeedBe),
            "  " + counted("explain.cannot", answeredNo),
        ]
        if !unanswered.isEmpty { lines.append("  " + counted("explain.noAnswer", unanswered)) }
        if Self.isTentative(slot, in: scenario) {
            lines.append("  " + wording.text("explain.tentative", ["facilitator": facilitatorName(slot.facilitator)]))
        }
        return lines
    }

    private func reasonLines(_ result: PlanningResult) -> [String] {
        var lines = [wording.text("explain.why")]
        let score = result.score
        lines.append(
            "  "
                + wording.text(
                    "explain.continuity",
                    ["count": String(score.continuity), "ids": wording.list(result.continuitySet)]
                )
        )
        lines.append("  " + wording.text("explain.attendance", ["value": wording.halves(score.attendanceHalves)]))
        if let founding2 = result.plan.session(.founding2)?.slot {
            lines.append(
                "  "
                    + (score.hasRegularRhythm
                        ? wording.text(
                            "explain.regular",
                            [
                                "weekday": wording.weekday(of: founding2.date),
                                "time": wording.time(founding2.start.time),
                            ]
                        )
                        : wording.text("explain.irregular"))
            )
        }
        if result.plan.session(.review) != nil {
            lines.append(
                "  "
                    + wording.text(
                        "explain.review",
                        ["count": String(score.reviewContinuity), "total": String(score.continuity)]
                    )
            )
        }
        if score.continuity > scenario.group.maximumSize {
            lines.append(
                "  "
                    + wording.text(
                        "explain.aboveMaximum",
                        ["count": String(score.continuity), "maximum": String(scenario.group.maximumSize)]
                    )
            )
        }
        let uninvited = scenario.participants.filter { participant in
            result.plan.sessions(attendableBy: participant).isEmpty
        }.map(\.id).sorted()
        if !uninvited.isEmpty { lines.append("  " + counted("explain.uninvited", uninvited)) }
        lines += tentativeLines(result).map { "  " + $0 }
        lines += proofSentences(result).map { "  " + $0 }
        return lines
    }

    /// What the search proved: the optimum, or the best plan found with the gap to the best bound.
    public func proofSentences(_ result: PlanningResult) -> [String] {
        let statistics = result.statistics
        let nodes = String(statistics.nodes)
        guard !statistics.isProvenOptimal else { return [wording.text("explain.proven", ["nodes": nodes])] }
        var sentences = [wording.text("explain.notProven", ["nodes": nodes])]
        if let bound = statistics.bound {
            let gap = bound.gap(to: result.score)
            if gap.continuity > 0 {
                sentences.append(
                    wording.text(
                        "explain.gap.continuity",
                        count: gap.continuity,
                        ["gap": String(gap.continuity), "bound": String(bound.continuity)]
                    )
                )
            } else if gap.attendanceHalves > 0 {
                sentences.append(wording.text("explain.gap.attendance", ["gap": wording.halves(gap.attendanceHalves)]))
            } else {
                sentences.append(wording.text("explain.gap.none"))
            }
        }
        return sentences
    }

    /// Whether the first three sessions avoid the facilitators' tentative time, said only when a proposed
    /// candidate has some.
    public func tentativeLines(_ result: PlanningResult) -> [String] {
        let proposed = scenario.candidates.filter { Self.isTentative($0, in: scenario) }.count
        guard proposed > 0 else { return [] }
        let kept = result.score.tentativeSessions
        guard kept > 0 else {
            return [wording.text("explain.tentativeAvoided", count: proposed, ["count": String(proposed)])]
        }
        return [wording.text("explain.tentativeKept", count: kept, ["count": String(kept)])]
    }

    private func alternativeLine(_ alternative: Alternative, rank: Int) -> String {
        let dates = alternative.plan.sessions.prefix(3).map { session in
            wording.text(
                "explain.dateTime",
                ["date": wording.date(session.slot.date), "time": wording.time(session.slot.start.time)]
            )
        }
        return wording.text(
            "explain.alternative",
            [
                "rank": String(rank), "dates": dates.joined(separator: " / "),
                "continuity": String(alternative.score.continuity),
                "attendance": wording.halves(alternative.score.attendanceHalves), "loss": describe(alternative),
            ]
        )
    }

    /// Why an alternative ranks below the chosen plan, naming the facilitators whose pencilled meetings it
    /// falls on when that is the reason.
    public func describe(_ alternative: Alternative) -> String {
        switch alternative.loss {
        case .tentativeFacilitator, .reviewTentativeFacilitator:
            let sentences = tentativeSentences(
                alternative.loss == .reviewTentativeFacilitator
                    ? Plan(sessions: alternative.plan.sessions.filter { $0.kind == .review })
                    : Plan(sessions: Array(alternative.plan.sessions.prefix(3)))
            )
            return sentences.isEmpty
                ? describe(alternative.loss) : sentences.joined(separator: wording.text("list.separator"))
        default:
            return describe(alternative.loss)
        }
    }

    /// Why an alternative ranks below the chosen plan (« 1 personne de moins pour toute la séquence : p04 »).
    public func describe(_ loss: Alternative.Loss) -> String {
        switch loss {
        case .continuity(let fewer, let missing, let gained):
            gained.isEmpty
                ? wording.text("loss.continuity", count: fewer, ["count": String(fewer), "ids": wording.list(missing)])
                : wording.text(
                    "loss.continuitySwap",
                    count: fewer,
                    ["count": String(fewer), "ids": wording.list(missing), "gained": wording.list(gained)]
                )
        case .attendance(let fewerHalves): wording.text("loss.attendance", ["value": wording.halves(fewerHalves)])
        case .irregularRhythm: wording.text("loss.irregularRhythm")
        case .tentativeFacilitator(let sessions):
            wording.text("loss.tentativeFacilitator", count: sessions, ["count": String(sessions)])
        case .reviewTentativeFacilitator: wording.text("loss.reviewTentativeFacilitator")
        case .laterInformation(let days):
            days == 0
                ? wording.text("loss.laterInformationSameDay")
                : wording.text("loss.laterInformation", count: days, ["days": String(days)])
        case .reviewContinuity(let fewer): wording.text("loss.reviewContinuity", count: fewer, ["count": String(fewer)])
        case .reviewAttendance: wording.text("loss.reviewAttendance")
        case .laterReview(let days): wording.text("loss.laterReview", count: days, ["days": String(days)])
        case .tieBreak: wording.text("loss.tieBreak")
        }
    }
}

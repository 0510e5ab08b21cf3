import PlanDocuments
import PlanningDomain
import PlanningEngine

/// The chosen sessions, one card each: when, where, with whom, and how many can come.
extension PlanReportHTML {
    func sessionSection(_ plan: Plan, answers: AnswerMatrix) -> [String] {
        var lines = ["<section class=\"sessions\">", HTML.text("h2", [], wording.text("report.sessions"))]
        lines.append("<div class=\"cards\">")
        for (index, session) in plan.sessions.enumerated() {
            let unanswered = answers.position(of: session.slot.id).map { answers.count(of: nil, candidate: $0) } ?? 0
            lines += card(session, step: index + 1, unanswered: unanswered)
        }
        lines.append("</div>")
        lines.append("</section>")
        return lines
    }

    private func card(_ session: PlannedSession, step: Int, unanswered: Int) -> [String] {
        let slot = session.slot
        let venue = scenario.venue(slot.venue)
        var place = HTML.text("span", [("class", "venue-name")], venue?.name ?? slot.venue.rawValue)
        if let address = venue?.address, !address.isEmpty {
            place += HTML.text("span", [("class", "address")], address)
        }
        var roomFacts = venue.map { [wording.text("report.card.capacity", ["capacity": String($0.capacity)])] } ?? []
        if venue?.hasStepFreeAccess == true { roomFacts.append(wording.text("report.card.stepFree")) }
        let canAttend = session.yes.count + session.ifNeedBe.count
        let expected =
            session.ifNeedBe.isEmpty
            ? wording.text("report.card.expectedExact", count: canAttend, ["count": String(canAttend)])
            : wording.text(
                "report.card.expected",
                ["yes": String(session.yes.count), "total": String(canAttend)]
            )
        var facilitator = HTML.escape(facilitatorName(slot.facilitator))
        if ExplanationText.isTentative(slot, in: scenario) {
            facilitator += HTML.text(
                "span",
                [("class", "pencilled")],
                Self.tentativeMark + " "
                    + wording.text("report.card.tentative", ["facilitator": facilitatorName(slot.facilitator)])
            )
        }
        return [
            "<article class=\"card\">",
            HTML.element(
                "p",
                [("class", "kind")],
                HTML.text("span", [("class", "step")], String(step)) + HTML.escape(wording.title(of: slot.kind))
            ),
            HTML.text("p", [("class", "date")], wording.date(slot.date)),
            HTML.text("p", [("class", "time")], timeRange(slot)),
            "<dl>",
            fact(wording.text("report.card.venue"), place),
            fact(wording.text("report.card.facilitator"), facilitator),
            fact(wording.text("report.card.expectedLabel"), HTML.text("strong", [], expected)),
            "</dl>",
            attendanceBar(session, unanswered: unanswered),
            HTML.text(
                "p",
                [("class", "slot-id")],
                ([slot.id.rawValue] + roomFacts).joined(separator: " · ")
            ),
            "</article>",
        ]
    }

    /// One term of a card's list: a small label, then its value (markup).
    private func fact(_ label: String, _ value: String) -> String {
        HTML.element("div", [], HTML.text("dt", [], label) + HTML.element("dd", [], value))
    }

    /// Yes, if-need-be, no and no answer as one bar, each part with its symbol and count.
    func attendanceBar(_ session: PlannedSession, unanswered: Int) -> String {
        var parts: [(Availability?, Int)] = [
            (.yes, session.yes.count), (.ifNeedBe, session.ifNeedBe.count), (.no, session.cannot.count - unanswered),
        ]
        if unanswered > 0 { parts.append((nil, unanswered)) }
        let spoken = parts.map { answer, count in "\(count) \(answerWord(answer))" }.joined(separator: ", ")
        let segments = parts.filter { $0.1 > 0 }.map { answer, count in
            HTML.element(
                "span",
                [("class", Self.answerClass(answer)), ("style", "flex-grow: \(count)")],
                HTML.escape("\(Self.symbol(answer)) \(count)")
            )
        }
        return HTML.element("p", [("class", "bar"), ("role", "img"), ("aria-label", spoken)], segments.joined())
    }

    // MARK: - Answers

    /// The symbol printed for an answer (`nil`: no answer): distinct shapes, so that the grid reads without
    /// colour, and no answer distinct from no.
    static func symbol(_ answer: Availability?) -> String {
        switch answer {
        case .yes: "✓"
        case .ifNeedBe: "½"
        case .no: "✗"
        case nil: "–"
        }
    }

    /// The CSS class of an answer's cells.
    static func answerClass(_ answer: Availability?) -> String {
        switch answer {
        case .yes: "y"
        case .ifNeedBe: "m"
        case .no: "n"
        case nil: "u"
        }
    }

    /// « oui », « si nécessaire », « non », « pas de réponse ».
    func answerWord(_ answer: Availability?) -> String {
        switch answer {
        case .yes: wording.text("report.answer.yes")
        case .ifNeedBe: wording.text("report.answer.ifNeedBe")
        case .no: wording.text("report.answer.no")
        case nil: wording.text("report.answer.noAnswer")
        }
    }
}

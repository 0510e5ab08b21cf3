import PlanDocuments
import PlanningDomain
import PlanningEngine

/// Everyone's answers: one table per session, participants by id in rows, candidate slots in columns.
extension PlanReportHTML {
    /// Past this many columns, a grid writes its column headers sideways to fit A4 landscape.
    static let sidewaysColumns = 12

    /// The grids of every planned session, with their legend; a plan's grids start on a new printed page.
    func gridSection(marks: SlotMarks, exclusions: [CandidateExclusion], answers: AnswerMatrix) -> [String] {
        var excluded: [CandidateSlot.ID: CandidateExclusion.Reason] = [:]
        for exclusion in exclusions where excluded[exclusion.slot] == nil {
            excluded[exclusion.slot] = exclusion.reason
        }
        let columns = scenario.plannedKinds.map { kind in
            let positions = scenario.candidates.indices.filter { scenario.candidates[$0].kind == kind }
            return GridColumns(
                candidates: positions.map { scenario.candidates[$0] },
                isMarked: marks.isMarked,
                isExcluded: { excluded[$0] != nil },
                halves: Dictionary(
                    positions.map { position in
                        (
                            scenario.candidates[position].id,
                            2 * answers.count(of: .yes, candidate: position)
                                + answers.count(of: .ifNeedBe, candidate: position)
                        )
                    },
                    uniquingKeysWith: { first, _ in first }
                )
            )
        }
        let rows = GridRows(answers: answers, scenario: scenario, columns: columns.map(\.slots.count).reduce(0, +))
        let shown = columns.flatMap(\.slots).compactMap { answers.position(of: $0.id) }
        let hasNoAnswer = shown.contains { position in
            rows.bits.contains { answers.answer(participant: $0, candidate: position) == nil }
        }
        let hasTentative = columns.flatMap(\.slots).contains { ExplanationText.isTentative($0, in: scenario) }
        let hasPlan = !marks.chosen.isEmpty
        var lines = [
            "<section class=\"answers\(hasPlan ? " new-page" : "")\">",
            HTML.text("h2", [], wording.text("report.grid")),
            legend(
                hasPlan: hasPlan,
                hasExclusions: !excluded.isEmpty,
                hasNoAnswer: hasNoAnswer,
                hasTentative: hasTentative
            ),
        ]
        let showsYear = Set(scenario.candidates.map(\.date.year)).count > 1
        for (kind, kindColumns) in zip(scenario.plannedKinds, columns) {
            lines += grid(
                kind,
                columns: kindColumns,
                rows: rows,
                answers: answers,
                marks: marks,
                excluded: excluded,
                showsYear: showsYear
            )
        }
        lines.append("</section>")
        return lines
    }

    /// What the symbols, outlines and hatching mean; only what the grids show.
    private func legend(hasPlan: Bool, hasExclusions: Bool, hasNoAnswer: Bool, hasTentative: Bool) -> String {
        func item(_ key: String, _ keyClass: String?, _ meaning: String) -> String {
            let mark = keyClass.map { HTML.text("span", [("class", "key \($0)")], key) } ?? HTML.escape(key)
            return HTML.element("span", [], mark + " " + HTML.escape(meaning))
        }
        var items = Availability.allCases.map { item(Self.symbol($0), Self.answerClass($0), answerWord($0)) }
        if hasNoAnswer {
            items.append(item(Self.symbol(nil), Self.answerClass(nil), wording.text("report.legend.noAnswer")))
        }
        if hasPlan { items.append(item(wording.text("report.grid.chosen"), "c", wording.text("report.legend.chosen"))) }
        if hasExclusions {
            items.append(item(wording.text("report.legend.excludedTag"), "x", wording.text("report.legend.excluded")))
        }
        if hasTentative { items.append(item(Self.tentativeMark, nil, wording.text("report.legend.tentative"))) }
        if scenario.initiator != nil { items.append(item("★", nil, wording.text("report.legend.initiator"))) }
        if scenario.participants.contains(where: \.needsStepFreeAccess) {
            items.append(item("♿", nil, wording.text("report.legend.stepFree")))
        }
        items.append(
            item("4", "short", wording.text("report.legend.short", ["quorum": String(scenario.group.quorum)]))
        )
        return HTML.element("p", [("class", "legend")], items.joined(separator: " "))
    }

    /// The mark of a slot on its facilitator's tentative time (a pencilled meeting).
    static let tentativeMark = "✎"

    private func grid(
        _ kind: SessionKind,
        columns: GridColumns,
        rows: GridRows,
        answers: AnswerMatrix,
        marks: SlotMarks,
        excluded: [CandidateSlot.ID: CandidateExclusion.Reason],
        showsYear: Bool
    ) -> [String] {
        let candidates = scenario.candidates(of: kind)
        let heading = HTML.element(
            "h3",
            [],
            HTML.escape(wording.title(of: kind)) + " "
                + HTML.text(
                    "span",
                    [("class", "count")],
                    wording.text("report.grid.candidates", count: candidates.count, ["count": String(candidates.count)])
                )
        )
        guard !candidates.isEmpty else {
            return [
                heading,
                HTML.text("p", [], wording.text("infeasible.noCandidates", ["session": wording.title(of: kind)])),
            ]
        }
        let positions = columns.slots.map { answers.position(of: $0.id) ?? 0 }
        let sideways = columns.slots.count > Self.sidewaysColumns
        let classes = columns.slots.map { columnClass($0.id, marks: marks, reason: excluded[$0.id]) }
        let headings = GridHeading.headings(for: columns.slots, showsYear: showsYear, report: self)
        var lines = [
            "<div class=\"grid-block\">",
            heading,
            "<table class=\"grid\(sideways ? " sideways" : "")\" id=\"grid-\(kind.rawValue)\">",
            "<thead>",
            "<tr>" + HTML.text("th", [("scope", "col"), ("class", "corner")], wording.text("report.grid.participant"))
                + columns.slots.indices.map { index in
                    columnHeader(
                        columns.slots[index],
                        heading: headings[index],
                        marks: marks,
                        reason: excluded[columns.slots[index].id],
                        columnClass: classes[index],
                        sideways: sideways
                    )
                }.joined() + "</tr>",
            "</thead>",
            "<tbody>",
        ]
        for bit in rows.bits {
            let cells = zip(positions, classes).map { position, columnClass in
                let answer = answers.answer(participant: bit, candidate: position)
                return HTML.element(
                    "td",
                    [("class", [Self.answerClass(answer), columnClass].filter { !$0.isEmpty }.joined(separator: " "))],
                    HTML.symbol(Self.symbol(answer), spoken: answerWord(answer))
                )
            }
            lines.append(
                "<tr>" + rowHeader(scenario.participants[answers.scenarioOrder[bit]]) + cells.joined() + "</tr>"
            )
        }
        lines += ["</tbody>", "<tfoot>"]
        lines += countRows(kind, positions: positions, classes: classes, answers: answers)
        lines += ["</tfoot>", "</table>"]
        // What the grid leaves out, columns then rows: « 26 créneaux sur 66 ne sont pas affichés … ».
        let leftOut = [
            ("report.grid.hidden", columns.hiddenCount, columns.slots.count, candidates.count),
            ("report.grid.hiddenRows", rows.hiddenCount, rows.bits.count, answers.participants.count),
        ]
        for (key, hidden, shown, total) in leftOut where hidden > 0 {
            let values = ["count": String(hidden), "shown": String(shown), "total": String(total)]
            lines.append(HTML.text("p", [("class", "note")], wording.text(key, count: hidden, values)))
        }
        lines.append("</div>")
        return lines
    }

    /// The column's style: `c` for the chosen slot, `a` for an alternative's, `x` for an excluded one, with
    /// its answers faded (`off`) unless the quorum excludes it: then the answers are the very reason.
    private func columnClass(_ slot: CandidateSlot.ID, marks: SlotMarks, reason: CandidateExclusion.Reason?) -> String {
        if marks.chosen.contains(slot) { return "c" }
        switch reason {
        case .quorum: return "x"
        case .some: return "x off"
        case nil: return marks.alternativeRanks[slot] != nil ? "a" : ""
        }
    }

    private func columnHeader(
        _ slot: CandidateSlot,
        heading: GridHeading,
        marks: SlotMarks,
        reason: CandidateExclusion.Reason?,
        columnClass: String,
        sideways: Bool
    ) -> String {
        var tag: String?
        if marks.chosen.contains(slot.id) {
            tag = wording.text("report.grid.chosen")
        } else if let reason {
            tag = ruleName(reason)
        } else if let ranks = marks.alternativeRanks[slot.id] {
            tag = wording.text(
                "report.grid.alternative",
                count: ranks.count,
                ["ranks": ranks.map(String.init).joined(separator: ", ")]
            )
        }
        let isTentative = ExplanationText.isTentative(slot, in: scenario)
        var title = [slot.id.rawValue, wording.range(slot), venueName(slot.venue), facilitatorName(slot.facilitator)]
        if isTentative {
            title.append(wording.text("report.card.tentative", ["facilitator": facilitatorName(slot.facilitator)]))
        }
        if let reason { title.append(describe(reason)) }
        var label =
            HTML.text("span", [("class", "day")], heading.day)
            + HTML.text("span", [("class", "hour")], heading.time)
            + HTML.text("span", [("class", "place")], heading.place)
        if let facilitator = heading.facilitator { label += HTML.text("span", [("class", "who")], facilitator) }
        if let id = heading.id { label += HTML.text("span", [("class", "slot")], id) }
        if isTentative { label += HTML.text("span", [("class", "pencil")], Self.tentativeMark) }
        let tagged = (tag.map { HTML.text("span", [("class", "tag")], $0) } ?? "") + label
        let content = sideways ? HTML.element("span", [("class", "label")], tagged) : tagged
        return HTML.element(
            "th",
            [
                ("scope", "col"), ("class", columnClass.isEmpty ? nil : columnClass),
                ("title", title.joined(separator: " · ")),
            ],
            content
        )
    }

    /// `p01` and its badges: ★ for the initiator, ♿ for someone who needs step-free access.
    private func rowHeader(_ participant: Participant) -> String {
        var content = HTML.escape(participant.id.rawValue)
        if participant.id == scenario.initiator {
            content += HTML.element(
                "span",
                [("class", "badge")],
                HTML.symbol("★", spoken: wording.text("report.legend.initiator"))
            )
        }
        if participant.needsStepFreeAccess {
            content += HTML.element(
                "span",
                [("class", "badge")],
                HTML.symbol("♿", spoken: wording.text("report.legend.stepFree"))
            )
        }
        return HTML.element("th", [("scope", "row")], content)
    }

    /// Per column: the yes, the if-need-be and everyone who can come, that last one in italics below the quorum
    /// of the information and founding sessions; then those without an answer, when a column has some.
    private func countRows(
        _ kind: SessionKind,
        positions: [Int],
        classes: [String],
        answers: AnswerMatrix
    ) -> [String] {
        let quorum = SessionKind.foundingSequence.contains(kind) ? scenario.group.quorum : 0
        func row(_ label: String, rowClass: String, _ count: (Int) -> Int) -> String {
            let cells = zip(positions, classes).map { position, columnClass in
                let value = count(position)
                let isShort = rowClass == "total" && value < quorum
                let cellClass = [columnClass, isShort ? "short" : ""].filter { !$0.isEmpty }.joined(separator: " ")
                return HTML.text("td", [("class", cellClass.isEmpty ? nil : cellClass)], String(value))
            }
            return HTML.element(
                "tr",
                [("class", rowClass)],
                HTML.text("th", [("scope", "row")], label) + cells.joined()
            )
        }
        var rows = [
            row("\(Self.symbol(.yes)) \(answerWord(.yes))", rowClass: "yes") { answers.count(of: .yes, candidate: $0) },
            row("\(Self.symbol(.ifNeedBe)) \(answerWord(.ifNeedBe))", rowClass: "maybe") {
                answers.count(of: .ifNeedBe, candidate: $0)
            },
            row(wording.text("report.grid.canAttend"), rowClass: "total") {
                answers.count(of: .yes, candidate: $0) + answers.count(of: .ifNeedBe, candidate: $0)
            },
        ]
        if positions.contains(where: { answers.count(of: nil, candidate: $0) > 0 }) {
            rows.append(
                row("\(Self.symbol(nil)) \(answerWord(nil))", rowClass: "unanswered") {
                    answers.count(of: nil, candidate: $0)
                }
            )
        }
        return rows
    }
}

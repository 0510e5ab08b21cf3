import PlanDocuments
import PlanningDomain
import PlanningEngine

/// Everyone's answers: one table per session, participants by id in rows, candidate slots in columns.
extension PlanReportHTML {
    /// Past this many columns, a grid writes its column headers sideways to fit A4 landscape.
    static let sidewaysColumns = 12

    /// The grids of every planned session, with their legend; a plan's grids start on a new printed page.
    func gridSection(marks: SlotMarks, exclusions: [CandidateExclusion]) -> [String] {
        var excluded: [CandidateSlot.ID: CandidateExclusion.Reason] = [:]
        for exclusion in exclusions where excluded[exclusion.slot] == nil {
            excluded[exclusion.slot] = exclusion.reason
        }
        let participants = scenario.participants.sorted { $0.id < $1.id }
        let hasPlan = !marks.chosen.isEmpty
        var lines = [
            "<section class=\"answers\(hasPlan ? " new-page" : "")\">",
            HTML.text("h2", [], wording.text("report.grid")),
            legend(hasPlan: hasPlan, hasExclusions: !excluded.isEmpty),
        ]
        for kind in scenario.plannedKinds {
            lines += grid(kind, participants: participants, marks: marks, excluded: excluded)
        }
        lines.append("</section>")
        return lines
    }

    /// What the symbols, outlines and hatching mean; only what the grids show.
    private func legend(hasPlan: Bool, hasExclusions: Bool) -> String {
        func item(_ key: String, _ keyClass: String?, _ meaning: String) -> String {
            let mark = keyClass.map { HTML.text("span", [("class", "key \($0)")], key) } ?? HTML.escape(key)
            return HTML.element("span", [], mark + " " + HTML.escape(meaning))
        }
        var items = Availability.allCases.map { item(Self.symbol($0), Self.answerClass($0), answerWord($0)) }
        if hasPlan { items.append(item(wording.text("report.grid.chosen"), "c", wording.text("report.legend.chosen"))) }
        if hasExclusions {
            items.append(item(wording.text("report.legend.excludedTag"), "x", wording.text("report.legend.excluded")))
        }
        if scenario.initiator != nil { items.append(item("★", nil, wording.text("report.legend.initiator"))) }
        if scenario.participants.contains(where: \.needsStepFreeAccess) {
            items.append(item("♿", nil, wording.text("report.legend.stepFree")))
        }
        items.append(
            item("4", "short", wording.text("report.legend.short", ["quorum": String(scenario.group.quorum)]))
        )
        return HTML.element("p", [("class", "legend")], items.joined(separator: " "))
    }

    private func grid(
        _ kind: SessionKind,
        participants: [Participant],
        marks: SlotMarks,
        excluded: [CandidateSlot.ID: CandidateExclusion.Reason]
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
        var tallies: [CandidateSlot.ID: [Availability: Int]] = [:]
        for slot in candidates {
            for participant in participants {
                tallies[slot.id, default: [:]][participant.availability(for: slot.id), default: 0] += 1
            }
        }
        let columns = GridColumns(
            candidates: candidates,
            isMarked: marks.isMarked,
            isExcluded: { excluded[$0] != nil },
            halves: tallies.mapValues { 2 * ($0[.yes] ?? 0) + ($0[.ifNeedBe] ?? 0) }
        )
        let sideways = columns.slots.count > Self.sidewaysColumns
        let classes = columns.slots.map { columnClass($0.id, marks: marks, reason: excluded[$0.id]) }
        var lines = [
            "<div class=\"grid-block\">",
            heading,
            "<table class=\"grid\(sideways ? " sideways" : "")\" id=\"grid-\(kind.rawValue)\">",
            "<thead>",
            "<tr>" + HTML.text("th", [("scope", "col"), ("class", "corner")], wording.text("report.grid.participant"))
                + zip(columns.slots, classes).map { slot, columnClass in
                    columnHeader(
                        slot,
                        marks: marks,
                        reason: excluded[slot.id],
                        columnClass: columnClass,
                        sideways: sideways
                    )
                }.joined() + "</tr>",
            "</thead>",
            "<tbody>",
        ]
        for participant in participants {
            let cells = zip(columns.slots, classes).map { slot, columnClass in
                let answer = participant.availability(for: slot.id)
                return HTML.element(
                    "td",
                    [("class", [Self.answerClass(answer), columnClass].filter { !$0.isEmpty }.joined(separator: " "))],
                    HTML.symbol(Self.symbol(answer), spoken: answerWord(answer))
                )
            }
            lines.append("<tr>" + rowHeader(participant) + cells.joined() + "</tr>")
        }
        lines += ["</tbody>", "<tfoot>"]
        lines += countRows(kind, slots: columns.slots, classes: classes, tallies: tallies)
        lines += ["</tfoot>", "</table>"]
        if columns.hiddenCount > 0 {
            lines.append(
                HTML.text(
                    "p",
                    [("class", "note")],
                    wording.text(
                        "report.grid.hidden",
                        count: columns.hiddenCount,
                        [
                            "count": String(columns.hiddenCount), "shown": String(columns.slots.count),
                            "total": String(candidates.count),
                        ]
                    )
                )
            )
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
        var title = [slot.id.rawValue, wording.range(slot), venueName(slot.venue), facilitatorName(slot.facilitator)]
        if let reason { title.append(describe(reason)) }
        let label =
            HTML.text("span", [("class", "day")], shortDate(slot.date))
            + HTML.text("span", [("class", "hour")], wording.time(slot.start.time))
            + HTML.text("span", [("class", "place")], venueName(slot.venue))
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
    /// of the information and founding sessions.
    private func countRows(
        _ kind: SessionKind,
        slots: [CandidateSlot],
        classes: [String],
        tallies: [CandidateSlot.ID: [Availability: Int]]
    ) -> [String] {
        let quorum = SessionKind.foundingSequence.contains(kind) ? scenario.group.quorum : 0
        func row(_ label: String, rowClass: String, _ count: ([Availability: Int]) -> Int) -> String {
            let cells = zip(slots, classes).map { slot, columnClass in
                let value = count(tallies[slot.id] ?? [:])
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
        return [
            row("\(Self.symbol(.yes)) \(answerWord(.yes))", rowClass: "yes") { $0[.yes] ?? 0 },
            row("\(Self.symbol(.ifNeedBe)) \(answerWord(.ifNeedBe))", rowClass: "maybe") { $0[.ifNeedBe] ?? 0 },
            row(wording.text("report.grid.canAttend"), rowClass: "total") { ($0[.yes] ?? 0) + ($0[.ifNeedBe] ?? 0) },
        ]
    }
}

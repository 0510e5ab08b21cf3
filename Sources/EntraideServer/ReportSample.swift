internal import PlanReport
internal import PlanningDomain
internal import PlanningEngine

/// A plan.html page of an empty scenario, rendered once: where the server takes plan.html's style sheet from
/// (the same for every page `PlanReportHTML` writes).
enum ReportSample {
    static let page: String = {
        let scenario = Scenario(
            organisation: Organisation(
                name: "Entraide",
                timeZone: "Europe/Zurich",
                language: .french,
                organiser: Contact(name: "Entraide", email: "entraide@example.invalid"),
                uidDomain: "example.invalid"
            ),
            group: Group(id: "sample", title: "", theme: "", type: .talkingGroup, region: "", initiator: nil),
            facilitators: [],
            venues: [],
            sessionRules: [.standard(.information)],
            candidates: [],
            participants: [],
            closures: [],
            rules: PlanningRules()
        )
        let report = PlanReportHTML(scenario: scenario)
        switch Planner(scenario: scenario).plan() {
        case .planned(let result): return report.render(result)
        case .infeasible(let infeasibility): return report.render(infeasibility)
        }
    }()
}

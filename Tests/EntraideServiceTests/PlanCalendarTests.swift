import EntraideService
import EntraideTestSupport
import Foundation
import OutputFiles
import PlanningDomain
import PlanningInput
import RegionalPlanning
import Testing

/// The coordinator's calendar in-process: from a region file in memory, and from a workspace's groups.
@Suite struct PlanCalendarTests {
    /// The shipped example in memory under `r/`.
    static func example() throws -> MemoryFiles {
        var files = MemoryFiles()
        let root = URL(fileURLWithPath: PackageRoot.example(""))
        for name in [
            "region-lausanne.yaml", "region-lausanne/centre.yaml", "region-lausanne/interets.yaml",
            "region-lausanne/groupes/deuil-lausanne.yaml", "region-lausanne/groupes/fibromyalgie-renens.yaml",
            "region-lausanne/groupes/burnout-vevey.yaml",
        ] {
            files.files["r/\(name)"] = Array(try Data(contentsOf: root.appendingPathComponent(name)))
        }
        return files
    }

    private func run(
        _ files: MemoryFiles,
        seed: UInt64 = 1,
        iterations: Int = 60
    ) throws(ServiceError)
        -> PlanCalendar.Outcome
    {
        let request = PlanCalendar.Request(
            source: .regionFile("r/region-lausanne.yaml"),
            now: ServiceFixture.now,
            seed: seed,
            iterations: iterations
        )
        return try PlanCalendar(files: files).run(request, clock: ContinuousClock())
    }

    @Test func theExamplePlansEveryGroupAndWritesEveryFile() throws {
        var reports: [RegionalProgress] = []
        let request = PlanCalendar.Request(
            source: .regionFile("r/region-lausanne.yaml"),
            now: ServiceFixture.now,
            iterations: 60
        )
        let outcome = try PlanCalendar(files: try Self.example()).run(
            request,
            clock: ContinuousClock(),
            progress: { reports.append($0) }
        )
        #expect(outcome.plan.groups.allSatisfy { $0.plan != nil } && !outcome.isEmpty)
        #expect(outcome.plan.runs.count >= 3)
        #expect(reports.last?.iterations == 60 && reports.last?.objective == outcome.plan.objective)
        let paths = outcome.bundle.paths.map(\.description)
        for path in ["calendar.json", "calendar.html", "report.txt", "calendar.ics", "facilitators/anne.ics"] {
            #expect(paths.contains(path), "no \(path)")
        }
        #expect(paths.contains { $0.hasPrefix("rooms/") })
        #expect(outcome.report.contains("Groups placed: 3 of 3"))
        #expect(outcome.inputs.contains("r/region-lausanne/interets.yaml"))
        // The published information session is kept.
        let fibro = try #require(outcome.plan.outcome(of: "fibromyalgie-renens")?.plan)
        #expect(fibro.session(.information)?.slot.id == "info-20270119-1830-prelaz-nadia")
    }

    @Test func theSameSeedAndBudgetGiveTheSameFiles() throws {
        let files = try Self.example()
        let first = try run(files, seed: 7)
        let second = try run(files, seed: 7)
        #expect(first.bundle == second.bundle)
        #expect(first.plan == second.plan)
    }

    @Test func badInputIsLocatedAndNothingIsPlanned() throws {
        var files = try Self.example()
        let path = "r/region-lausanne/centre.yaml"
        let centre = String(decoding: files.files[path] ?? [], as: UTF8.self)
        files.files[path] = Array(
            centre.replacingOccurrences(
                of: "    facilitators: [anne, nadia]\n",
                with: "    facilitators: [anne]\n    facilitators-needed: 2\n"
            ).utf8
        )
        do {
            _ = try run(files)
            Issue.record("the region was accepted")
        } catch {
            #expect(error.isInputError && error.code == .invalidInput)
            #expect(
                error.message.hasPrefix(
                    "r/region-lausanne/centre.yaml:61:19: error: workshop 'ecoute-active' has only 1 qualified "
                        + "facilitator (anne); expected at least 2"
                ),
                "\(error.message)"
            )
        }
    }

    @Test func aWorkspacesPublishedGroupIsPinnedAndTheOtherPlannedAroundIt() throws {
        let fixture = try ServiceFixture()
        let first = ServiceFixture.group("first")
        var second = ServiceFixture.group("second")
        for (index, date) in ["2027-01-19", "2027-02-02", "2027-02-16", "2027-06-08"].enumerated() {
            let kind = SessionKind.groupSequence[index]
            second.add(ScenarioBuilder.slot("\(kind.rawValue)-b", kind, date, "18:30"))
        }
        try fixture.importScenario(first.scenario)
        try fixture.importScenario(second.scenario)
        _ = try fixture.publish("first")
        let files = MemoryFiles([
            "ateliers.yaml": Array(
                """
                workshops:
                  - id: ecoute
                    title: Écoute active
                    minimum-participants: 2
                    months: [2027-03]
                    candidates: [{weekdays: [saturday], starts: ["09:30"], venues: [big]}]
                """.utf8
            ),
            "interets.yaml": Array(
                """
                interest:
                  - {id: x1, name: X Un, email: x1@mail.example, workshops: [ecoute], weekly: ["saturday 09:00-12:00"]}
                  - {id: x2, name: X Deux, email: x2@mail.example, group: second, workshops: [ecoute],
                     answers: {ecoute-20270313-0930-big: yes}}
                """.utf8
            ),
        ])
        let request = PlanCalendar.Request(
            source: .workspace(fixture.workspace, workshops: "ateliers.yaml", interest: "interets.yaml"),
            now: ServiceFixture.now,
            iterations: 40
        )
        let outcome = try PlanCalendar(files: files).run(request, clock: ContinuousClock())
        let firstPlan = try #require(outcome.plan.outcome(of: "first")?.plan)
        let secondPlan = try #require(outcome.plan.outcome(of: "second")?.plan)
        #expect(firstPlan.sessions.allSatisfy { $0.slot.id.rawValue.hasSuffix("-a") })
        #expect(secondPlan.sessions.allSatisfy { $0.slot.id.rawValue.hasSuffix("-b") }, "the a-slots are taken")
        #expect(outcome.problem.groups.map(\.published.count) == [4, 0])
        let run = try #require(outcome.plan.runs.first)
        #expect(run.slot.id == "ecoute-20270313-0930-big" && run.enrolled == ["x1", "x2"])
    }
}

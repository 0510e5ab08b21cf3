import ArgumentParser
import AttendanceSheets
import Foundation
import PlanningDomain

/// `entraide-bench sheets`: times rendering attendance sheets to PDF files, as `entraide plan` writes them.
///
/// Renders `--sessions` sheets of `--participants` expected people each (names with European diacritics)
/// and writes each PDF to `--out`; prints the best wall time of `--runs` whole runs.
struct SheetsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheets",
        abstract: "Time rendering attendance sheets to PDF (see scripts/bench-sheets)."
    )

    @Option(name: .long, help: "Sessions, one PDF each.")
    var sessions = 200

    @Option(name: .long, help: "Expected participants per session.")
    var participants = 12

    @Option(name: .long, help: "Folder to write the PDFs into (created if missing).")
    var out: String

    @Option(name: .long, help: "Whole runs; the best is reported.")
    var runs = 3

    static let names = [
        "Martine Favre", "Jean-Daniel Pittet", "Sylvie Jaccard", "Günter Weiß", "Søren Østergård", "Łukasz Wróbel",
        "Jiří Dvořák", "François Çelik", "Nguyễn Thị Ánh Tuyết", "Lucía Ferreira", "Anne-Laure Pernet",
        "Karim Benali", "Zoë Müller-Lüdenscheidt", "Ægir Þórsson",
    ]

    func run() throws {
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sheets = try (0..<sessions).map(sheet)
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000_000)
        var bytes = 0
        for _ in 0..<max(1, runs) {
            let began = clock.now
            bytes = 0
            for (index, sheet) in sheets.enumerated() {
                let pdf = try SheetPDF.bytes(for: sheet, creationDate: "2027-01-05T09:00:00Z")
                try Data(pdf).write(to: folder.appendingPathComponent("session-\(index).pdf"))
                bytes += pdf.count
            }
            best = min(best, clock.now - began)
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        print(
            "{\"seconds\": \(String(format: "%.3f", seconds)), \"sessions\": \(sessions), "
                + "\"participants\": \(participants), \"bytes\": \(bytes)}"
        )
    }

    /// Session `index`: a founding session on a day of 2027 with `participants` expected.
    private func sheet(_ index: Int) throws -> AttendanceSheet {
        guard let first = LocalDate(year: 2027, month: 1, day: 4), let time = LocalTime(hour: 18, minute: 30) else {
            throw ValidationError("the benchmark's dates do not exist.")
        }
        let slot = CandidateSlot(
            id: .init("s\(index)"),
            kind: .founding1,
            start: LocalDateTime(date: first.adding(days: index % 300), time: time),
            durationMinutes: 120,
            venue: "grand-pont",
            facilitator: "anne"
        )
        let people = (0..<participants).map { number in
            Participant(
                id: .init("p\(number + 1)"),
                name: Self.names[(index + number) % Self.names.count],
                email: "p\(number + 1)@example.org",
                language: .french,
                answers: [slot.id: number % 5 == 0 ? .ifNeedBe : .yes]
            )
        }
        let scenario = Scenario(
            organisation: Organisation(
                name: "Centre d'entraide Vaud",
                timeZone: "Europe/Zurich",
                language: .french,
                organiser: Contact(name: "Centre", email: "centre@example.org"),
                uidDomain: "example.org"
            ),
            group: Group(
                id: "bench",
                title: "Proches aidant·e·s – Lausanne",
                theme: "Bench",
                type: .talkingGroup,
                region: "Lausanne",
                initiator: nil
            ),
            facilitators: [Facilitator(id: "anne", name: "Anne Rochat", email: "anne@example.org")],
            venues: [
                Venue(
                    id: "grand-pont",
                    name: "Salle du Grand-Pont",
                    address: "Rue du Grand-Pont 2, 1003 Lausanne",
                    capacity: 30,
                    hasStepFreeAccess: true
                )
            ],
            sessionRules: [SessionRule.standard(.founding1)],
            candidates: [slot],
            participants: people,
            closures: [],
            rules: PlanningRules()
        )
        return AttendanceSheet(scenario: scenario, session: PlannedSession(slot: slot, participants: people))
    }
}

import AttendanceRecords
import AttendanceSheets
import Foundation
import PlanningDomain
import PlanningEngine
import PlanningInput
import Testing

/// A small group with one candidate per session and no review.
///
/// Planned: information on 2027-01-14, founding 1 on 2027-02-11, founding 2 on 2027-03-11. Participants are
/// invented; p04 cannot come to founding 1 and p06 not to founding 2. The group's title and the centre's name
/// carry characters HTML must escape.
enum AttendanceFixture {
    static let yaml = """
        organisation:
          name: Centre <d'entraide> & Co
          language: fr
          organiser: {name: Groupes d'entraide, email: groupes@entraide-vd.example}
        group:
          id: parents-ados-test
          title: Parents & ados <Nyon>
          theme: Échanger entre parents.
          type: talking-group
          region: Nyon "centre"
          quorum: 3
          initiator: p01
        facilitators:
          - {id: claire, name: Claire Monnier, email: claire.monnier@entraide-vd.example}
        venues:
          - {id: salle, name: Maison de quartier, address: "Rue de la Gare 12, 1260 Nyon", capacity: 20}
        candidates:
          information:
            - {id: info-0114, date: 2027-01-14, start: "19:00", venue: salle, facilitator: claire}
          founding1:
            - {id: f1-0211, date: 2027-02-11, start: "19:00", venue: salle, facilitator: claire}
          founding2:
            - {id: f2-0311, date: 2027-03-11, start: "19:00", venue: salle, facilitator: claire}
        participants:
          - {id: p01, name: Nathalie Berthoud, email: n.berthoud@example.ch,
             answers: {info-0114: yes, f1-0211: yes, f2-0311: yes}}
          - {id: p02, name: Olivier Chappuis, email: o.chappuis@example.ch,
             answers: {info-0114: yes, f1-0211: if-need-be, f2-0311: yes}}
          - {id: p03, name: Sandrine Dufaux, email: s.dufaux@example.org,
             answers: {info-0114: yes, f1-0211: yes, f2-0311: yes}}
          - {id: p04, name: Jean-Marc Rochat, email: jm.rochat@example.ch,
             answers: {info-0114: yes, f1-0211: no, f2-0311: yes}}
          - {id: p05, name: Françoise Gétaz, email: f.getaz@example.ch,
             answers: {info-0114: if-need-be, f1-0211: yes, f2-0311: yes}}
          - {id: p06, name: "=Karim Benali", email: k.benali@example.ch,
             answers: {info-0114: yes, f1-0211: yes, f2-0311: no}}
        """

    /// The participants' names: none may appear in a message, a record or a report.
    static let names = [
        "Nathalie", "Berthoud", "Olivier", "Chappuis", "Sandrine", "Dufaux", "Jean-Marc", "Rochat", "Françoise",
        "Gétaz", "Karim", "Benali",
    ]

    static func scenario(_ text: String = yaml) throws -> Scenario {
        try ScenarioReader().read(yaml: text, fileName: "scenario.yaml")
    }

    /// The scenario planned.
    static func planned(_ text: String = yaml) throws -> (scenario: Scenario, result: PlanningResult) {
        let scenario = try scenario(text)
        guard case .planned(let result) = Planner(scenario: scenario).plan() else {
            Issue.record("the fixture is infeasible")
            throw CancellationError()
        }
        return (scenario, result)
    }

    /// The sheet CSV of `kind` as the attendance sheets write it, with two newcomer rows.
    static func sheetCSV(_ kind: SessionKind, scenario: Scenario, result: PlanningResult) throws -> String {
        let session = try #require(result.plan.session(kind))
        let sheet = AttendanceSheet(scenario: scenario, session: session, privacy: .full, newcomerRows: 2)
        return String(decoding: SheetCSV.bytes(for: sheet), as: UTF8.self)
    }

    /// `csv` filled in as a staff member would: `marks` in the attendance cell of each participant's row, then one
    /// blank row per newcomer given a name and a word.
    static func filled(_ csv: String, marks: [String: String], newcomers: [(String, String)] = []) -> [UInt8] {
        var newcomers = newcomers[...]
        let lines = csv.split(separator: "\r\n", omittingEmptySubsequences: false).map { line -> String in
            let id = String(line.prefix { $0 != ";" && $0 != "\u{FEFF}" })
            if let mark = marks[id] { return line + mark }
            if line == ";;", let (name, word) = newcomers.popFirst() { return ";\(name);\(word)" }
            return String(line)
        }
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    /// The rendered errors of `body`, or a failure when it does not throw.
    static func rendered(
        sourceLocation: Testing.SourceLocation = #_sourceLocation,
        _ body: () throws -> Void
    ) -> String {
        do {
            try body()
        } catch let error as ScenarioErrors {
            return error.rendered
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return ""
        }
        Issue.record("expected errors", sourceLocation: sourceLocation)
        return ""
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("attendance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

import AttendanceRecords
import AttendanceSheets
import Foundation
import PlanningDomain
import PlanningEngine
import PlanningInput
import Testing

@Suite struct ReportTests {
    static func date(_ month: Int, _ day: Int) throws -> LocalDate {
        try #require(LocalDate(year: 2027, month: month, day: day))
    }

    /// The whole founding sequence recorded: p04 came to founding 1 though they had answered no.
    static func fullRecord() throws -> AttendanceRecord {
        AttendanceRecord(
            group: "parents-ados-test",
            sessions: [
                .information: SessionAttendance(
                    candidate: "info-0114",
                    date: try date(1, 14),
                    attendance: [
                        "p01": .present, "p02": .present, "p03": .present, "p04": .present, "p05": .excused,
                        "p06": .present,
                    ],
                    newcomers: 1
                ),
                .founding1: SessionAttendance(
                    candidate: "f1-0211",
                    date: try date(2, 11),
                    attendance: [
                        "p01": .present, "p02": .present, "p03": .absent, "p04": .present, "p05": .present,
                        "p06": .present,
                    ]
                ),
                .founding2: SessionAttendance(
                    candidate: "f2-0311",
                    date: try date(3, 11),
                    attendance: ["p01": .present, "p02": .present, "p03": .excused, "p04": .present, "p05": .present],
                    newcomers: 2
                ),
            ]
        )
    }

    static func report(_ record: AttendanceRecord, yaml: String = AttendanceFixture.yaml) throws -> AttendanceReport {
        let (scenario, result) = try AttendanceFixture.planned(yaml)
        return AttendanceReport(scenario: scenario, result: result, record: record)
    }

    @Test("expected, present, rates per session; continuity over the founding sequence")
    func figures() throws {
        let report = try Self.report(Self.fullRecord())
        #expect(report.sessions.map(\.kind) == [.information, .founding1, .founding2])
        #expect(report.sessions.map(\.expected.count) == [6, 5, 5])
        #expect(report.sessions.map { $0.count(.present) } == [5, 5, 4])
        #expect(report.sessions.map(\.attendanceRate) == [.init(5, of: 6), .init(4, of: 5), .init(4, of: 5)])
        #expect(report.sessions.map { $0.attendanceRate?.percent } == [83, 80, 80])
        #expect(report.sessions[1].unexpectedlyPresent == ["p04"])
        #expect(report.rows.first { $0.participant == "p04" }?.unexpectedlyPresent == [.founding1])
        #expect(report.continuity.presentAtInformation == ["p01", "p02", "p03", "p04", "p06"])
        #expect(report.continuity.presentThroughout == ["p01", "p02", "p04"])
        #expect(report.continuity.presentAtBothFounding == ["p01", "p02", "p04", "p05"])
        #expect(report.continuity.rate == .init(3, of: 5))
        #expect(report.continuity.rate?.percent == 60)
    }

    @Test("attendance.csv: BOM, ';', one row per participant, totals, continuity")
    func csv() throws {
        let bytes = try Self.report(Self.fullRecord()).csvBytes
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let expected = [
            "Participant·e;Séance d'information 2027-01-14;Première séance de fondation 2027-02-11;"
                + "Deuxième séance de fondation 2027-03-11",
            "p01;présent·e;présent·e;présent·e",
            "p02;présent·e;présent·e;présent·e",
            "p03;présent·e;absent·e;excusé·e",
            "p04;présent·e;présent·e;présent·e",
            "p05;excusé·e;présent·e;présent·e",
            "p06;présent·e;présent·e;—",
            "Attendu·e·s selon le plan;6;5;5",
            "Présent·e·s;5;5;4",
            "Excusé·e·s;1;0;1",
            "Absent·e·s;0;1;0",
            "Attendu·e·s, non saisi·e·s;0;0;0",
            "Nouvelles personnes;1;0;2",
            "Taux de présence;83 %;80 %;80 %",
            "Continuité de la séquence de fondation;60 %;;",
        ]
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == expected.map { $0 + "\r\n" }.joined())
    }

    @Test("attendance.html: self-contained, escaped, in the scenario's language, by id only")
    func html() throws {
        let report = try Self.report(Self.fullRecord())
        let html = String(decoding: report.htmlBytes, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">\n"))
        #expect(html.contains("<title>Présences — Parents &amp; ados &lt;Nyon&gt;</title>"))
        #expect(html.contains("<h1>Présences — Parents &amp; ados &lt;Nyon&gt;</h1>"))
        #expect(
            html.contains(
                "<p class=\"meta\">Centre &lt;d&#39;entraide&gt; &amp; Co · Nyon &quot;centre&quot; · 6 inscriptions</p>"
            )
        )
        #expect(html.contains("@page { size: A4;"))
        #expect(
            html.contains(
                "<tr><th>Date</th><td class=\"c\">jeudi 14 janvier 2027<br><span class=\"nowrap\">19 h – 20 h 30</span>"
                    + "</td><td class=\"c\">jeudi 11 février 2027<br><span class=\"nowrap\">19 h – 21 h</span></td>"
            )
        )
        #expect(
            html.contains(
                "<tr><th>Présent·e·s</th><td class=\"c\">5</td><td class=\"c\">5</td><td class=\"c\">4</td></tr>"
            )
        )
        #expect(
            html.contains(
                "<tr><th>Taux de présence</th><td class=\"c\">83 % (5 sur 6)</td><td class=\"c\">80 % (4 sur 5)</td>"
                    + "<td class=\"c\">80 % (4 sur 5)</td></tr>"
            )
        )
        #expect(html.contains("<p class=\"rate\">60 %</p>"))
        #expect(
            html.contains(
                "<p>3 des 5 personnes inscrites présentes à la séance d&#39;information étaient aussi présentes aux "
                    + "deux séances de fondation.</p>"
            )
        )
        #expect(html.contains("<td class=\"c present\">présent·e *</td>"))
        #expect(html.contains("<td class=\"c none\">—</td>"))
        for forbidden in ["<script", "http://", "https://", "src=", "url(", "@import", "attendance."] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(!AttendanceFixture.names.contains { html.contains($0) })
        #expect(report.htmlBytes == (try Self.report(Self.fullRecord())).htmlBytes)
    }

    @Test("sessions not recorded yet: pending, and no continuity yet")
    func partial() throws {
        var record = try Self.fullRecord()
        record.sessions[.founding2] = nil
        let report = try Self.report(record)
        #expect(report.continuity.rate == nil)
        #expect(report.continuity.missingSessions == [.founding2])
        let html = String(decoding: report.htmlBytes, as: UTF8.self)
        #expect(html.contains("<th class=\"c\">Deuxième séance de fondation<br><small>pas encore saisie</small></th>"))
        #expect(
            html.contains(
                "<tr><th>Présent·e·s</th><td class=\"c\">5</td><td class=\"c\">5</td><td class=\"c\">—</td></tr>"
            )
        )
        #expect(
            html.contains("<p>Pas encore connue : séances à saisir d&#39;abord : Deuxième séance de fondation.</p>")
        )
        let csv = String(decoding: report.csvBytes, as: UTF8.self)
        #expect(csv.contains("\r\nPrésent·e·s;5;5;—\r\n"))
        #expect(csv.hasSuffix("\r\nContinuité de la séquence de fondation;—;;\r\n"))
    }

    @Test("a session held in another slot than the plan now chooses is reported with the slot it was held in")
    func replanned() throws {
        let yaml = AttendanceFixture.yaml.replacingOccurrences(
            of: "  information:\n",
            with:
                "  information:\n    - {id: info-0112, date: 2027-01-12, start: \"18:30\", venue: salle, facilitator: claire}\n"
        )
        var record = AttendanceRecord(group: "parents-ados-test")
        record.record(
            SessionAttendance(candidate: "info-0112", date: try Self.date(1, 12), attendance: ["p01": .present]),
            for: .information
        )
        let report = try Self.report(record, yaml: yaml)
        let information = try #require(report.sessions.first)
        #expect(information.candidate == "info-0112")
        #expect(information.replannedCandidate == "info-0114")
        #expect(information.expected.isEmpty)
        #expect(information.unexpectedlyPresent == ["p01"])
        let html = String(decoding: report.htmlBytes, as: UTF8.self)
        #expect(
            html.contains("<td class=\"c\">mardi 12 janvier 2027<br><span class=\"nowrap\">18 h 30 – 20 h</span></td>")
        )
        #expect(
            html.contains(
                "<p class=\"note\">Séance d&#39;information : tenue au créneau info-0112 ; avec le scénario actuel, le "
                    + "plan choisirait info-0114. Les personnes attendues sont celles qui avaient répondu pour "
                    + "info-0112.</p>"
            )
        )
    }

    @Test("every text of the report is translated", arguments: ["fr", "de", "it", "en"])
    func translated(_ language: String) throws {
        let yaml = AttendanceFixture.yaml.replacingOccurrences(of: "language: fr", with: "language: \(language)")
        let report = try Self.report(Self.fullRecord(), yaml: yaml)
        let html = String(decoding: report.htmlBytes, as: UTF8.self)
        let csv = String(decoding: report.csvBytes, as: UTF8.self)
        #expect(html.contains("<html lang=\"\(language)\">"))
        #expect(!html.contains("attendance.") && !csv.contains("attendance."))
        let body = try #require(html.split(separator: "<body>").last)
        #expect(!body.contains("{") && !csv.contains("{"), "a template value left unfilled")
    }
}

import EntraideTestSupport
import Foundation
import Testing

/// `entraide register` and `entraide status GROUP` on the built binary: the waiting list told with the groups on
/// the same theme to offer, and the recruitment view in the staff member's language.
@Suite struct RegisterCommandTests {
    /// The Nyon example (10 people) with its maximum size at 10, and a second group on the same theme.
    static func fullGroupAndAnother() throws -> WorkspaceFixture {
        let fixture = try WorkspaceFixture()
        let text = try fixture.file("scenario/scenario.yaml")
        let other = text.replacingOccurrences(of: "  id: parents-ados-nyon\n", with: "  id: parents-ados-gland\n")
            .replacingOccurrences(of: "title: Parents d'ados – Nyon", with: "title: Parents d'ados – Gland")
        try Data(other.utf8).write(to: fixture.folder.appendingPathComponent("scenario/gland.yaml"))
        try fixture.edit("maximum-size: 12", "maximum-size: 10")
        for file in ["scenario.yaml", "gland.yaml"] {
            let path = fixture.folder.appendingPathComponent("scenario/\(file)").path
            let imported = try fixture.run(["import", path])
            #expect(imported.status == 0, "\(imported.standardError)")
        }
        return fixture
    }

    @Test func aRegistrationBeyondTheMaximumIsToldItsRankAndTheGroupToOffer() throws {
        let fixture = try Self.fullGroupAndAnother()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let person = [
            "register", "parents-ados-nyon", "--name", "Zoé Attente", "--phone", "+41 22 555 12 34", "--source",
            "phone", "--consent", "--now", PlanCommandTests.now,
        ]
        let english = try fixture.run(person, environment: ["LC_ALL": "en_GB.UTF-8"])
        #expect(english.status == 0, "\(english.standardError)")
        #expect(
            english.standardOutput == """
                Registered p11 in group parents-ados-nyon.
                The group is full: p11 is on the waiting list (rank 1); tell them so.
                Groups on the same theme with a place to offer them: parents-ados-gland (Parents d'ados – Gland).
                No e-mail address: give them their link by phone.
                The quorum can now be reached: the staff member in charge is told.

                """
        )
        let french = try fixture.run(person, environment: ["LC_ALL": "fr_CH.UTF-8"])
        #expect(french.standardOutput.contains("p12 est sur la liste d'attente (rang 2)"))
        #expect(french.standardOutput.contains("parents-ados-gland (Parents d'ados – Gland)"))
        for output in [english.standardOutput, french.standardOutput] { #expect(!output.contains("Zoé")) }
        let placed = try fixture.run(
            [
                "register", "parents-ados-gland", "--name", "Yves Place", "--email", "yves@mail.example", "--source",
                "mail", "--consent", "--now", PlanCommandTests.now,
            ],
            environment: ["LC_ALL": "en_GB.UTF-8"]
        )
        #expect(placed.standardOutput.hasPrefix("Registered p11 in group parents-ados-gland.\nA confirmation"))
    }

    @Test(arguments: [
        ("fr", "Recrutement du groupe parents-ados-nyon : prêt à planifier (le quorum peut être atteint)"),
        ("de", "Anmeldungen der Gruppe parents-ados-nyon: bereit zur Planung (das Quorum ist erreichbar)"),
        ("it", "Iscrizioni del gruppo parents-ados-nyon: pronto da pianificare (il quorum si può raggiungere)"),
        ("en", "Recruitment of group parents-ados-nyon: ready to plan (the quorum can be reached)"),
    ])
    func theRecruitmentViewIsInTheStaffMembersLanguage(language: String, heading: String) throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let out = fixture.folder.appendingPathComponent("status").path
        let result = try fixture.run(
            ["status", "parents-ados-nyon", "--language", language, "--out", out, "--now", PlanCommandTests.now]
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix(heading + "\n"))
        let text = try String(contentsOfFile: "\(out)/recruitment.txt", encoding: .utf8)
        #expect(text.hasPrefix(heading + "\n"))
        #expect(!text.contains("recruitment."), "every key has a template")
        let chart = try String(contentsOfFile: "\(out)/recruitment.svg", encoding: .utf8)
        let label = ["fr": "Inscriptions", "de": "Anmeldungen", "it": "Iscrizioni", "en": "Registrations"][language]
        #expect(chart.contains(">\(label ?? "")</text>"))
        #expect(!chart.contains("recruitment.chart"))
    }
}

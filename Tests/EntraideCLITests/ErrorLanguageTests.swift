import EntraideTestSupport
import Foundation
import Testing

/// Errors of the use cases in the staff member's language (LANG, `--language`), exit status 2, English as the
/// fallback.
@Suite struct ErrorLanguageTests {
    @Test func anIncompleteRegistrationIsRefusedInGerman() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let arguments = [
            "register", "parents-ados-nyon", "--name", "X", "--email", "b@", "--source", "phone", "--consent",
        ]
        let german = try fixture.run(arguments, environment: ["LANG": "de_CH.UTF-8"])
        #expect(german.status == 2)
        #expect(german.standardError == "error: die Anmeldung ist nicht vollständig: die E-Mail (ungültig).\n")
        let english = try fixture.run(arguments)
        #expect(english.status == 2)
        #expect(english.standardError == "error: the registration is not complete: email (invalid).\n")
    }

    @Test func registersValidationAndHandOversRefusalAreInFrench() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let source = try fixture.run(
            ["register", "parents-ados-nyon", "--name", "X", "--phone", "021", "--source", "bogus", "--consent"],
            environment: ["LANG": "fr_CH.UTF-8"]
        )
        #expect(source.status == 2)
        #expect(source.standardError.hasPrefix("Erreur : --source « bogus » n'est pas l'une des valeurs "))
        let handover = try fixture.run(
            ["handover", "parents-ados-nyon", "--cancel", "--out", fixture.folder.appendingPathComponent("h").path],
            environment: ["LANG": "fr_CH.UTF-8"]
        )
        #expect(handover.status == 2)
        #expect(handover.standardError.contains("le groupe « parents-ados-nyon » n'a pas de rythme remis à annuler."))
    }

    @Test func intakeOffersRefusalsAreInGerman() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let centre = """
            organisation:
              name: Centre d'entraide Vaud
              organiser: {name: Groupes d'entraide, email: groupes@entraide-vd.example}
            facilitators:
              - {id: anne, name: Anne Rochat, email: anne.rochat@entraide-vd.example}
            """
        try Data(centre.utf8).write(to: folder.appending("centre.yaml"))
        let result = try EntraideBinary.run(
            ["intake", "offer", "--staff", "anne", "--centre", "centre.yaml", "--from", "2027-01-11"],
            in: folder.url,
            environment: ["LANG": "de_CH.UTF-8"]
        )
        #expect(result.status == 2)
        #expect(
            result.standardError == """
                error: das Teammitglied «anne» hat keine Wochenzeiten; geben Sie sie mit --hours an \
                («dienstag 09:00-12:00») oder als «weekly» in der Zentrumsdatei.

                """
        )
        let listed = try EntraideBinary.run(
            [
                "intake", "offer", "--staff", "anne", "--centre", "centre.yaml", "--hours", "thursday 14:00-16:00",
                "--from", "2027-01-11", "--to", "2027-01-17", "--buffer", "999",
            ],
            in: folder.url,
            environment: ["LANG": "de_CH.UTF-8"]
        )
        #expect(listed.status == 2)
        #expect(listed.standardError == "error: die Pufferzeit «999» muss zwischen 0 und 720 Minuten liegen.\n")
    }
}

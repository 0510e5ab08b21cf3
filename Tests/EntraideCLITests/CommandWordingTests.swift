import EntraideTestSupport
import Foundation
import Testing

/// The commands worded from `commands.json` speak the staff member's language: the locale, or `--language`.
@Suite struct CommandWordingTests {
    static let french = ["LANG": "fr_CH.UTF-8"]
    static let nyon = PackageRoot.example("parents-ados-nyon/scenario.yaml")

    @Test func theOutboxHelpFollowsAFrenchLocale() throws {
        let result = try EntraideBinary.run(["outbox", "--help"], environment: Self.french)
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasPrefix("EN BREF : Lister les messages de la boîte d'envoi et leur état d'envoi"),
            "\(result.standardOutput)"
        )
        // States and commands stay as the options take them.
        #expect(result.standardOutput.contains("pending (enregistré, pas envoyé)"))
        #expect(result.standardOutput.contains("Lister les messages, dans l'ordre où ils ont été"))
    }

    @Test func theSheetsHelpFollowsAFrenchLocaleAndTheFlagWins() throws {
        let french = try EntraideBinary.run(["sheets", "--help"], environment: Self.french)
        #expect(french.status == 0)
        #expect(french.standardOutput.hasPrefix("EN BREF : Écrire la feuille de présence de chaque séance planifiée"))
        #expect(french.standardOutput.contains("Le dossier de sortie."))
        let german = try EntraideBinary.run(["sheets", "--help", "--language", "de"], environment: Self.french)
        #expect(german.standardOutput.hasPrefix("ÜBERSICHT: Die Präsenzliste jeder geplanten Sitzung schreiben"))
        #expect(german.standardOutput.contains("Der Ausgabeordner."))
    }

    @Test func gridReportsAndRefusesInFrench() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let grid = folder.appending("reponses.csv")
        let written = try EntraideBinary.run(["grid", Self.nyon, "--out", grid.path], environment: Self.french)
        #expect(written.status == 0, "\(written.standardError)")
        #expect(written.standardOutput == "Écrit : \(grid.path)\n")
        let notes = folder.appending("notes.csv")
        try Data("mes notes\n".utf8).write(to: notes)
        let refused = try EntraideBinary.run(["grid", Self.nyon, "--out", notes.path], environment: Self.french)
        #expect(refused.status == 2)
        #expect(
            refused.standardError
                == "error: --out « \(notes.path) » existe et n'est pas une grille de réponses vide écrite par "
                + "Entraide ; il est gardé. Donnez un nouveau nom de fichier.\n"
        )
    }

    @Test func forgetReportsInFrenchAndGermanByIdOnly() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let french = try fixture.run(["forget", "p05"], environment: Self.french)
        #expect(french.status == 0, "\(french.standardError)")
        #expect(
            french.standardOutput
                == "p05 oublié·e : nom, adresse e-mail et réponses effacés de "
                + "\(fixture.workspace)/entraide-workspace.sqlite.\n"
        )
        let german = try fixture.run(["forget", "p06", "--language", "de"], environment: Self.french)
        #expect(german.status == 0, "\(german.standardError)")
        #expect(german.standardOutput.hasPrefix("p06 vergessen: Name, E-Mail-Adresse und Antworten aus "))
    }

    @Test func theOutboxListsInGermanWithTheFlag() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let empty = try fixture.run(["outbox", "list", "--language", "de"])
        #expect(empty.standardOutput == "Der Postausgang enthält keine solche Nachricht.\n")
        let refused = try fixture.run(["outbox", "resend", "x1", "--language", "de"])
        #expect(refused.status == 2)
        #expect(
            refused.standardError.contains("«x1» ist keine Nachrichtennummer: erwartet wird eine Zahl wie 12 oder R3."),
            "\(refused.standardError)"
        )
    }

    @Test func withoutALocaleAWorkspaceCommandSpeaksTheCentresLanguage() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let empty = try fixture.run(["outbox", "list"], environment: ["LANG": "C.UTF-8"])
        #expect(empty.standardOutput == "La boîte d'envoi ne contient aucun message de ce genre.\n")
    }

    @Test func intakeValidationsFollowTheLocaleNotTheInitiatorsLanguage() throws {
        let offer = try EntraideBinary.run(
            ["intake", "offer", "--staff", "anne", "--centre", "centre.yaml", "--from", "2027-02-30"],
            environment: ["LANG": "it_CH.UTF-8"]
        )
        #expect(offer.status == 2)
        #expect(offer.standardError.contains("«2027-02-30» non è una data esistente"), "\(offer.standardError)")
        let invite = try EntraideBinary.run(
            [
                "intake", "invite", "i1", "--staff", "anne", "--from", "2027-02-30", "--name", "x", "--email", "x@y.ch",
                "--language", "de",
            ],
            environment: Self.french
        )
        #expect(invite.status == 2)
        #expect(
            invite.standardError.contains("« 2027-02-30 » n'est pas une date qui existe"),
            "\(invite.standardError)"
        )
    }

    @Test func staffAndServeTakeTheLanguageFlag() throws {
        let serve = try EntraideBinary.run(["serve", "--listen", "nowhere", "--language", "it"])
        #expect(serve.status == 2)
        #expect(serve.standardError.contains("--listen «nowhere» non è host:porta"), "\(serve.standardError)")
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let staff = try fixture.run(["staff", "list", "--language", "fr"])
        #expect(staff.standardOutput == "Aucun compte.\n", "\(staff.standardError)")
    }
}

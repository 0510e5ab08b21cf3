import EntraideTestSupport
import Foundation
import Testing

/// `entraide flyer` and `entraide intake offer` on the built binary.
@Suite struct RecruitCommandTests {
    static let url = "https://entraide-vd.example/inscription/proches-aidants-lausanne"

    @Test func theFlyerOfTheExampleScenario() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.appending("flyer").path
        let result = try EntraideBinary.run([
            "flyer", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", out, "--registration-url", Self.url,
            "--now", PlanCommandTests.now,
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Written: \(out)/announcement.md, \(out)/announcement.txt,"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(
            files == [
                "announcement.md", "announcement.txt", "entraide-manifest.json", "flyer-a4.pdf", "flyer-a5.pdf",
                "information.ics",
            ]
        )
        let pdf = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(out)/flyer-a4.pdf")))
        if Poppler.isAvailable {
            let text = try Poppler.text(pdf)
            #expect(text.contains("mardi 19 janvier 2027, 18 h 30 – 20 h"))
            #expect(!text.contains("culpabilité"), "the internal theme stays internal")
            if ZBar.isAvailable { #expect(try ZBar.decode(png: Poppler.png(pdf)) == [Self.url]) }
        }
        // The same run again gives the same bytes, and replaces the folder it wrote.
        let again = try EntraideBinary.run([
            "flyer", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", out, "--registration-url", Self.url,
            "--now", PlanCommandTests.now, "--size", "a4",
        ])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(out)/flyer-a4.pdf"))) == pdf)
        #expect(!FileManager.default.fileExists(atPath: "\(out)/flyer-a5.pdf"))
    }

    @Test func aBadAddressIsInvalidInputAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try EntraideBinary.run([
            "flyer", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", folder.appending("out").path,
            "--registration-url", "ftp://entraide-vd.example/x",
        ])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "error: registration address 'ftp://entraide-vd.example/x' does not start with https:// or http://.\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.appending("out").path))
    }

    @Test func thePublishedGroupOfAWorkspaceWithItsNotes() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        #expect(try fixture.publish("published").status == 0)
        let out = fixture.folder.appendingPathComponent("flyer").path
        let result = try fixture.run(["flyer", "parents-ados-nyon", "--out", out, "--now", PlanCommandTests.now])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Note: the group has no public text (group.public-text)"))
        #expect(result.standardOutput.contains("Note: no --registration-url"))
        #expect(FileManager.default.fileExists(atPath: "\(out)/information.ics"))
        let unknown = try fixture.run(["flyer", "parents-ados", "--out", out])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("no group 'parents-ados' in the workspace"))
    }

    @Test func intakeOfferListsAndWritesTheSlots() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let centre = """
            organisation:
              name: Centre d'entraide Vaud
              organiser: {name: Groupes d'entraide, email: groupes@entraide-vd.example}
            facilitators:
              - {id: anne, name: Anne Rochat, email: anne.rochat@entraide-vd.example, languages: [de]}
            """
        try Data(centre.utf8).write(to: folder.appending("centre.yaml"))
        let out = folder.appending("slots").path
        let result = try EntraideBinary.run(
            [
                "intake", "offer", "--staff", "anne", "--centre", "centre.yaml", "--hours", "thursday 14:00-16:00",
                "--from", "2027-01-11", "--to", "2027-01-17", "--step", "60", "--mode", "phone", "--out", out,
                "--now", PlanCommandTests.now,
            ],
            in: folder.url,
            // A locale that states no language: the list is in the staff member's own language.
            environment: ["LANG": "C.UTF-8"]
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            result.standardOutput == """
                2 freie Termine für ein Gespräch mit Anne Rochat:
                  Donnerstag, 14. Januar 2027, 14.00 – 15.00 Uhr (am Telefon)
                  Donnerstag, 14. Januar 2027, 15.00 – 16.00 Uhr (am Telefon)
                Written: \(out)/intake-slots.csv, \(out)/intake-slots.txt

                """
        )
        let csv = try String(contentsOfFile: "\(out)/intake-slots.csv", encoding: .utf8)
        #expect(csv.components(separatedBy: "\r\n").count == 4)
    }

    @Test(arguments: [
        (["--staff", "anne", "--from", "2027-01-11"], "give the centre with either --centre FILE or --workspace DIR."),
        (
            ["--staff", "anne", "--centre", "c.yaml", "--from", "2027-02-30"],
            "'2027-02-30' is not a date that exists (2027-01-11, 11.01.2027)."
        ),
        (
            ["--staff", "anne", "--centre", "c.yaml", "--from", "2027-01-11", "--hours", "mardi 12h-9h"],
            "--hours 'mardi 12h-9h' is not a weekday and a time range"
        ),
    ])
    func intakeOfferRefusesBadOptions(arguments: [String], message: String) throws {
        let result = try EntraideBinary.run(["intake", "offer"] + arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }
}

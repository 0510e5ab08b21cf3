import EntraideTestSupport
import Foundation
import Testing

/// One workspace for the whole centre: facilitators and rooms shared by every group, a facilitator who falls
/// ill, answers that keep their source, the centre file on its own.
@Suite struct CentreCommandTests {
    /// The publications of every group in the workspace's export: (group, kind, start, end, venue, facilitator).
    private func sessions(_ fixture: WorkspaceFixture) throws -> [[String]] {
        let export = try fixture.run(["export"])
        #expect(export.status == 0, "\(export.standardError)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(export.standardOutput.utf8)) as? [String: Any]
        )
        let groups = try #require(json["groups"] as? [[String: Any]])
        var result: [[String]] = []
        for group in groups {
            for publication in (group["publications"] as? [[String: Any]]) ?? []
            where publication["cancelled"] as? Bool != true {
                result.append(
                    ["id", "kind", "start", "end", "venue", "facilitator"].map { key in
                        key == "id" ? (group["id"] as? String ?? "") : (publication[key] as? String ?? "")
                    }
                )
            }
        }
        return result
    }

    @Test func anIllFacilitatorIsAChangeThatEveryoneConcernedIsTold() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let first = try fixture.publish("out")
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("facilitators/marc/founding2.ics: REQUEST SEQUENCE 0 (new)"))
        // Marc falls ill on the evening of founding 2 (11 March 2027).
        try fixture.edit(
            "    away: [{from: 2027-03-01, to: 2027-03-05}]",
            "    away: [{from: 2027-03-01, to: 2027-03-05}, 2027-03-11]"
        )
        let imported = try fixture.run(["import", fixture.scenario.path])
        #expect(imported.standardOutput.contains("facilitator marc: away changed"), "\(imported.standardOutput)")
        let second = try fixture.publish("out", ["--now", "2026-11-26T09:00:00Z"])
        #expect(second.status == 0, "\(second.standardError)")
        let output = second.standardOutput
        // The reason comes first, then the messages: participants updated, Marc's copy cancelled, the stand-in
        // invited.
        #expect(
            output.hasPrefix(
                "Deuxième séance de fondation : le créneau publié f2-20270311-1830-maison-quartier-marc n'est plus "
                    + "possible, car Marc Delacrétaz est absent·e ce jour-là\n"
            ),
            "\(output)"
        )
        #expect(output.contains("participants/p01/founding2.ics: REQUEST SEQUENCE 1"))
        #expect(output.contains("facilitators/marc/founding2.ics: CANCEL SEQUENCE 1 (replaced)"))
        #expect(output.contains("facilitators/claire/founding2.ics: REQUEST SEQUENCE 1"))
        let cancel = try fixture.file("\(fixture.publication("out"))/facilitators/marc/founding2.ics")
        #expect(cancel.contains("METHOD:CANCEL") && cancel.contains("20270311T183000"))
        let invitation = try fixture.file("\(fixture.publication("out"))/facilitators/claire/founding2.ics")
        #expect(invitation.contains("ROLE=CHAIR") && invitation.contains("mailto:claire.monnier@entraide-vd.example"))
        let update = try fixture.message("out", "p01", "founding2")
        // The update names the stand-in; the facilitator it replaces appears only in « what changes » (old → new).
        let unfolded = update.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("Animation : Claire Monnier\\n"))
        #expect(unfolded.contains("Animation : Marc Delacrétaz → Claire Monnier"))
        #expect(unfolded.components(separatedBy: "Marc Delacrétaz").count == 2)
    }

    @Test func twoGroupsSharingFacilitatorsAndRoomsAreNeverBookedTwice() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        // A second group with the same people's habits, the same candidates, facilitators and rooms, and one
        // more information evening (the only good one of the first group's list is taken by the first group).
        let other = fixture.folder.appendingPathComponent("scenario/gland.yaml")
        let text = try String(contentsOf: fixture.scenario, encoding: .utf8)
            .replacingOccurrences(of: "  id: parents-ados-nyon", with: "  id: parents-ados-gland")
            .replacingOccurrences(
                of:
                    "    - {id: info-0123, date: 2027-01-23, start: \"10:00\", venue: maison-quartier, facilitator: marc}",
                with:
                    "    - {id: info-0123, date: 2027-01-23, start: \"10:00\", venue: maison-quartier, facilitator: marc}\n"
                    + "    - {id: info-0121, date: 2027-01-21, start: \"19:00\", venue: maison-quartier, facilitator: claire}"
            )
        try Data(text.utf8).write(to: other)
        #expect(try fixture.run(["import", other.path]).status == 0)
        #expect(try fixture.publish("out").status == 0)
        let second = try fixture.run([
            "publish", "parents-ados-gland", "--out", fixture.folder.appendingPathComponent("gland").path, "--now",
            PlanCommandTests.now,
        ])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardOutput.contains("Around group parents-ados-nyon's"), "\(second.standardOutput)")
        let all = try sessions(fixture)
        #expect(Set(all.map { $0[0] }) == ["parents-ados-nyon", "parents-ados-gland"])
        for first in all where first[0] == "parents-ados-nyon" {
            for other in all where other[0] == "parents-ados-gland" {
                let overlaps = first[2] < other[3] && other[2] < first[3]
                #expect(!(overlaps && (first[4] == other[4] || first[5] == other[5])), "\(first) and \(other)")
            }
        }
        let status = try fixture.run(
            ["status", "--now", PlanCommandTests.now],
            environment: PlanCommandTests.frenchStaff
        )
        #expect(status.status == 0)
        #expect(status.standardOutput.contains("2 groupes dans l'espace de travail"))
        #expect(status.standardOutput.contains("Aucune animation ni aucune salle n'est réservée deux fois."))
        // Planning the second group on its own, with the workspace, explains the bookings.
        let plan = try fixture.run(
            [
                "plan", other.path, "--out", fixture.folder.appendingPathComponent("plan").path, "--now",
                PlanCommandTests.now,
            ],
            environment: PlanCommandTests.frenchStaff
        )
        #expect(plan.status == 0, "\(plan.standardError)")
        #expect(plan.standardOutput.contains("du groupe parents-ados-nyon"), "\(plan.standardOutput)")
        // Without the workspace, the same scenario is planned on its own, as before.
        let alone = try EntraideBinary.run([
            "plan", other.path, "--out", fixture.folder.appendingPathComponent("alone").path, "--now",
            PlanCommandTests.now,
        ])
        #expect(alone.status == 0 && !alone.standardOutput.contains("du groupe parents-ados-nyon"))
    }

    @Test func anAnswerTakenByPhoneSurvivesTheNextImport() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let answer = try fixture.run([
            "answer", "parents-ados-nyon", "p02", "info-0111", "yes", "--now", "2026-11-20T10:00:00Z",
        ])
        #expect(answer.status == 0, "\(answer.standardError)")
        #expect(answer.standardOutput.contains("the answer that counts is yes (recorded:phone)"))
        #expect(try fixture.run(["import", fixture.scenario.path]).standardOutput.contains("nothing changed"))
        let export = try fixture.run(["export"]).standardOutput
        #expect(export.contains("recorded:phone") || export.contains("\"recorded\""), "the answer keeps its source")
        let unknown = try fixture.run(["answer", "parents-ados-nyon", "p99", "info-0111", "yes"])
        #expect(unknown.status == 2)
        let bad = try fixture.run(["answer", "parents-ados-nyon", "..", "info-0111", "yes"])
        #expect(bad.status == 2)
    }

    @Test func aCentreFileIsImportedOnItsOwnAndScenariosReferToItsIDs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let centre = folder.appending("centre.yaml")
        try Data(
            """
            organisation:
              name: Centre d'entraide Vaud
              organiser: {name: Groupes d'entraide, email: groupes@entraide-vd.example}
              phone: "+41 21 000 00 00"
            facilitators:
              - {id: anne, name: Anne Rochat, email: anne.rochat@entraide-vd.example}
            venues:
              - {id: grand-pont, name: Salle du Grand-Pont, address: "Rue du Grand-Pont 2, 1003 Lausanne", capacity: 16, step-free: true}

            """.utf8
        ).write(to: centre)
        #expect(try EntraideBinary.run(["init", folder.path]).status == 0)
        let imported = try EntraideBinary.run(["import", "--centre", centre.path, "--workspace", folder.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("facilitator anne added"))
        let again = try EntraideBinary.run(["import", "--centre", centre.path, "--workspace", folder.path])
        #expect(again.standardOutput.contains("nothing changed"), "\(again.standardOutput)")
        let broken = folder.appending("broken.yaml")
        try Data("facilitators:\n  - {id: .anne, name: A, email: a@b.ch}\n".utf8).write(to: broken)
        let refused = try EntraideBinary.run(["import", "--centre", broken.path, "--workspace", folder.path])
        #expect(refused.status == 2 && refused.standardError.contains("broken.yaml:2:"))
        #expect(!imported.standardOutput.contains("workshop"), "no workshops: section, nothing said")
    }

    @Test func aCentreFilesWorkshopsAreSaidToBeLeftOutNotDroppedSilently() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let centre = URL(fileURLWithPath: PackageRoot.example("region-lausanne/centre.yaml"))
        #expect(try EntraideBinary.run(["init", folder.path]).status == 0)
        let imported = try EntraideBinary.run(["import", "--centre", centre.path, "--workspace", folder.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(
            imported.standardOutput.contains(
                "Not imported: the file's workshops: section (4 workshop(s)); the workshop catalogue is read by "
                    + "`entraide calendar`, not stored in the workspace (`entraide calendar --workspace WS "
                    + "--workshops \(centre.path)`)."
            ),
            "\(imported.standardOutput)"
        )
    }
}

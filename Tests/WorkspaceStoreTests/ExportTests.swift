import Foundation
import PlanningDomain
import Testing
import WorkspaceStore

@Suite struct ExportTests {
    private func export(_ workspace: Workspace) throws -> String {
        String(decoding: try workspace.read { try $0.exportJSON() }, as: UTF8.self)
    }

    @Test func anEmptyWorkspaceExportsItsFormat() throws {
        let folder = TemporaryFolder()
        let text = try export(try Workspace.create(in: folder.path))
        #expect(
            text
                == "{\n  \"format\" : \"entraide-workspace-export/1\",\n  \"groups\" : [\n\n  ],\n  \"schema-version\" : 2\n}\n"
        )
    }

    /// The whole export of a one-participant group with a publication: the documented format, key for key.
    @Test func aSmallWorkspaceExportsExactly() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var scenario = StoreFixtures.scenario("small", participants: 1)
        scenario.facilitators.removeLast()
        scenario.venues.removeLast()
        scenario.candidates = [StoreFixtures.candidates[0]]
        scenario.participants[0].answers = ["info-0112": .ifNeedBe]
        scenario.closures.removeLast()
        scenario.sessionRules = [.standard(.information), .standard(.founding1)]
        var publication = StoreFixtures.publications()[1]
        publication.recipients = ["p01": RecipientCopy(sequence: 0, reply: .accepted)]
        try workspace.write { writer in
            _ = try writer.importScenario(scenario)
            try writer.recordPublications([publication], pinned: [.information: "info-0112"], for: "small")
        }
        #expect(try export(workspace) == Self.smallExport)
    }

    @Test func theExportDoesNotDependOnTheOrderOfWrites() throws {
        let first = TemporaryFolder()
        let second = TemporaryFolder()
        var shrunk = StoreFixtures.scenario("b-group", participants: 5)
        shrunk.participants.removeFirst()
        try Workspace.create(in: first.path).write { writer in
            _ = try writer.importScenario(StoreFixtures.scenario("a-group", participants: 7))
            _ = try writer.importScenario(StoreFixtures.scenario("b-group", participants: 5))
            _ = try writer.importScenario(shrunk)
            try writer.recordPublications(StoreFixtures.publications(), pinned: [.founding1: "f1-0126"], for: "a-group")
            _ = try writer.forget("p02", in: "a-group")
        }
        try Workspace.create(in: second.path).write { writer in
            _ = try writer.importScenario(StoreFixtures.scenario("b-group", participants: 5))
            _ = try writer.importScenario(StoreFixtures.scenario("a-group", participants: 7))
            _ = try writer.forget("p02", in: "a-group")
            try writer.recordPublications(
                StoreFixtures.publications().reversed(),
                pinned: [.founding1: "f1-0126"],
                for: "a-group"
            )
            _ = try writer.importScenario(shrunk)
        }
        let one = try export(try Workspace.open(in: first.path))
        let other = try export(try Workspace.open(in: second.path))
        #expect(one == other)
        #expect(one.contains("\"status\" : \"withdrawn\""))
        #expect(one.contains("\"status\" : \"forgotten\""))
    }
}

extension ExportTests {
    static let smallExport = """
        {
          "format" : "entraide-workspace-export/1",
          "groups" : [
            {
              "candidates" : [
                {
                  "duration-minutes" : 90,
                  "facilitator" : "anne",
                  "id" : "info-0112",
                  "kind" : "information",
                  "start" : "2027-01-12T18:30",
                  "venue" : "grand-pont"
                }
              ],
              "closures" : [
                {
                  "from" : "2027-01-01",
                  "reason" : "Nouvel An",
                  "to" : "2027-01-02"
                }
              ],
              "facilitators" : [
                {
                  "away" : [
                    "2027-02-23",
                    "2027-03-29"
                  ],
                  "busy" : [
                    "info-0116"
                  ],
                  "email" : "anne@entraide-vd.example",
                  "id" : "anne",
                  "name" : "Anne Rochat"
                }
              ],
              "forgotten-answer-counts" : [

              ],
              "id" : "small",
              "initiator" : "p01",
              "maximum-size" : 10,
              "organisation" : {
                "language" : "fr",
                "name" : "Centre d'entraide Vaud",
                "organiser" : {
                  "email" : "groupes@entraide-vd.example",
                  "name" : "Groupes d'entraide"
                },
                "time-zone" : "Europe/Zurich",
                "uid-domain" : "entraide-vd.example"
              },
              "participants" : [
                {
                  "answers" : {
                    "info-0112" : "if-need-be"
                  },
                  "email" : "Personne.1@Exemple.example",
                  "id" : "p01",
                  "initiator" : true,
                  "language" : "fr",
                  "name" : "Personne Numéro1",
                  "status" : "active",
                  "step-free" : false
                }
              ],
              "pinned" : {
                "information" : "info-0112"
              },
              "publications" : [
                {
                  "cancelled" : true,
                  "candidate" : "info-0112",
                  "end" : "2027-01-12T20:00",
                  "kind" : "information",
                  "recipients" : {
                    "p01" : {
                      "cancelled" : false,
                      "reply" : "ACCEPTED",
                      "sequence" : 0
                    }
                  },
                  "sequence" : 0,
                  "start" : "2027-01-12T18:30",
                  "uid" : "information.proches-aidants@entraide-vd.example",
                  "venue" : "grand-pont"
                }
              ],
              "quorum" : 4,
              "region" : "Lausanne",
              "rules" : {
                "initiator-must-attend" : true,
                "quorum-applies-to" : "whole-sequence"
              },
              "sessions" : [
                {
                  "days-after-previous" : null,
                  "duration-minutes" : 90,
                  "kind" : "information"
                },
                {
                  "days-after-previous" : {
                    "max" : 28,
                    "min" : 7
                  },
                  "duration-minutes" : 120,
                  "kind" : "founding1"
                }
              ],
              "theme" : "Partager le quotidien.",
              "title" : "Proches aidant·e·s – Lausanne",
              "type" : "talking-group",
              "venues" : [
                {
                  "address" : "Rue du Grand-Pont 2, 1003 Lausanne",
                  "booked" : [
                    "f1-0126"
                  ],
                  "capacity" : 16,
                  "id" : "grand-pont",
                  "name" : "Salle du Grand-Pont",
                  "step-free" : true
                }
              ]
            }
          ],
          "schema-version" : 2
        }

        """
}

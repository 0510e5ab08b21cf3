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
                == "{\n  \"centre\" : null,\n  \"format\" : \"entraide-workspace-export/2\",\n  \"groups\" : [\n\n  ],\n  \"schema-version\" : 10,\n  \"workshops\" : {\n    \"people\" : [\n\n    ],\n    \"publication-runs\" : [\n\n    ],\n    \"publications\" : [\n\n    ],\n    \"waiting\" : [\n\n    ]\n  }\n}\n"
        )
    }

    /// The whole export of a one-participant group with answers from two sources and a recorded one, a
    /// publication with a facilitator's copy, and a run with two messages: the documented format, key for key.
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
        publication.facilitator = "anne"
        publication.recipients = ["p01": RecipientCopy(sequence: 0, reply: .accepted)]
        publication.facilitatorCopies = ["anne": RecipientCopy(sequence: 0)]
        let poll = AnswerLayer(
            origin: AnswerOrigin(.poll, detail: "sondage.csv", order: 1),
            answers: ["p01": ["info-0112": .no]]
        )
        let scenarioLayer = AnswerLayer(origin: .scenario, answers: ["p01": ["info-0112": .ifNeedBe]])
        try workspace.write { writer in
            _ = try writer.importScenario(scenario, answers: [scenarioLayer, poll], at: OutboxFixtures.now)
            let run = try writer.recordPublication(
                group: "small",
                publications: [publication],
                pinned: [.information: "info-0112"],
                at: OutboxFixtures.instant("2026-11-26T10:00:00Z"),
                reason: "first publication",
                messages: [
                    OutboxFixtures.draft(to: .participant("p01"), email: "envelope.p01@exemple.example"),
                    OutboxFixtures.draft(to: .facilitator("anne"), email: "envelope.anne@entraide-vd.example"),
                ]
            )
            #expect(run.number.rawValue == 1)
            try writer.markSending(OutboxMessage.ID(1), at: OutboxFixtures.instant("2026-11-26T10:01:00Z"))
            try writer.markSent(
                OutboxMessage.ID(1),
                answer: "250 OK",
                at: OutboxFixtures.instant("2026-11-26T10:01:02Z")
            )
        }
        _ = try workspace.write { writer in
            try writer.recordAnswer(
                group: "small",
                participant: "p01",
                slot: "info-0112",
                availability: .yes,
                channel: "phone",
                at: OutboxFixtures.instant("2026-11-27T08:00:00Z")
            )
        }
        let text = try export(workspace)
        #expect(text == Self.smallExport)
        // Metadata only: no bytes, no addresses, no server text.
        for secret in ["BEGIN:VCALENDAR", "envelope.p01", "envelope.anne", "250 OK"] { #expect(!text.contains(secret)) }
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
          "centre" : {
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
                "email" : "anne@entraide-vd.example",
                "id" : "anne",
                "languages" : [

                ],
                "monthly-limit" : null,
                "name" : "Anne Rochat",
                "phone" : null,
                "qualifications" : {
                  "all-workshops" : true,
                  "sessions" : [
                    "information",
                    "founding1",
                    "founding2",
                    "review"
                  ],
                  "workshops" : [

                  ]
                },
                "weekly-limit" : null
              }
            ],
            "organisation" : {
              "canton" : null,
              "language" : "fr",
              "name" : "Centre d'entraide Vaud",
              "organiser" : {
                "email" : "groupes@entraide-vd.example",
                "name" : "Groupes d'entraide"
              },
              "phone" : null,
              "time-zone" : "Europe/Zurich",
              "uid-domain" : "entraide-vd.example"
            },
            "travel-buffer-minutes" : 30,
            "venues" : [
              {
                "access" : null,
                "address" : "Rue du Grand-Pont 2, 1003 Lausanne",
                "capacity" : 16,
                "id" : "grand-pont",
                "name" : "Salle du Grand-Pont",
                "opening-hours" : [

                ],
                "step-free" : true
              }
            ]
          },
          "format" : "entraide-workspace-export/2",
          "groups" : [
            {
              "calendar-title" : "neutral",
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
              "facilitators" : [
                {
                  "busy" : [
                    "info-0116"
                  ],
                  "id" : "anne",
                  "tentative" : [

                  ]
                }
              ],
              "forgotten-answer-counts" : [

              ],
              "handover" : null,
              "id" : "small",
              "initiator" : "p01",
              "maximum-size" : 10,
              "participants" : [
                {
                  "answers" : {
                    "info-0112" : "yes"
                  },
                  "email" : "Personne.1@Exemple.example",
                  "given-answers" : {
                    "info-0112" : [
                      {
                        "availability" : "yes",
                        "given-at" : "2026-11-27T08:00:00Z",
                        "order" : 0,
                        "origin" : "recorded:phone"
                      },
                      {
                        "availability" : "if-need-be",
                        "given-at" : "2026-11-25T09:00:00Z",
                        "order" : 0,
                        "origin" : "scenario"
                      },
                      {
                        "availability" : "no",
                        "given-at" : "2026-11-25T09:00:00Z",
                        "order" : 1,
                        "origin" : "poll:sondage.csv"
                      }
                    ]
                  },
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
              "publication-runs" : [
                {
                  "created-at" : "2026-11-26T10:00:00Z",
                  "messages" : [
                    {
                      "attempts" : 1,
                      "erased" : false,
                      "file" : "participants/p01/information",
                      "id" : 1,
                      "last-attempt-at" : "2026-11-26T10:01:00Z",
                      "method" : "REQUEST",
                      "reason" : "new",
                      "recipient" : {
                        "id" : "p01",
                        "kind" : "participant"
                      },
                      "sequence" : 0,
                      "session" : "information",
                      "state" : "sent",
                      "state-at" : "2026-11-26T10:01:02Z",
                      "uid" : "information.proches-aidants@entraide-vd.example"
                    },
                    {
                      "attempts" : 0,
                      "erased" : false,
                      "file" : "facilitators/anne/information",
                      "id" : 2,
                      "last-attempt-at" : null,
                      "method" : "REQUEST",
                      "reason" : "new",
                      "recipient" : {
                        "id" : "anne",
                        "kind" : "facilitator"
                      },
                      "sequence" : 0,
                      "session" : "information",
                      "state" : "pending",
                      "state-at" : null,
                      "uid" : "information.proches-aidants@entraide-vd.example"
                    }
                  ],
                  "number" : 1,
                  "reason" : "first publication"
                }
              ],
              "publications" : [
                {
                  "cancelled" : true,
                  "candidate" : "info-0112",
                  "end" : "2027-01-12T20:00",
                  "facilitator" : "anne",
                  "facilitator-copies" : {
                    "anne" : {
                      "cancelled" : false,
                      "reply" : null,
                      "sequence" : 0
                    }
                  },
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
                  "booked" : [
                    "f1-0126"
                  ],
                  "id" : "grand-pont"
                }
              ]
            }
          ],
          "schema-version" : 10,
          "workshops" : {
            "people" : [

            ],
            "publication-runs" : [

            ],
            "publications" : [

            ],
            "waiting" : [

            ]
          }
        }

        """
}

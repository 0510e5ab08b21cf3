import GRDB
import PlanningDomain

extension WorkspaceExport {
    /// What the publication of the coordinator's workshops remembers (schema `v9-workshop-publication`): each
    /// person's event per workshop, the waiting-list ranks written, and its publication runs with their messages
    /// (metadata only, as a group's); and the people it wrote to (`v10-workshop-people`), a forgotten one by id
    /// and status only.
    struct Workshops: Encodable {
        var people: [Person]
        var publications: [Publication]
        var waiting: [Waiting]
        var publicationRuns: [Run]

        enum CodingKeys: String, CodingKey {
            case people, publications, waiting
            case publicationRuns = "publication-runs"
        }

        /// A person the workshops wrote to: `name`, `email` and `language` are left out once forgotten;
        /// `language` is `null` when unknown.
        struct Person: Encodable {
            var id: String
            var status: String
            var name: String?
            var email: String?
            var language: Nullable<String>?

            init(_ person: WorkshopPerson) {
                id = person.id.rawValue
                status = person.status.rawValue
                guard person.status != .forgotten else { return }
                name = person.name
                email = person.email
                language = Nullable(person.language?.code)
            }
        }

        /// One person's event of one workshop.
        struct Publication: Encodable {
            var workshop: String
            var person: String
            var uid: String
            var sequence: Int
            var candidate: String
            var start: String
            var end: String
            var venue: String
            var cancelled: Bool
        }

        /// The waiting-list rank last written to a person.
        struct Waiting: Encodable {
            var workshop: String
            var person: String
            var rank: Int
        }

        static func read(runs: [PublicationRun], entries: [OutboxEntry], _ db: Database) throws -> Self {
            Workshops(
                people: try WorkshopPeopleRows.people(db).map(Person.init),
                publications: try WorkshopPublicationRows.publications(db).map { record in
                    Publication(
                        workshop: record.workshop.rawValue,
                        person: record.person.rawValue,
                        uid: record.uid,
                        sequence: record.sequence,
                        candidate: record.slot.rawValue,
                        start: record.start.description,
                        end: record.end.description,
                        venue: record.venue.rawValue,
                        cancelled: record.isCancelled
                    )
                },
                waiting: try WorkshopPublicationRows.notices(db).map {
                    Waiting(workshop: $0.workshop.rawValue, person: $0.person.rawValue, rank: $0.rank)
                },
                publicationRuns: runs.filter { $0.group == nil }.map { run in
                    Run(
                        number: run.number.rawValue,
                        createdAt: run.createdAt.iso8601,
                        reason: run.reason,
                        messages: entries.filter { $0.run == run.number }.map(Message.init)
                    )
                }
            )
        }
    }
}

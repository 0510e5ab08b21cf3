import GRDB
import PlanningDomain

extension WorkspaceExport {
    /// Reads the centre and every group, withdrawn and forgotten participants included, through the same
    /// checked readers as the rest of the store.
    static func document(_ db: Database) throws -> WorkspaceExport {
        let entries = try OutboxRows.entries(group: nil, states: nil, db)
        let runs = try OutboxRows.runs(of: nil, db)
        let groups = try StoredRow.fetchAll(
            db,
            table: "workspace_group",
            key: ["id"],
            sql: "SELECT * FROM workspace_group"
        ).map { row in
            try group(row, runs: runs, entries: entries, db)
        }.sorted { $0.id < $1.id }
        return WorkspaceExport(
            schemaVersion: WorkspaceSchema.currentVersion,
            centre: Nullable(try CentreRows.centre(db).map(Centre.init)),
            groups: groups,
            workshops: try Workshops.read(runs: runs, entries: entries, db)
        )
    }

    // MARK: - Private helpers

    private static func group(
        _ row: StoredRow,
        runs: [PublicationRun],
        entries: [OutboxEntry],
        _ db: Database
    ) throws -> Group {
        let id: PlanningDomain.Group.ID = try row.id("id")
        let facilitators = try ScenarioRows.facilitators(of: id, db)
        let venues = try ScenarioRows.venues(of: id, db)
        return Group(
            id: id.rawValue,
            title: try row.text("title"),
            theme: try row.text("theme"),
            type: try row.value("type", GroupType.self).rawValue,
            region: try row.text("region"),
            quorum: try row.integer("quorum"),
            maximumSize: try row.integer("maximum_size"),
            initiator: Nullable(try row.optionalText("initiator")),
            calendarTitle: try row.value("calendar_title", CalendarTitle.self).rawValue,
            rules: try row.json("rules", StoredSettings.Rules.self, "the rules (JSON)"),
            sessions: try row.json("session_rules", [StoredSettings.SessionRule].self, "the sessions (JSON)"),
            facilitators: facilitators.map {
                NamedFacilitator(
                    id: $0.id.rawValue,
                    busy: $0.busySlots.sorted().map(\.rawValue),
                    tentative: $0.tentativeSlots.sorted().map(\.rawValue)
                )
            },
            venues: venues.map { NamedVenue(id: $0.id.rawValue, booked: $0.bookedSlots.sorted().map(\.rawValue)) },
            candidates: try ScenarioRows.candidates(of: id, db).map {
                Candidate(
                    id: $0.id.rawValue,
                    kind: $0.kind.rawValue,
                    start: $0.start.description,
                    durationMinutes: $0.durationMinutes,
                    venue: $0.venue.rawValue,
                    facilitator: $0.facilitator.rawValue
                )
            },
            participants: try participants(of: id, db),
            forgottenAnswerCounts: try StoredRow.fetchAll(
                db,
                table: "forgotten_answer_count",
                key: ["group_id", "slot_id", "availability"],
                sql: "SELECT * FROM forgotten_answer_count WHERE group_id = ?",
                arguments: [id.rawValue]
            ).map {
                AnswerCount(
                    candidate: try $0.text("slot_id"),
                    availability: try $0.value("availability", Availability.self).rawValue,
                    count: try $0.integer("count")
                )
            }.sorted { ($0.candidate, $0.availability) < ($1.candidate, $1.availability) },
            pinned: Dictionary(
                uniqueKeysWithValues: try PublicationRows.pinned(of: id, db).map {
                    ($0.key.rawValue, $0.value.rawValue)
                }
            ),
            publications: try PublicationRows.publications(of: id, db).map(publication),
            publicationRuns: runs.filter { $0.group == id }.map { run in
                Run(
                    number: run.number.rawValue,
                    createdAt: run.createdAt.iso8601,
                    reason: run.reason,
                    messages: entries.filter { $0.run == run.number }.map(Message.init)
                )
            },
            handover: Nullable(try HandoverRows.handover(of: id, db).map(Handover.init))
        )
    }

    private static func participants(of group: PlanningDomain.Group.ID, _ db: Database) throws -> [Participant] {
        let given = try AnswerRows.givenAnswers(of: group, status: nil, db)
        return try StoredRow.fetchAll(
            db,
            table: "participant",
            key: ["group_id", "id"],
            sql: "SELECT * FROM participant WHERE group_id = ? ORDER BY position, id",
            arguments: [group.rawValue]
        ).map { row in
            let id: PlanningDomain.Participant.ID = try row.id("id")
            let status = try row.value("status", ParticipantStatus.self)
            guard status != .forgotten else { return Participant(id: id.rawValue, status: status.rawValue) }
            let answers = given[id] ?? [:]
            return Participant(
                id: id.rawValue,
                status: status.rawValue,
                name: try row.text("name"),
                email: try row.text("email"),
                language: try row.text("language"),
                initiator: try row.bool("is_initiator"),
                stepFree: try row.bool("needs_step_free_access"),
                answers: Dictionary(
                    uniqueKeysWithValues: AnswerRows.merged(answers).map { ($0.key.rawValue, $0.value.rawValue) }
                ),
                givenAnswers: Dictionary(
                    uniqueKeysWithValues: answers.map { slot, list in
                        (
                            slot.rawValue,
                            list.map {
                                GivenAnswer(
                                    availability: $0.availability.rawValue,
                                    origin: $0.origin.description,
                                    order: $0.origin.order,
                                    givenAt: $0.givenAt.iso8601
                                )
                            }
                        )
                    }
                )
            )
        }
    }

    private static func publication(_ publication: SessionPublication) -> Publication {
        func copies<Owner>(_ copies: [Identifier<Owner>: RecipientCopy]) -> [String: Copy] {
            Dictionary(
                uniqueKeysWithValues: copies.map {
                    (
                        $0.key.rawValue,
                        Copy(
                            sequence: $0.value.sequence,
                            cancelled: $0.value.isCancelled,
                            reply: Nullable($0.value.reply?.rawValue)
                        )
                    )
                }
            )
        }
        return Publication(
            kind: publication.kind.rawValue,
            uid: publication.uid,
            sequence: publication.sequence,
            candidate: publication.slot.rawValue,
            start: publication.start.description,
            end: publication.end.description,
            venue: publication.venue.rawValue,
            facilitator: publication.facilitator.rawValue,
            cancelled: publication.isCancelled,
            recipients: copies(publication.recipients),
            facilitatorCopies: copies(publication.facilitatorCopies)
        )
    }
}

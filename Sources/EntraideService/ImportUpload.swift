internal import AvailabilityImport
internal import Calendaring
internal import Phrasebook
public import PlanningDomain
internal import PlanningInput
public import WorkspaceStore

/// A file staff upload on the group's page: a poll export (Framadate) or an answer grid, or one participant's
/// calendar; read by the same readers as the scenario's files, through the input seam (`MemoryFiles` holds
/// the upload), with the same located errors.
///
/// A poll's answers are stored as that poll's (origin `poll`, the file's name, after the polls already there,
/// so it wins over them); a calendar's as the participant's derived answers (busy → no, tentative → if need
/// be, free → yes). Answers recorded one at a time (phone, web page) are never touched, and a later import of
/// the group's scenario file replaces what uploads gave (it is the whole truth about imported sources).
public struct ImportUpload: Sendable {
    /// What the file is.
    public enum Kind: Hashable, Sendable {
        /// A Framadate export or an answer grid (recognised by its first heading).
        case poll
        /// One participant's calendar (`.ics`).
        case calendar(Participant.ID)
    }

    /// What the upload gave.
    public struct Outcome: Hashable, Sendable {
        /// How many answers it gives.
        public var answers: Int
        /// How many stored answers were added, changed or deleted.
        public var changes: Int
        /// The poll's columns that match no candidate, as written.
        public var unmatchedColumns: [String]
    }

    /// Where the uploaded file is read from.
    public let files: any InputFiles
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(files: any InputFiles, workspace: Workspace) {
        self.files = files
        self.workspace = workspace
    }

    /// Reads the file `path` and stores its answers for `group`.
    ///
    /// - Throws: `invalid-input` with every located problem of the file (nothing is stored); `unknown-group`;
    ///   `unknown-id` for a participant not active in the group.
    public func run(_ path: String, as kind: Kind, in group: Group.ID, now: Instant) throws(ServiceError) -> Outcome {
        let scenario = try GroupAccess.scenarioAndPublications(of: group, in: workspace).0
        let bytes: [UInt8]
        do {
            bytes = try InputFileText.bytes(of: path, in: files, what: "poll export or calendar")
        } catch {
            throw .invalid(error)
        }
        let layer: AnswerLayer
        var covering: Set<Participant.ID>?
        var unmatched: [String] = []
        switch kind {
        case .poll:
            let answers: PollAnswers
            do {
                answers =
                    GridPoll.isGrid(bytes)
                    ? try GridPoll.answers(
                        in: bytes,
                        file: path,
                        participants: scenario.participants,
                        candidates: scenario.candidates
                    )
                    : try FramadatePoll.answers(
                        in: bytes,
                        file: path,
                        participants: scenario.participants,
                        candidates: scenario.candidates,
                        voters: [:],
                        dateOrder: nil
                    )
            } catch {
                throw .invalid(error)
            }
            let order = try WorkspaceAccess.read(workspace) { try $0.nextPollOrder(of: group) }
            layer = AnswerLayer(
                origin: AnswerOrigin(.poll, detail: path, order: order),
                answers: answers.answers.mapValues(SlotAnswers.init)
            )
            unmatched = answers.unmatchedColumns
        case .calendar(let participant):
            guard scenario.participant(participant) != nil else {
                throw ServiceError(
                    .unknownID,
                    ServiceError.sentence(
                        Phrase(
                            "service.upload.noParticipant",
                            ["group": .verbatim("\(group)"), "id": .verbatim("\(participant)")]
                        )
                    ),
                    isInputError: true
                )
            }
            layer = AnswerLayer(
                origin: .derived,
                answers: [
                    participant: SlotAnswers(try Self.calendarAnswers(bytes, file: path, scenario: scenario))
                ]
            )
            covering = [participant]
        }
        let changes = try WorkspaceAccess.write(workspace) { writer in
            try writer.replaceAnswers(of: layer, covering: covering, in: group, at: now)
        }
        return Outcome(answers: layer.count, changes: changes, unmatchedColumns: unmatched)
    }

    /// What a calendar says about each candidate.
    private static func calendarAnswers(
        _ bytes: [UInt8],
        file: String,
        scenario: Scenario
    ) throws(ServiceError) -> [CandidateSlot.ID: Availability] {
        let zone = scenario.organisation.timeZone
        let instants = Dictionary(
            uniqueKeysWithValues: scenario.candidates.map { slot in
                (
                    slot.id,
                    (
                        start: TimeZoneConversion.utcSeconds(of: slot.start, in: zone),
                        end: TimeZoneConversion.utcSeconds(of: slot.end, in: zone)
                    )
                )
            }
        )
        let day: Int64 = 86_400
        let calendar: BusyCalendar
        do {
            calendar = try BusyTimeReader.read(
                bytes,
                file: file,
                defaultTimeZone: zone,
                from: (instants.values.map(\.start).min() ?? 0) - day,
                to: (instants.values.map(\.end).max() ?? 0) + day
            )
        } catch {
            throw ServiceError(.invalidInput, error.diagnostic, isInputError: true)
        }
        let person = PersonalAvailability(weekly: [], away: [], calendars: [calendar])
        var answers: [CandidateSlot.ID: Availability] = [:]
        for slot in scenario.candidates {
            guard let instant = instants[slot.id] else { continue }
            answers[slot.id] = person.answer(for: slot, instants: instant)
        }
        return answers
    }
}

import GRDB
public import PlanningDomain

extension WorkspaceWriter {
    /// Imports a group's scenario with its answers as one layer of origin `scenario`, given at an unknown time.
    ///
    /// The form of today's callers: `participant.answers` are the scenario's answers, stored as given at
    /// ``WorkspaceWriter/unknownTime`` (so any recorded answer wins over them). Prefer
    /// ``importScenario(_:restoring:answers:at:)``, which keeps each source apart and knows the time.
    public func importScenario(
        _ scenario: Scenario,
        restoring: Set<Participant.ID> = []
    ) throws(WorkspaceError) -> ImportSummary {
        try importScenario(scenario, restoring: restoring, answers: nil, at: Self.unknownTime)
    }

    /// The time an answer is stored as given when nobody said when: 1970-01-01T00:00:00Z.
    public static let unknownTime = Instant.earliest

    /// Imports a group's scenario: adds the group or brings it up to date, idempotently.
    ///
    /// - The scenario's organisation, facilitators, venues and closures update the centre's records (see
    ///   ``importCentre(_:at:)`` for what a scenario may leave out); the summary's `centre` says which fields
    ///   changed.
    /// - The group's own settings (fields, rules, sessions, candidates, the facilitators and venues it names with
    ///   their busy, tentative and booked candidates) are rewritten when they differ.
    /// - Each participant of the scenario is added, updated or left as is; an active participant absent from
    ///   the scenario is marked withdrawn, never deleted, so that the copies they hold can be cancelled. A
    ///   forgotten participant stays forgotten, whatever the scenario says, unless their id is in `restoring`.
    /// - Answers: each layer is stored under its origin. The import is the whole truth about imported origins:
    ///   an answer of origin `scenario`, `poll` or `derived` that no layer gives any more is deleted (a poll the
    ///   scenario no longer lists takes its answers with it). Recorded answers are never touched. An answer that
    ///   did not change keeps the time it was first given; a new or changed one is given `at`. Answers for
    ///   people who are not participants of the scenario are ignored.
    /// - Parameters:
    ///   - scenario: the group's scenario, with its organisation, facilitators, venues and closures.
    ///   - restoring: forgotten participants to bring back.
    ///   - layers: the answers by source; `nil` takes each participant's `answers` as the one layer of origin
    ///     `scenario`.
    ///   - instant: when the import happens (the command's `--now`).
    /// - Returns: what changed, the centre's records included.
    /// - Throws: `invalid-identifier` for an id that breaks `IdentifierRule`, `invalid-answer-origin` for a layer
    ///   of origin `recorded`; nothing is then changed.
    public func importScenario(
        _ scenario: Scenario,
        restoring: Set<Participant.ID> = [],
        answers layers: [AnswerLayer]?,
        at instant: Instant
    ) throws(WorkspaceError) -> ImportSummary {
        try ImportChecks.check(scenario, file: file)
        let layers =
            layers ?? [
                AnswerLayer(
                    origin: .scenario,
                    answers: Dictionary(
                        scenario.participants.map { ($0.id, $0.answers) },
                        uniquingKeysWith: { first, _ in first }
                    )
                )
            ]
        try ImportChecks.check(layers, of: scenario, file: file)
        return try run { db in try ScenarioImport(scenario: scenario, layers: layers, at: instant).apply(restoring, db)
        }
    }
}

public import AttendanceSheets
public import PlanningDomain
public import PlanningEngine

/// What the review (bilan) starts from: for each session, who was expected and who came; for each participant,
/// each session's attendance; the continuity of the founding sequence.
///
/// Built from the scenario, its plan and the record; pure and deterministic. ``csvBytes`` and ``htmlBytes`` write
/// it in the scenario's language, naming participants by id only.
public struct AttendanceReport: Hashable, Sendable {
    /// The scenario: the group, the participants and their answers, the language.
    public var scenario: Scenario
    /// The sessions, in sequence order: every planned one, and any recorded one the plan no longer holds.
    public var sessions: [Session]
    /// One row per participant, sorted by id: the scenario's, and any recorded one it no longer has.
    public var rows: [Row]
    /// The continuity of the founding sequence.
    public var continuity: Continuity

    /// Builds the report of what `record` holds for the plan of `scenario`.
    public init(scenario: Scenario, plan: Plan, record: AttendanceRecord) {
        self.scenario = scenario
        let kinds = Set(plan.sessions.map(\.kind)).union(record.sessions.keys).sorted()
        self.sessions = kinds.map { Session(kind: $0, scenario: scenario, plan: plan, record: record) }
        let ids = Set(scenario.participants.map(\.id)).union(record.participants).sorted()
        let sessions = self.sessions
        self.rows = ids.map { id in
            Row(
                participant: id,
                attendance: record.sessions.compactMapValues { $0.attendance[id] },
                unexpectedlyPresent: Set(sessions.filter { $0.unexpectedlyPresent.contains(id) }.map(\.kind))
            )
        }
        self.continuity = Continuity(record: record)
    }

    /// Builds the report for the planner's result.
    public init(scenario: Scenario, result: PlanningResult, record: AttendanceRecord) {
        self.init(scenario: scenario, plan: result.plan, record: record)
    }

    /// One session as held (when recorded) or as planned (when not yet).
    public struct Session: Hashable, Sendable {
        /// Which session.
        public var kind: SessionKind
        /// The slot it was held in when recorded, else the plan's.
        public var candidate: CandidateSlot.ID
        /// Its day.
        public var date: LocalDate
        /// The slot, when the scenario still has it: for the time of day.
        public var slot: CandidateSlot?
        /// What was recorded, or `nil` when the session is not recorded yet.
        public var recorded: SessionAttendance?
        /// The plan's slot when it is not the one the session was held in (the scenario changed since).
        public var replannedCandidate: CandidateSlot.ID?
        /// Participants whose answers for the slot were yes or if need be, sorted by id; nobody when the scenario no
        /// longer has the slot.
        public var expected: [Participant.ID]
        /// Participants recorded present though their answers for the slot were no, sorted by id.
        public var unexpectedlyPresent: [Participant.ID]

        init(kind: SessionKind, scenario: Scenario, plan: Plan, record: AttendanceRecord) {
            let planned = plan.session(kind)
            let recorded = record.sessions[kind]
            let candidate = recorded?.candidate ?? planned?.slot.id ?? ""
            let slot = scenario.candidates.first { $0.id == candidate } ?? (recorded == nil ? planned?.slot : nil)
            self.kind = kind
            self.recorded = recorded
            self.candidate = candidate
            self.slot = slot
            self.date = recorded?.date ?? planned?.slot.date ?? LocalDate(dayNumber: 0)
            self.replannedCandidate = planned.flatMap { $0.slot.id == candidate ? nil : $0.slot.id }
            // A slot the scenario no longer has leaves no answers to compare with: nobody is expected.
            self.expected =
                slot == nil
                ? [] : scenario.participants.filter { $0.availability(for: candidate).canAttend }.map(\.id).sorted()
            let expected = Set(expected)
            self.unexpectedlyPresent = (recorded?.participants(.present) ?? []).filter { !expected.contains($0) }
        }

        /// Whether the session is recorded.
        public var isRecorded: Bool { recorded != nil }

        /// How many participants were recorded with `status`; 0 when not recorded.
        public func count(_ status: AttendanceMark) -> Int { recorded?.count(status) ?? 0 }

        /// Expected participants the record says nothing about; 0 when not recorded.
        public var notRecorded: Int {
            guard let recorded else { return 0 }
            return expected.count { recorded.attendance[$0] == nil }
        }

        /// Expected participants who came, out of those expected; `nil` when not recorded or nobody was expected.
        public var attendanceRate: Rate? {
            guard let recorded, !expected.isEmpty else { return nil }
            return Rate(expected.count { recorded.attendance[$0] == .present }, of: expected.count)
        }
    }

    /// One participant's attendance at each session.
    public struct Row: Hashable, Sendable {
        /// Who, by id.
        public var participant: Participant.ID
        /// What was recorded, by session; a session without an entry is not recorded for them.
        public var attendance: [SessionKind: AttendanceMark]
        /// The sessions they came to though their answers said they could not.
        public var unexpectedlyPresent: Set<SessionKind>
    }
}

public import PlanningDomain
public import PlanningEngine
public import PlanningInput

/// Reads what a staff member filled in on a session's attendance sheet, checked against the scenario and its
/// plan.
///
/// The session is named by its kind (`information`, `founding1`, `founding2`, `review`); the slot it was held in
/// is the plan's. The sheet is the CSV of the attendance sheets: a header, then one row per participant with
/// their id, first name and attendance. See `ATTENDANCE.md` for what is accepted.
public struct AttendanceRecorder: Sendable {
    /// The scenario: its participants, their answers and its language.
    public var scenario: Scenario
    /// The plan the sessions were held by.
    public var plan: Plan

    /// A recorder for the plan of a scenario.
    public init(scenario: Scenario, plan: Plan) {
        self.scenario = scenario
        self.plan = plan
    }

    /// A recorder for the planner's result.
    public init(scenario: Scenario, result: PlanningResult) {
        self.init(scenario: scenario, plan: result.plan)
    }

    /// The planned session that `name` (a session kind) names.
    ///
    /// - Parameters:
    ///   - name: what the user wrote (`founding1`).
    ///   - scenarioFile: the scenario file as the user named it: the errors are about it.
    /// - Returns: the plan's session of that kind.
    /// - Throws: `unknown-session-kind` for a name that is not one of the group's sessions (with the nearest);
    ///   `session-not-planned` for a session the plan does not hold.
    public func plannedSession(named name: String, scenarioFile: String) throws(ScenarioErrors) -> PlannedSession {
        let kinds = SessionKind.groupSequence.map(\.rawValue)
        guard let kind = SessionKind(rawValue: name), SessionKind.groupSequence.contains(kind) else {
            let hint = Suggestion.hint(for: name, among: kinds)
            throw Self.error(
                .unknownSessionKind,
                scenarioFile,
                "unknown session '\(name)'; expected information, founding1, founding2 or review\(hint.isEmpty ? "." : hint)"
            )
        }
        guard let session = plan.session(kind) else {
            let reason = scenario.candidates(of: kind).isEmpty ? ": the scenario proposes no candidate for it" : ""
            throw Self.error(.sessionNotPlanned, scenarioFile, "session '\(name)' is not planned\(reason).")
        }
        return session
    }

    /// Reads a filled-in sheet of `session`.
    ///
    /// - Parameters:
    ///   - bytes: the CSV file's contents (UTF-8 with or without a byte-order mark, `;` or `,`).
    ///   - file: the file as the user named it, for errors.
    ///   - session: the planned session the sheet is of.
    /// - Returns: the session's attendance, ready to record, and who came though the plan did not expect them.
    /// - Throws: every problem of the file, sorted by line and column: CSV syntax, a missing, unknown or
    ///   repeated column, an unknown participant id (with the nearest), a participant's second row, a word that is
    ///   not an attendance, a row with more cells than the header, a sheet with nothing filled in. Messages
    ///   never hold a name, and the lines they show have the name column masked.
    public func sheet(_ bytes: [UInt8], file: String, of session: PlannedSession) throws(ScenarioErrors) -> FilledSheet
    {
        var reading = SheetReading(file: file, scenario: scenario, session: session)
        return try reading.read(bytes)
    }

    static func error(_ code: ScenarioError.Code, _ file: String, _ message: String) -> ScenarioErrors {
        ScenarioErrors([ScenarioError(code: code, file: file, line: 0, column: 0, message: message)])
    }
}

/// What a filled-in attendance sheet says about one session.
public struct FilledSheet: Hashable, Sendable {
    /// The session the sheet is of.
    public var kind: SessionKind
    /// What to record: the planned slot and date, each participant's attendance, the newcomers' count.
    public var attendance: SessionAttendance
    /// Participants recorded present though their answers said they could not come, sorted by id: accepted
    /// (people come anyway), and worth a note.
    public var unexpectedlyPresent: [Participant.ID]
    /// Participants the plan expected (yes or if need be) whom the sheet says nothing about (no row, or an empty
    /// attendance), sorted by id: not recorded, which is not absent.
    public var notRecorded: [Participant.ID]

    /// Creates what a sheet says.
    public init(
        kind: SessionKind,
        attendance: SessionAttendance,
        unexpectedlyPresent: [Participant.ID],
        notRecorded: [Participant.ID]
    ) {
        self.kind = kind
        self.attendance = attendance
        self.unexpectedlyPresent = unexpectedlyPresent
        self.notRecorded = notRecorded
    }
}

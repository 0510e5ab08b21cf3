public import PlanningInput

/// The problems of a filled-in attendance sheet (CSV) and of an attendance record file, besides the codes they
/// reuse: `unknown-session-kind` and `unknown-participant` (the scenario's), `invalid-header`,
/// `duplicate-column`, `duplicate-row`, `extra-cell`, `unnamed-row` and the CSV file's own codes (the poll
/// readers').
extension ScenarioError.Code {
    /// An attendance cell other than present, excused or absent in French, German, Italian or English.
    public static let invalidAttendance = Self(rawValue: "invalid-attendance")
    /// A sheet whose attendance cells are all empty: nothing to record.
    public static let emptyAttendance = Self(rawValue: "empty-attendance")
    /// A session of the group sequence that the plan does not hold (a review without usable candidates).
    public static let sessionNotPlanned = Self(rawValue: "session-not-planned")
    /// An attendance record file that is not JSON of the format `entraide-attendance/1`, or is another group's.
    public static let invalidRecord = Self(rawValue: "invalid-record")
}

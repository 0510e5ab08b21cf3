public import PlanningDomain

/// What an import changed in the centre's records: the organisation, each facilitator, venue and closure.
///
/// Field names are the scenario file's keys (`email`, `away`, `weekly-limit`, `organiser.email`,
/// `travel-buffer-minutes`), sorted. A record the workspace holds and the import did not give is kept (groups
/// may refer to it) and listed as ``RecordChange/notInFile``.
public struct CentreImportSummary: Hashable, Sendable {
    /// What happened to one record.
    public enum RecordChange: Hashable, Sendable {
        /// New to the workspace.
        case added
        /// Updated: the names of the fields whose value changed, sorted.
        case changed(fields: [String])
        /// Given by the import exactly as stored.
        case unchanged
        /// Held by the workspace, not given by the import: kept as it was.
        case notInFile
    }

    /// The organisation and the travel buffer (one record).
    public var organisation: RecordChange
    /// Every facilitator record the workspace holds after the import, by id.
    public var facilitators: [Facilitator.ID: RecordChange]
    /// Every venue record the workspace holds after the import, by id.
    public var venues: [Venue.ID: RecordChange]
    /// Every closure the workspace holds after the import (never ``RecordChange/changed(fields:)``: a closure is
    /// its dates and reason).
    public var closures: [Closure: RecordChange]

    /// A summary.
    public init(
        organisation: RecordChange,
        facilitators: [Facilitator.ID: RecordChange],
        venues: [Venue.ID: RecordChange],
        closures: [Closure: RecordChange]
    ) {
        self.organisation = organisation
        self.facilitators = facilitators
        self.venues = venues
        self.closures = closures
    }

    /// Whether nothing was added or changed (records not in the file do not count).
    public var isUnchanged: Bool {
        let changes = [organisation] + Array(facilitators.values) + Array(venues.values) + Array(closures.values)
        return changes.allSatisfy { $0 == .unchanged || $0 == .notInFile }
    }
}

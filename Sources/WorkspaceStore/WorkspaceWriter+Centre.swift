import GRDB
import Phrasebook
public import PlanningDomain

extension WorkspaceWriter {
    /// Imports the centre's records (a centre file): the organisation and travel buffer, facilitators, venues
    /// and closures.
    ///
    /// Each record given is added or replaced whole (every field, as the centre file gives them all); records
    /// the workspace holds and the file does not give are kept, since groups may refer to them, and listed as
    /// "not in the file". Closures are united with those stored (the same dates and reason are one closure). A
    /// facilitator's busy and tentative candidates and a venue's booked ones belong to groups and are ignored
    /// here. Importing the same centre twice changes nothing the second time.
    ///
    /// A scenario's import updates the same records, except that the fields a scenario leaves at their default
    /// — a facilitator's phone, languages, qualifications and limits, a venue's opening hours and access, the
    /// organisation's phone, the travel buffer — keep the centre's values.
    /// - Parameters:
    ///   - centre: the centre's records.
    ///   - instant: when the import happens; kept for a journal of later versions (records carry no time today).
    /// - Returns: what changed, record by record, with the names of the fields that changed.
    /// - Throws: `invalid-identifier` for a facilitator or venue id that breaks `IdentifierRule`; nothing is
    ///   then changed.
    public func importCentre(_ centre: Centre, at instant: Instant) throws(WorkspaceError) -> CentreImportSummary {
        for (index, facilitator) in centre.facilitators.enumerated() {
            try ImportChecks.id(
                facilitator.id.rawValue,
                Phrase("workspace.what.facilitatorID", ["number": .number(index + 1)]),
                file
            )
        }
        for (index, venue) in centre.venues.enumerated() {
            try ImportChecks.id(
                venue.id.rawValue,
                Phrase("workspace.what.venueID", ["number": .number(index + 1)]),
                file
            )
        }
        return try run { db in
            try CentreUpdate(
                source: .centreFile,
                organisation: centre.organisation,
                travelBufferMinutes: centre.travelBufferMinutes,
                facilitators: centre.facilitators,
                venues: centre.venues,
                closures: centre.closures
            ).apply(db)
        }
    }
}

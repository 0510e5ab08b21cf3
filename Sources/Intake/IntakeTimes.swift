internal import Calendaring
import PlanningDomain

/// Wall-clock spans of the centre's zone as instants.
enum IntakeTimes {
    /// The booked time of an interview, or `nil` when its times lie outside the instants Entraide handles.
    static func booking(
        id: IntakeInterview.ID,
        start: LocalDateTime,
        end: LocalDateTime,
        timeZone: String
    )
        -> BookedInterview?
    {
        guard let from = Instant(secondsSince1970: TimeZoneConversion.utcSeconds(of: start, in: timeZone)),
            let to = Instant(secondsSince1970: TimeZoneConversion.utcSeconds(of: end, in: timeZone))
        else { return nil }
        return BookedInterview(id: id, start: from, end: to)
    }
}

/// The self-help centre as a whole: what every group it accompanies shares.
///
/// The organisation, the staff who facilitate, the rooms and the days the centre is closed are stored once
/// for the centre (the workspace's centre records) and shared by every group: a facilitator who leads two
/// groups is one person with one calendar, a room booked by one group is booked for all.
public struct Centre: Hashable, Sendable {
    /// The centre's name, time zone, language, organiser, UID domain and phone.
    public var organisation: Organisation
    /// Everyone who facilitates sessions and workshops, with their limits and qualifications.
    public var facilitators: [Facilitator]
    /// The centre's rooms, with their capacity, access and opening hours.
    public var venues: [Venue]
    /// Days the centre is closed (public holidays of its canton included once added).
    public var closures: [Closure]
    /// Minutes a facilitator needs between two sessions in different venues (travel buffer).
    public var travelBufferMinutes: Int

    /// The default travel buffer between sessions in two different venues: 30 minutes.
    public static let defaultTravelBufferMinutes = 30

    /// A centre.
    public init(
        organisation: Organisation,
        facilitators: [Facilitator] = [],
        venues: [Venue] = [],
        closures: [Closure] = [],
        travelBufferMinutes: Int = Centre.defaultTravelBufferMinutes
    ) {
        self.organisation = organisation
        self.facilitators = facilitators
        self.venues = venues
        self.closures = closures
        self.travelBufferMinutes = travelBufferMinutes
    }

    /// The facilitator with this id, or `nil`.
    public func facilitator(_ id: Facilitator.ID) -> Facilitator? { facilitators.first { $0.id == id } }

    /// The venue with this id, or `nil`.
    public func venue(_ id: Venue.ID) -> Venue? { venues.first { $0.id == id } }
}

/// The coordinator's calendar to plan: every group of the centre, every workshop, and who wants which workshop.
///
/// Built from domain values only, so a workspace, a region file or a test can make one. The centre's records
/// (facilitators with their qualifications, limits and away days; rooms with capacity, access and opening
/// hours; closures; the travel buffer) are shared by every group and workshop. Check a problem with
/// ``problems()`` (or `RegionalOptimiser`, which refuses an invalid one) before planning it.
public struct RegionalProblem: Hashable, Sendable {
    /// The centre: facilitators, rooms, closures and the travel buffer between rooms.
    public var centre: Centre
    /// The year planned: "founded this year" in ``InterestPriority`` refers to it, and the start terms of the
    /// objective count minutes from its first day.
    public var year: Int
    /// The groups, each with its own scenario and state, in the order reports list them.
    public var groups: [RegionalGroup]
    /// The workshop catalogue.
    public var workshops: [Workshop]
    /// Who wants which workshop, with their answers.
    public var interests: [WorkshopInterest]
    /// Times rooms are taken by others.
    public var bookings: [VenueBooking]
    /// Workshop runs already published.
    public var publishedRuns: [PublishedRun]

    /// A problem; nothing is checked here (see ``problems()``).
    public init(
        centre: Centre,
        year: Int,
        groups: [RegionalGroup],
        workshops: [Workshop] = [],
        interests: [WorkshopInterest] = [],
        bookings: [VenueBooking] = [],
        publishedRuns: [PublishedRun] = []
    ) {
        self.centre = centre
        self.year = year
        self.groups = groups
        self.workshops = workshops
        self.interests = interests
        self.bookings = bookings
        self.publishedRuns = publishedRuns
    }

    /// The group with this id, or `nil`.
    public func group(_ id: Group.ID) -> RegionalGroup? { groups.first { $0.id == id } }

    /// The workshop with this id, or `nil`.
    public func workshop(_ id: Workshop.ID) -> Workshop? { workshops.first { $0.id == id } }

    /// The first minute of the planned year, from which the start terms of the objective are counted.
    public var referenceMinute: Int {
        (LocalDate(year: year, month: 1, day: 1)?.dayNumber ?? 0) * 1440
    }

    /// The priority of an interest: members of a group founding in this plan or founded in ``year`` first,
    /// then members of other groups, then people from outside (see ``InterestRanking``).
    public func priority(of interest: WorkshopInterest) -> InterestPriority {
        InterestRanking(problem: self).priority(of: interest)
    }

    /// The order of a waiting list: priority, then registration (none last), then id (see ``InterestRanking``).
    public func ranks(before lhs: WorkshopInterest, _ rhs: WorkshopInterest) -> Bool {
        InterestRanking(problem: self).ranks(lhs, before: rhs)
    }
}

/// The size and character of a generated regional problem (see ``RandomRegion``).
public struct RegionShape: Hashable, Sendable {
    /// Groups; about a quarter have their review due, the others are founding.
    public var groups: Int
    /// Facilitators of the centre.
    public var facilitators: Int
    /// Rooms of the centre.
    public var venues: Int
    /// Workshops in the catalogue.
    public var workshops: Int
    /// Candidates drawn for each session of a founding group (and for a review).
    public var candidatesPerSession: Int
    /// Participants of each group, drawn in this range.
    public var participants: ClosedRange<Int>
    /// Candidates drawn for each workshop.
    public var workshopCandidates: Int
    /// Interested people per workshop, drawn in this range.
    public var interested: ClosedRange<Int>
    /// Share of groups whose review is due (their founding sessions were held in the autumn before).
    public var reviewDueShare: Double
    /// Share of founding groups that also plan their review.
    public var reviewShare: Double
    /// Share of founding groups whose information session is already published.
    public var publishedShare: Double
    /// Share of workshops with a run already published.
    public var publishedRunShare: Double

    /// A shape; the defaults are those of the benchmark sizes.
    public init(
        groups: Int,
        facilitators: Int,
        venues: Int,
        workshops: Int,
        candidatesPerSession: Int = 6,
        participants: ClosedRange<Int> = 9...13,
        workshopCandidates: Int = 8,
        interested: ClosedRange<Int> = 10...28,
        reviewDueShare: Double = 0.25,
        reviewShare: Double = 0.3,
        publishedShare: Double = 0.25,
        publishedRunShare: Double = 0.15
    ) {
        self.groups = groups
        self.facilitators = facilitators
        self.venues = venues
        self.workshops = workshops
        self.candidatesPerSession = candidatesPerSession
        self.participants = participants
        self.workshopCandidates = workshopCandidates
        self.interested = interested
        self.reviewDueShare = reviewDueShare
        self.reviewShare = reviewShare
        self.publishedShare = publishedShare
        self.publishedRunShare = publishedRunShare
    }

    /// A small centre: 10 groups, 4 facilitators, 3 rooms, 6 workshops.
    public static let r1 = RegionShape(groups: 10, facilitators: 4, venues: 3, workshops: 6)
    /// A canton such as Vaud: 50 groups, 12 facilitators, 8 rooms, 20 workshops.
    public static let r2 = RegionShape(groups: 50, facilitators: 12, venues: 8, workshops: 20)
    /// A large canton: 150 groups, 25 facilitators, 12 rooms, 40 workshops.
    public static let r3 = RegionShape(groups: 150, facilitators: 25, venues: 12, workshops: 40)
    /// A national federation: 800 groups, 120 facilitators, 60 rooms, 200 workshops.
    public static let r4 = RegionShape(groups: 800, facilitators: 120, venues: 60, workshops: 200)
}

/// How many sessions one facilitator leads in each week of the calendar, against their limits.
public struct FacilitatorLoad: Hashable, Sendable {
    /// The facilitator.
    public var facilitator: Facilitator.ID
    /// Their weekly limit, `nil` for none.
    public var weeklyLimit: Int?
    /// Their monthly limit, `nil` for none.
    public var monthlyLimit: Int?
    /// Weeks with at least one session, in order.
    public var weeks: [Week]

    /// A load.
    public init(facilitator: Facilitator.ID, weeklyLimit: Int?, monthlyLimit: Int?, weeks: [Week]) {
        self.facilitator = facilitator
        self.weeklyLimit = weeklyLimit
        self.monthlyLimit = monthlyLimit
        self.weeks = weeks
    }

    /// The sessions (group sessions and runs) of one week.
    public struct Week: Hashable, Sendable {
        /// The ISO week.
        public var week: ISOWeek
        /// Sessions led that week.
        public var sessions: Int

        /// A week's load.
        public init(week: ISOWeek, sessions: Int) {
            self.week = week
            self.sessions = sessions
        }
    }
}

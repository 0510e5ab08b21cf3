import AttendanceSheets
public import PlanningDomain

extension AttendanceReport {
    /// A share: a count out of a total.
    public struct Rate: Hashable, Sendable {
        /// The count.
        public var count: Int
        /// The total, above 0.
        public var total: Int

        /// `count` out of `total`; `total` must be above 0.
        public init(_ count: Int, of total: Int) {
            self.count = count
            self.total = total
        }

        /// The share in whole percent, halves rounded up: 2 of 3 is 67.
        public var percent: Int { (200 * count + total) / (2 * total) }
    }

    /// How many of those who came to the information session stayed through both founding sessions.
    ///
    /// The rate is the participants present at the information session and at both founding sessions, divided by
    /// the participants present at the information session. Registered participants only: newcomers are
    /// counted, not followed.
    public struct Continuity: Hashable, Sendable {
        /// Participants present at the information session, sorted by id.
        public var presentAtInformation: [Participant.ID]
        /// Participants present at the information session and both founding sessions, sorted by id.
        public var presentThroughout: [Participant.ID]
        /// Participants present at both founding sessions, at the information session or not, sorted by id.
        public var presentAtBothFounding: [Participant.ID]
        /// The sessions of the founding sequence not recorded yet, in order.
        public var missingSessions: [SessionKind]

        /// The continuity of what `record` holds.
        public init(record: AttendanceRecord) {
            func present(_ kind: SessionKind) -> Set<Participant.ID> {
                Set(record.sessions[kind]?.participants(.present) ?? [])
            }
            let information = present(.information)
            let founding = present(.founding1).intersection(present(.founding2))
            self.presentAtInformation = information.sorted()
            self.presentAtBothFounding = founding.sorted()
            self.presentThroughout = founding.intersection(information).sorted()
            self.missingSessions = SessionKind.foundingSequence.filter { record.sessions[$0] == nil }
        }

        /// The rate, or `nil` while a session of the sequence is not recorded or nobody came to the information
        /// session.
        public var rate: Rate? {
            guard missingSessions.isEmpty, !presentAtInformation.isEmpty else { return nil }
            return Rate(presentThroughout.count, of: presentAtInformation.count)
        }
    }
}

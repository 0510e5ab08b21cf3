import Phrasebook
import PlanningDomain

/// The members of `calendar.json`; optional members are left out when `nil`.
extension CalendarJSON {
    /// The whole file.
    public struct Document: Codable, Hashable, Sendable {
        /// `entraide-calendar/1`.
        public var format: String
        /// `planned`, or `nothing-placed` when no group and no run could be placed.
        public var status: String
        /// The planned year.
        public var year: Int
        /// The IANA zone of every wall-clock time (times are written with their offset).
        public var timeZone: String
        /// Whether the calendar reaches its bound on every term.
        public var provenOptimal: Bool
        /// Every term in its fixed order, with its value and bound.
        public var objective: [Term]
        /// The first term short of its bound; `nil` when proven optimal.
        public var gap: Gap?
        /// What the search did.
        public var search: Search
        /// The independent checker's verdict.
        public var checker: Checker
        /// One entry per group, in the problem's order.
        public var groups: [GroupEntry]
        /// The runs held.
        public var runs: [Run]
        /// Who waits for which workshop.
        public var waitingLists: [WaitingListEntry]
        /// Runs a workshop does not hold, and why.
        public var unheldRuns: [Unheld]
        /// Published sessions and runs moved, and why.
        public var moves: [Move]
        /// Each facilitator's sessions per ISO week.
        public var loads: [Load]
    }

    /// One objective term.
    public struct Term: Codable, Hashable, Sendable {
        /// Its name (`groups-placed`).
        public var term: String
        /// The calendar's value.
        public var value: Int
        /// The bound.
        public var bound: Int
        /// Whether a greater value is better.
        public var maximised: Bool
    }

    /// The first term where the calendar falls short of its bound.
    public struct Gap: Codable, Hashable, Sendable {
        /// The term.
        public var term: String
        /// The calendar's value.
        public var value: Int
        /// The bound.
        public var bound: Int
        /// The shortfall relative to the bound, 0…1.
        public var relative: Double
    }

    /// What the search did.
    public struct Search: Codable, Hashable, Sendable {
        /// The seed.
        public var seed: UInt64
        /// Neighbourhoods tried after the first calendar.
        public var iterations: Int
        /// Neighbourhoods that improved the calendar.
        public var improvements: Int
        /// `proven-optimal`, `iteration-limit`, `time-limit` or `cancelled`.
        public var stop: String
    }

    /// The checker's verdict.
    public struct Checker: Codable, Hashable, Sendable {
        /// Whether every hard rule holds and every term is reported truly.
        public var valid: Bool
        /// The rules broken (empty when valid).
        public var violations: [Breach]
    }

    /// A rule and what breaks it.
    public struct Breach: Codable, Hashable, Sendable {
        /// The rule's name (`weekly-limit`).
        public var rule: String
        /// What breaks it, with ids and values, in English (`calendar.html` and the report word it in the
        /// reader's language).
        public var explanation: String

        init(_ breach: RuleBreach) {
            rule = breach.rule.name
            explanation = breach.detail.phrase.english
        }
    }

    /// A group.
    public struct GroupEntry: Codable, Hashable, Sendable {
        /// Its id.
        public var group: String
        /// `founding` or `review-due`.
        public var stage: String
        /// Whether it has a plan.
        public var placed: Bool
        /// Its sessions, in order; empty when not placed.
        public var sessions: [Session]
        /// Why it is not placed.
        public var blocker: Breach?
    }

    /// A group's session.
    public struct Session: Codable, Hashable, Sendable {
        /// `information`, `founding1`, `founding2` or `review`.
        public var kind: String
        /// The candidate's id.
        public var candidate: String
        /// Start, ISO 8601 with the offset.
        public var start: String
        /// End, ISO 8601 with the offset.
        public var end: String
        /// The room.
        public var venue: String
        /// Who leads it.
        public var facilitator: String
        /// Whether it is the published candidate; `nil` when the session was not published.
        public var published: Bool?
        /// How many participants answered yes.
        public var yes: Int
        /// How many answered if need be.
        public var ifNeedBe: Int
    }

    /// A workshop run.
    public struct Run: Codable, Hashable, Sendable {
        /// The workshop.
        public var workshop: String
        /// The candidate's id.
        public var candidate: String
        /// Start, ISO 8601 with the offset.
        public var start: String
        /// End, ISO 8601 with the offset.
        public var end: String
        /// The room.
        public var venue: String
        /// Who leads it.
        public var facilitators: [String]
        /// Who is enrolled (region-wide ids).
        public var enrolled: [String]
        /// The workshop's minimum participants.
        public var minimum: Int
        /// The workshop's maximum participants.
        public var maximum: Int
        /// Whether this run was published before.
        public var published: Bool
    }

    /// A workshop's waiting list.
    public struct WaitingListEntry: Codable, Hashable, Sendable {
        /// The workshop.
        public var workshop: String
        /// Who waits, rank 1 first.
        public var entries: [Waiting]
    }

    /// One person waiting.
    public struct Waiting: Codable, Hashable, Sendable {
        /// Their id.
        public var person: String
        /// Their rank.
        public var rank: Int
        /// `new-group-member`, `group-member` or `outsider`.
        public var priority: String
        /// `no-run-held`, `cannot-attend`, `overlap` or `full`.
        public var reason: String
    }

    /// Runs not held.
    public struct Unheld: Codable, Hashable, Sendable {
        /// The workshop.
        public var workshop: String
        /// How many of its runs are not held.
        public var count: Int
        /// The rule that stopped them.
        public var blocker: Breach
    }

    /// A published session or run that moved.
    public struct Move: Codable, Hashable, Sendable {
        /// The group, for a session.
        public var group: String?
        /// The session kind, for a session.
        public var kind: String?
        /// The workshop, for a run.
        public var workshop: String?
        /// The published candidate.
        public var from: String
        /// The new candidate; `nil` when cancelled.
        public var to: String?
        /// Why.
        public var reason: Breach

        init(_ move: SessionMove) {
            reason = Breach(move.reason)
            switch move.subject {
            case .groupSession(let group, let kind, let from, let to):
                self.group = group.rawValue
                self.kind = kind.rawValue
                self.from = from.rawValue
                self.to = to?.rawValue
            case .run(let workshop, let from, let to):
                self.workshop = workshop.rawValue
                self.from = from.rawValue
                self.to = to?.rawValue
            }
        }
    }

    /// One facilitator's load.
    public struct Load: Codable, Hashable, Sendable {
        /// The facilitator.
        public var facilitator: String
        /// Their weekly limit.
        public var weeklyLimit: Int?
        /// Their monthly limit.
        public var monthlyLimit: Int?
        /// Weeks with at least one session.
        public var weeks: [Week]
    }

    /// One week's load.
    public struct Week: Codable, Hashable, Sendable {
        /// `2027-W11`.
        public var week: String
        /// Sessions led that week.
        public var sessions: Int
    }
}

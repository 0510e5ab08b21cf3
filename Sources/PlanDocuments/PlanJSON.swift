import Foundation
public import PlanningDomain
public import PlanningEngine

/// `plan.json`: the plan in a documented, machine-readable form (format `entraide-plan/1`).
///
/// Participants appear by id only. Keys are sorted and the output is byte-stable for the same input.
public struct PlanJSON: Sendable {
    /// The scenario planned; it gives the group id, the time zone and the UID domain.
    public let scenario: Scenario

    /// Creates the writer of a scenario's `plan.json`.
    public init(scenario: Scenario) { self.scenario = scenario }

    /// The document of a plan.
    public func document(for result: PlanningResult) -> Document {
        let clock = ZonedClock(identifier: scenario.organisation.timeZone)
        return Document(
            format: "entraide-plan/1",
            status: "planned",
            group: scenario.group.id.rawValue,
            timeZone: scenario.organisation.timeZone,
            provenOptimal: result.statistics.isProvenOptimal,
            searchNodes: result.statistics.nodes,
            bound: result.statistics.bound.map(Bound.init),
            score: Score(result.score, clock: clock),
            continuity: result.continuitySet.map(\.rawValue),
            sessions: result.plan.sessions.map { session in
                Session(
                    session,
                    uid: scenario.uid(of: session.kind),
                    noAnswer: ExplanationText.unanswered(session, in: scenario),
                    isTentative: ExplanationText.isTentative(session.slot, in: scenario),
                    clock: clock
                )
            },
            alternatives: result.alternatives.enumerated().map { rank, alternative in
                Entry(
                    rank: rank + 1,
                    candidates: alternative.plan.sessions.map(\.slot.id.rawValue),
                    starts: alternative.plan.sessions.map { Self.iso(clock, $0.slot.start) },
                    score: Score(alternative.score, clock: clock),
                    loss: Loss(alternative.loss)
                )
            },
            excluded: result.exclusions.map(Exclusion.init),
            reasons: nil
        )
    }

    /// The document of an infeasible scenario: the reasons as sentences and the excluded candidates.
    public func document(for infeasibility: Infeasibility, reasons: [String]) -> Document {
        Document(
            format: "entraide-plan/1",
            status: "infeasible",
            group: scenario.group.id.rawValue,
            timeZone: scenario.organisation.timeZone,
            provenOptimal: nil,
            searchNodes: nil,
            bound: nil,
            score: nil,
            continuity: nil,
            sessions: [],
            alternatives: [],
            excluded: infeasibility.exclusions.map(Exclusion.init),
            reasons: reasons
        )
    }

    /// Pretty, key-sorted UTF-8 JSON ending with a newline.
    public static func bytes(_ document: Document) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? encoder.encode(document)) ?? Data()
        return Array(data) + [0x0A]
    }

    static func iso(_ clock: ZonedClock?, _ time: LocalDateTime) -> String {
        clock?.iso8601(time) ?? time.description
    }

    // MARK: - Schema

    /// The whole file; optional members are left out of the JSON when `nil`.
    public struct Document: Codable, Hashable, Sendable {
        /// The schema version, `entraide-plan/1`.
        public var format: String
        /// `planned`, or `infeasible` when no plan satisfies the hard rules.
        public var status: String
        /// The group's id.
        public var group: String
        /// The IANA zone (`Europe/Zurich`) of every wall-clock time in the file.
        public var timeZone: String
        /// Whether the search finished, which proves the plan optimal; `nil` when infeasible.
        public var provenOptimal: Bool?
        /// How many nodes the search visited; `nil` when infeasible.
        public var searchNodes: Int?
        /// The best continuity and attendance any plan could reach: the chosen plan's own when proven optimal,
        /// else what the unexplored plans might still reach (the gap is the difference); `nil` when infeasible.
        public var bound: Bound?
        /// The chosen plan's score; `nil` when infeasible.
        public var score: Score?
        /// Ids of the participants who can attend all three first sessions; `nil` when infeasible.
        public var continuity: [String]?
        /// The planned sessions in sequence order; empty when infeasible.
        public var sessions: [Session]
        /// The runner-up plans, best first; empty when infeasible.
        public var alternatives: [Entry]
        /// Candidates that break a hard rule on their own, with that rule.
        public var excluded: [Exclusion]
        /// Why no plan exists, one sentence each in the scenario's language; `nil` when planned.
        public var reasons: [String]?
    }

    /// An upper bound of the two first objectives (see `ObjectiveBound` in PlanningEngine).
    public struct Bound: Codable, Hashable, Sendable {
        /// The most participants any plan could bring to all three first sessions.
        public var continuity: Int
        /// The most attendance a plan with that continuity could have (yes 1, if-need-be 0.5).
        public var attendance: Double

        init(_ bound: ObjectiveBound) {
            continuity = bound.continuity
            attendance = Double(bound.attendanceHalves) / 2
        }
    }

    /// The main objectives of a `PlanScore`: review attendance, review start and tie-break are left out.
    public struct Score: Codable, Hashable, Sendable {
        /// Participants who can attend all three first sessions.
        public var continuity: Int
        /// Attendance over those sessions, a yes counting 1 and an if-need-be 0.5.
        public var attendance: Double
        /// Whether founding 1 and 2 fall on the same weekday at the same start time.
        public var regularRhythm: Bool
        /// How many of the three first sessions fall on their facilitator's tentative time.
        public var tentativeSessions: Int
        /// The information session's start, ISO 8601 with its UTC offset (`2027-01-19T18:30:00+01:00`).
        public var informationStart: String
        /// Members of the continuity set who can attend the review; 0 without a review.
        public var reviewContinuity: Int

        init(_ score: PlanScore, clock: ZonedClock?) {
            continuity = score.continuity
            attendance = score.attendance
            regularRhythm = score.hasRegularRhythm
            tentativeSessions = score.tentativeSessions
            informationStart = PlanJSON.iso(clock, score.informationStart)
            reviewContinuity = score.reviewContinuity
        }
    }

    /// One planned session; people and places by id only.
    public struct Session: Codable, Hashable, Sendable {
        /// `information`, `founding1`, `founding2` or `review`.
        public var kind: String
        /// The session's iCalendar `UID` (RFC 5545 §3.8.4.7), the same as in every `.ics` file.
        public var uid: String
        /// The id of the chosen candidate.
        public var candidate: String
        /// ISO 8601 start with its UTC offset (`2027-01-19T18:30:00+01:00`).
        public var start: String
        /// ISO 8601 end with its UTC offset.
        public var end: String
        /// The venue's id.
        public var venue: String
        /// The facilitator's id.
        public var facilitator: String
        /// Whether the facilitator has a tentative event then (a pencilled meeting).
        public var facilitatorTentative: Bool
        /// Ids of participants who answered yes, sorted.
        public var yes: [String]
        /// Ids of participants who can come only if need be, sorted.
        public var ifNeedBe: [String]
        /// Ids of participants who cannot come (answered no or did not answer), sorted; kept as it was for
        /// compatibility: ``noAnswer`` says which of them never answered.
        public var no: [String]
        /// Ids of the participants of ``no`` who never answered for this slot, sorted.
        public var noAnswer: [String]

        init(_ session: PlannedSession, uid: String, noAnswer: [Participant.ID], isTentative: Bool, clock: ZonedClock?)
        {
            kind = session.kind.rawValue
            self.uid = uid
            candidate = session.slot.id.rawValue
            start = PlanJSON.iso(clock, session.slot.start)
            end = PlanJSON.iso(clock, session.slot.end)
            venue = session.slot.venue.rawValue
            facilitator = session.slot.facilitator.rawValue
            facilitatorTentative = isTentative
            yes = session.yes.map(\.rawValue)
            ifNeedBe = session.ifNeedBe.map(\.rawValue)
            no = session.cannot.map(\.rawValue)
            self.noAnswer = noAnswer.map(\.rawValue)
        }
    }

    /// A runner-up plan.
    public struct Entry: Codable, Hashable, Sendable {
        /// The position among the alternatives, 1 for the best.
        public var rank: Int
        /// Ids of its candidates, in sequence order.
        public var candidates: [String]
        /// ISO 8601 starts with UTC offsets, in the same order.
        public var starts: [String]
        /// Its score.
        public var score: Score
        /// The first objective on which it does worse than the chosen plan.
        public var loss: Loss
    }

    /// Why a runner-up ranks below the chosen plan.
    public struct Loss: Codable, Hashable, Sendable {
        /// `continuity`, `attendance`, `regular-rhythm`, `tentative-facilitator`, `information-start`,
        /// `review-continuity`, `review-attendance`, `review-tentative-facilitator`, `review-start` or `tie-break`.
        public var objective: String
        /// How much worse, in people, attendance, sessions or days; `nil` for `regular-rhythm`,
        /// `review-tentative-facilitator` and `tie-break`.
        public var amount: Double?
        /// For `continuity`: ids of the chosen plan's continuity set who cannot attend this one.
        public var missing: [String]?
        /// For `continuity`: who can attend all three sessions only in the alternative.
        public var gained: [String]?

        init(_ loss: Alternative.Loss) {
            switch loss {
            case .continuity(let fewer, let missing, let gained):
                (objective, amount, self.missing) = ("continuity", Double(fewer), missing.map(\.rawValue))
                self.gained = gained.map(\.rawValue)
            case .attendance(let halves): (objective, amount) = ("attendance", Double(halves) / 2)
            case .irregularRhythm: objective = "regular-rhythm"
            case .tentativeFacilitator(let sessions):
                (objective, amount) = ("tentative-facilitator", Double(sessions))
            case .reviewTentativeFacilitator: objective = "review-tentative-facilitator"
            case .laterInformation(let days): (objective, amount) = ("information-start", Double(days))
            case .reviewContinuity(let fewer): (objective, amount) = ("review-continuity", Double(fewer))
            case .reviewAttendance(let halves): (objective, amount) = ("review-attendance", Double(halves) / 2)
            case .laterReview(let days): (objective, amount) = ("review-start", Double(days))
            case .tieBreak: objective = "tie-break"
            }
        }
    }

    /// A candidate no plan may use.
    public struct Exclusion: Codable, Hashable, Sendable {
        /// The candidate's id.
        public var candidate: String
        /// The session it was proposed for.
        public var kind: String
        /// The first rule it breaks.
        ///
        /// One of `closure`, `facilitator-away`, `facilitator-busy`, `venue-booked`, `capacity`,
        /// `step-free-access`, `initiator-unavailable`, `quorum`.
        public var rule: String

        init(_ exclusion: CandidateExclusion) {
            candidate = exclusion.slot.rawValue
            kind = exclusion.kind.rawValue
            // kebab-case like every other code in plan.json: `facilitatorAway` → `facilitator-away`.
            rule = ExplanationText.ruleKey(exclusion.reason).reduce(into: "") { result, character in
                result += character.isUppercase ? "-" + character.lowercased() : String(character)
            }
        }
    }
}

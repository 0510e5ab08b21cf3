import Foundation
public import PlanningDomain
public import PlanningEngine

/// `plan.json`: the plan in a documented, machine-readable form (format `entraide-plan/1`).
///
/// Participants appear by id only. Keys are sorted and the output is byte-stable for the same input.
public struct PlanJSON: Sendable {
    public let scenario: Scenario

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
            score: Score(result.score),
            continuity: result.continuitySet.map(\.rawValue),
            sessions: result.plan.sessions.map { Session($0, uid: scenario.uid(of: $0.kind), clock: clock) },
            alternatives: result.alternatives.enumerated().map { rank, alternative in
                Entry(
                    rank: rank + 1,
                    candidates: alternative.plan.sessions.map(\.slot.id.rawValue),
                    starts: alternative.plan.sessions.map { Self.iso(clock, $0.slot.start) },
                    score: Score(alternative.score),
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

    public struct Document: Codable, Hashable, Sendable {
        public var format: String
        public var status: String
        public var group: String
        public var timeZone: String
        public var provenOptimal: Bool?
        public var searchNodes: Int?
        public var score: Score?
        public var continuity: [String]?
        public var sessions: [Session]
        public var alternatives: [Entry]
        public var excluded: [Exclusion]
        public var reasons: [String]?
    }

    public struct Score: Codable, Hashable, Sendable {
        public var continuity: Int
        public var attendance: Double
        public var regularRhythm: Bool
        public var informationStart: String
        public var reviewContinuity: Int

        init(_ score: PlanScore) {
            continuity = score.continuity
            attendance = score.attendance
            regularRhythm = score.hasRegularRhythm
            informationStart = score.informationStart.description
            reviewContinuity = score.reviewContinuity
        }
    }

    public struct Session: Codable, Hashable, Sendable {
        public var kind: String
        public var uid: String
        public var candidate: String
        public var start: String
        public var end: String
        public var venue: String
        public var facilitator: String
        public var yes: [String]
        public var ifNeedBe: [String]
        public var no: [String]

        init(_ session: PlannedSession, uid: String, clock: ZonedClock?) {
            kind = session.kind.rawValue
            self.uid = uid
            candidate = session.slot.id.rawValue
            start = PlanJSON.iso(clock, session.slot.start)
            end = PlanJSON.iso(clock, session.slot.end)
            venue = session.slot.venue.rawValue
            facilitator = session.slot.facilitator.rawValue
            yes = session.yes.map(\.rawValue)
            ifNeedBe = session.ifNeedBe.map(\.rawValue)
            no = session.cannot.map(\.rawValue)
        }
    }

    public struct Entry: Codable, Hashable, Sendable {
        public var rank: Int
        public var candidates: [String]
        public var starts: [String]
        public var score: Score
        public var loss: Loss
    }

    public struct Loss: Codable, Hashable, Sendable {
        /// `continuity`, `attendance`, `regular-rhythm`, `information-start`, `review-continuity`,
        /// `review-attendance`, `review-start` or `tie-break`.
        public var objective: String
        public var amount: Double?
        public var missing: [String]?

        init(_ loss: Alternative.Loss) {
            switch loss {
            case .continuity(let fewer, let missing):
                (objective, amount, self.missing) = ("continuity", Double(fewer), missing.map(\.rawValue))
            case .attendance(let halves): (objective, amount) = ("attendance", Double(halves) / 2)
            case .irregularRhythm: objective = "regular-rhythm"
            case .laterInformation(let days): (objective, amount) = ("information-start", Double(days))
            case .reviewContinuity(let fewer): (objective, amount) = ("review-continuity", Double(fewer))
            case .reviewAttendance(let halves): (objective, amount) = ("review-attendance", Double(halves) / 2)
            case .laterReview(let days): (objective, amount) = ("review-start", Double(days))
            case .tieBreak: objective = "tie-break"
            }
        }
    }

    public struct Exclusion: Codable, Hashable, Sendable {
        public var candidate: String
        public var kind: String
        public var rule: String

        init(_ exclusion: CandidateExclusion) {
            candidate = exclusion.slot.rawValue
            kind = exclusion.kind.rawValue
            rule = ExplanationText.ruleKey(exclusion.reason)
        }
    }
}

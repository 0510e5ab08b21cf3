/// Everything a CP-SAT model of one benchmark instance needs, with the Swift planner's result.
///
/// Written as JSON by `entraide-bench` and read by `scripts/bench/cpsat_plan.py`. Participants are numbered
/// `0..<participantCount` in id order, as the engine numbers them; times are wall-clock minutes since
/// 1970-01-01 00:00 and days are day numbers since 1970-01-01.
struct InstanceRecord: Encodable {
    /// Bumped when the layout changes.
    var format = 1
    var size: String
    var seed: UInt64
    var candidatesPerSession: Int
    var participantCount: Int
    var quorum: Int
    /// Whether the quorum applies to those who can attend all three first sessions.
    var requiresSequenceQuorum: Bool
    /// The planned sessions in sequence order: information, founding1, founding2, and review when planned.
    var levels: [Level]
    var swift: SwiftResult

    struct Level: Encodable {
        var kind: String
        /// Days allowed after the previous level's session; `nil` for the first level.
        var gap: Gap?
        /// Candidates staff proposed for this session.
        var proposed: Int
        /// Candidates removed by a single-slot rule.
        var excluded: Int
        /// The candidates that survive the single-slot rules, by start then id.
        var slots: [Slot]
    }

    struct Gap: Encodable {
        var min: Int
        var max: Int
    }

    struct Slot: Encodable {
        var id: String
        var day: Int
        var start: Int
        var end: Int
        /// `weekday * 1440 + minute of day` of the start: equal for the same regular rhythm.
        var rhythm: Int
        var facilitator: String
        var venue: String
        /// Indices of the participants who can attend (yes or if-need-be).
        var attend: [Int]
        /// Indices of the participants who answered yes.
        var yes: [Int]
        /// Whether the facilitator has a tentative event then.
        var tentative: Bool
    }

    struct SwiftResult: Encodable {
        /// `planned` or `infeasible`.
        var outcome: String
        /// `PlanScore.objectiveVector`; empty when infeasible.
        var objectiveVector: [Int]
        var slotIDs: [String]
        var nodes: Int
        var isProvenOptimal: Bool
        var milliseconds: Milliseconds
    }

    struct Milliseconds: Encodable {
        var median: Double
        var min: Double
        var max: Double
        var runs: [Double]
        /// The planning thread's CPU time: the median and each run.
        var cpuMedian: Double
        var cpuRuns: [Double]
    }
}

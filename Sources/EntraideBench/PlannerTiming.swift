import PlanningEngine

/// Wall-clock times of repeated `Planner.plan()` calls on one scenario, measured in process.
struct PlannerTiming {
    /// The outcome of the last run (every run returns the same, the planner being deterministic).
    let outcome: PlanningOutcome
    /// Milliseconds of each timed run, in run order.
    let runs: [Double]

    /// Plans once to warm up, then `count` timed times with the monotonic clock.
    init(planner: Planner, count: Int) {
        var outcome = planner.plan()
        var runs: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<count {
            let start = clock.now
            outcome = planner.plan()
            runs.append(Self.milliseconds(clock.now - start))
        }
        self.outcome = outcome
        self.runs = runs
    }

    var median: Double {
        let sorted = runs.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var minimum: Double { runs.min() ?? 0 }
    var maximum: Double { runs.max() ?? 0 }

    static func milliseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
    }
}

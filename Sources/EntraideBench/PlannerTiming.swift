import PlanningEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Times of repeated `Planner.plan()` calls on one scenario, measured in process: wall clock and the thread's
/// CPU time (which other processes sharing the cores inflate much less).
struct PlannerTiming {
    /// The outcome of the last run (every run returns the same, the planner being deterministic).
    let outcome: PlanningOutcome
    /// Milliseconds of each timed run, in run order.
    let runs: [Double]
    /// CPU milliseconds of the planning thread for each timed run.
    let cpuRuns: [Double]

    /// Plans once to warm up, then `count` timed times with the monotonic clock.
    init(planner: Planner, count: Int) {
        var outcome = planner.plan()
        var runs: [Double] = []
        var cpuRuns: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<count {
            let cpu = Self.threadCPUMilliseconds()
            let start = clock.now
            outcome = planner.plan()
            runs.append(Self.milliseconds(clock.now - start))
            cpuRuns.append(Self.threadCPUMilliseconds() - cpu)
        }
        self.outcome = outcome
        self.runs = runs
        self.cpuRuns = cpuRuns
    }

    var median: Double { Self.median(runs) }
    var cpuMedian: Double { Self.median(cpuRuns) }
    var minimum: Double { runs.min() ?? 0 }
    var maximum: Double { runs.max() ?? 0 }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
    }

    /// The calling thread's CPU time so far, in milliseconds.
    static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }
}

import PlanningDomain

/// The best plans found so far, at most one per set of first-three dates, best first.
struct TopPlans {
    struct Entry {
        var score: PlanScore
        /// Index of the chosen slot at each level of the compiled problem.
        var indices: [Int]
        /// Starts of the three first sessions: plans with equal starts are not told apart as alternatives.
        var dates: [Int]
    }

    let capacity: Int
    private(set) var entries: [Entry] = []

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// The score a new plan must beat once the list is full; `nil` while it is not.
    var threshold: PlanScore? { entries.count < capacity ? nil : entries.last?.score }

    mutating func offer(_ entry: Entry) {
        if let index = entries.firstIndex(where: { $0.dates == entry.dates }) {
            guard entries[index].score < entry.score else { return }
            entries[index] = entry
        } else if entries.count < capacity {
            entries.append(entry)
        } else {
            guard let last = entries.last, last.score < entry.score else { return }
            entries[entries.count - 1] = entry
        }
        entries.sort { $1.score < $0.score }
    }
}

import PlanningSamples

/// One size of the calendar benchmark (issue 10): a region shape and the optimiser's default time limit.
enum CalendarSize: String, CaseIterable, Sendable {
    case r1 = "R1"
    case r2 = "R2"
    case r3 = "R3"
    case r4 = "R4"

    /// The generator's shape.
    var shape: RegionShape {
        switch self {
        case .r1: .r1
        case .r2: .r2
        case .r3: .r3
        case .r4: .r4
        }
    }

    /// The optimiser's time limit in seconds, inside the targets (R3 under 3 s, R4 under 10 s).
    var timeLimit: Double {
        switch self {
        case .r1, .r2: 2
        case .r3: 2.3
        case .r4: 8
        }
    }
}

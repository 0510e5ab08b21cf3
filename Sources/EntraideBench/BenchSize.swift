import PlanningSamples

/// One benchmark size of the planning issue: a sample shape and how many timed runs each instance gets.
enum BenchSize: String, CaseIterable, Sendable {
    case small = "S"
    case medium = "M"
    case large = "L"
    case extraLarge = "XL"
    /// Candidates generated from a two-month window (issue 3): every day, two start times, two rooms.
    case window = "W"

    /// The generator's shape for this size.
    var shape: SampleShape {
        switch self {
        case .small: .small
        case .medium: .medium
        case .large: .large
        case .extraLarge: .extraLarge
        case .window: .window
        }
    }

    /// Timed runs after the warm-up; the median of them is reported.
    var timedRuns: Int { self == .extraLarge ? 3 : 5 }
}

/// Where an answer for a candidate slot came from, strongest first.
///
/// When sources disagree for a participant and a slot, the strongest wins: an answer written in the scenario
/// beats a poll export, which beats anything derived from calendars and weekly habits.
public enum AvailabilitySource: Int, Hashable, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    /// An answer written under `answers` in the scenario file: staff's last word.
    case scenario = 0
    /// An answer read from a poll export (Framadate) or a grid CSV.
    case poll
    /// An answer derived from the person's calendars, weekly habits and days away.
    case derived

    /// The name the explanation uses.
    public var description: String {
        switch self {
        case .scenario: "scenario"
        case .poll: "poll"
        case .derived: "calendars and habits"
        }
    }

    /// Stronger sources first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

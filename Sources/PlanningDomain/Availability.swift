/// A participant's answer for one candidate slot.
public enum Availability: String, Hashable, Sendable, CaseIterable {
    case yes
    case ifNeedBe = "if-need-be"
    case no

    /// Whether the participant can attend (a yes or an if-need-be).
    public var canAttend: Bool { self != .no }

    /// Attendance weight in halves: a yes counts 1 (2 halves), an if-need-be ½ (1 half).
    public var halves: Int {
        switch self {
        case .yes: 2
        case .ifNeedBe: 1
        case .no: 0
        }
    }
}

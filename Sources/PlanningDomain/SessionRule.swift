/// How long one kind of session lasts and how far it must lie after the previous one.
public struct SessionRule: Hashable, Sendable {
    /// The session this rule is for.
    public var kind: SessionKind
    /// The default length in minutes of this session's candidates (90 for information, 120 for founding).
    public var durationMinutes: Int
    /// Days after the previous session of the sequence (`nil` for the information session).
    public var daysAfterPrevious: ClosedRange<Int>?

    /// Creates a rule; see ``standard(_:)`` for the centres' defaults.
    public init(kind: SessionKind, durationMinutes: Int, daysAfterPrevious: ClosedRange<Int>?) {
        self.kind = kind
        self.durationMinutes = durationMinutes
        self.daysAfterPrevious = daysAfterPrevious
    }

    /// The defaults of DOMAIN.md for a kind of the group sequence.
    public static func standard(_ kind: SessionKind) -> SessionRule {
        switch kind {
        case .information: SessionRule(kind: kind, durationMinutes: 90, daysAfterPrevious: nil)
        case .founding1, .founding2: SessionRule(kind: kind, durationMinutes: 120, daysAfterPrevious: 7...28)
        case .review: SessionRule(kind: kind, durationMinutes: 120, daysAfterPrevious: 90...183)
        case .workshop: SessionRule(kind: kind, durationMinutes: 150, daysAfterPrevious: nil)
        }
    }
}

/// A period when the centre holds no session, both ends included.
public struct Closure: Hashable, Sendable {
    /// The first closed day.
    public var from: LocalDate
    /// The last closed day; equal to ``from`` for a single day such as a public holiday.
    public var to: LocalDate
    /// Why the centre is closed (`Lundi du Jeûne fédéral`), quoted in explanations; `nil` when not given.
    public var reason: String?

    /// Creates a closure from `from` to `to`, both included.
    public init(from: LocalDate, to: LocalDate, reason: String? = nil) {
        self.from = from
        self.to = to
        self.reason = reason
    }

    /// Whether the centre is closed on `date`.
    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= to }
}

/// Rules the scenario may relax or tighten.
public struct PlanningRules: Hashable, Sendable {
    /// The initiator must be able to attend the information session and both founding sessions.
    public var initiatorMustAttend: Bool
    /// Where the quorum applies.
    public var quorumScope: QuorumScope

    /// Creates the rules; by default the initiator must attend and the quorum applies to each session.
    public init(initiatorMustAttend: Bool = true, quorumScope: QuorumScope = .eachSession) {
        self.initiatorMustAttend = initiatorMustAttend
        self.quorumScope = quorumScope
    }

    /// Where the quorum applies.
    public enum QuorumScope: String, Hashable, Sendable, CaseIterable {
        /// At least `quorum` participants can attend each of the three first sessions.
        case eachSession = "each-session"
        /// At least `quorum` participants can attend all three first sessions (implies `eachSession`).
        case wholeSequence = "whole-sequence"
    }
}

/// Where one answer came from: the scenario file, a poll export or grid, a person's own calendars and
/// habits, or an answer recorded one at a time (by phone, on the web page, through a calendar reply).
public struct AnswerOrigin: Hashable, Sendable, CustomStringConvertible {
    /// The kind of source.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Recorded one at a time (`recordAnswer`): taken by phone, given on the web page, a calendar reply.
        case recorded
        /// Written under `answers` in the scenario file.
        case scenario
        /// Read from a poll export (Framadate) or an answer grid.
        case poll
        /// Derived from the person's calendars, weekly habits and days away.
        case derived
    }

    /// The kind of source.
    public var kind: Kind
    /// What identifies the source within its kind: the poll's file name as the scenario names it, the channel
    /// of a recorded answer (`phone`, `web`, `reply`); empty for the scenario and derived answers.
    public var detail: String
    /// For polls, the file's position in the scenario's `polls` list (a later file wins); 0 otherwise.
    public var order: Int

    /// An origin.
    public init(_ kind: Kind, detail: String = "", order: Int = 0) {
        self.kind = kind
        self.detail = detail
        self.order = order
    }

    /// The scenario's own `answers`.
    public static let scenario = AnswerOrigin(.scenario)
    /// The person's calendars, habits and days away.
    public static let derived = AnswerOrigin(.derived)

    /// `scenario`, `poll:sondage.csv`, `recorded:phone`, `derived`: how the workspace and the export name it.
    public var description: String { detail.isEmpty ? kind.rawValue : "\(kind.rawValue):\(detail)" }
}

/// One answer of one person for one candidate slot, with its source and the time it was given.
public struct GivenAnswer: Hashable, Sendable {
    /// The answer.
    public var availability: Availability
    /// Where it came from.
    public var origin: AnswerOrigin
    /// When it was given (recorded answers) or first seen with this value (imported ones).
    public var givenAt: Instant

    /// An answer.
    public init(_ availability: Availability, origin: AnswerOrigin, givenAt: Instant) {
        self.availability = availability
        self.origin = origin
        self.givenAt = givenAt
    }
}

/// The one rule that decides which of a person's answers for a slot counts, when several sources give one.
///
/// 1. **Explicit answers** — recorded one at a time (phone, web page, reply) or written in the scenario — win
///    over everything else; among them the most recently given wins, and a recorded answer wins a tie (it
///    was given by or for the person directly).
/// 2. Then **polls**: the file listed later in the scenario wins (list the phone grid after the Framadate
///    export and it corrects it).
/// 3. Then what is **derived** from the person's calendars, habits and days away.
///
/// A slot with no answer from any source counts as "cannot come" for the planner, and is shown as
/// "no answer" to people.
public enum AnswerMerge {
    /// The answer that counts among `answers` (all for one person and one slot), or `nil` when there is none.
    public static func winner(of answers: [GivenAnswer]) -> GivenAnswer? {
        answers.min { isStronger($0, than: $1) }
    }

    /// Whether `lhs` wins over `rhs` under the rule above; a total order, so the winner is always the same.
    public static func isStronger(_ lhs: GivenAnswer, than rhs: GivenAnswer) -> Bool {
        let left = rank(lhs.origin.kind)
        let right = rank(rhs.origin.kind)
        if left != right { return left < right }
        switch lhs.origin.kind {
        case .recorded, .scenario:
            if lhs.givenAt != rhs.givenAt { return lhs.givenAt > rhs.givenAt }
            if lhs.origin.kind != rhs.origin.kind { return lhs.origin.kind == .recorded }
        case .poll:
            if lhs.origin.order != rhs.origin.order { return lhs.origin.order > rhs.origin.order }
        case .derived:
            break
        }
        if lhs.origin.detail != rhs.origin.detail { return lhs.origin.detail < rhs.origin.detail }
        return lhs.availability.rawValue < rhs.availability.rawValue
    }

    /// Explicit answers first, then polls, then derived ones.
    private static func rank(_ kind: AnswerOrigin.Kind) -> Int {
        switch kind {
        case .recorded, .scenario: 0
        case .poll: 1
        case .derived: 2
        }
    }
}

/// One person's answers to the candidate slots: at most one ``Availability`` per candidate id.
///
/// It reads and writes like a `[CandidateSlot.ID: Availability]` (subscript by id, `count`, `keys`, iteration
/// over `(key, value)` pairs, a dictionary literal), and two answer sets are equal when they hold the same
/// answers, whatever their form. It has two forms:
///
/// - **by id**, a dictionary: what readers build from answers written one by one (the scenario's `answers`, a
///   poll's row);
/// - **packed** over a ``CandidateIndex``: 2 bits a candidate in the index's order (see ``packedCodes``), plus
///   a dictionary for ids the index does not hold. What is derived from weekly habits, days away and calendars
///   answers every candidate, so at 5,000 people and 8,000 candidates a dictionary each meant 40 million
///   entries and 1.4 GB; packed, they take 2 KB a person, people with the same answers share one buffer
///   (copy on write), and the planner reads them 32 candidates at a time without looking any id up.
///
/// Iteration visits the packed answers in the index's order, then the others in no particular order (as a
/// dictionary does); nothing may depend on that order.
public struct SlotAnswers: Sendable {
    /// The candidates the packed answers refer to; `nil` when every answer is held by id.
    public private(set) var index: CandidateIndex?
    /// 2 bits a position of ``index``, 32 positions a word (see ``packedCodes``).
    private var packed: [UInt64]
    /// Answers for ids that ``index`` does not hold (every answer, without an index).
    private var others: [CandidateSlot.ID: Availability]
    /// How many answers, packed and by id.
    public private(set) var count: Int

    /// No answer.
    public init() {
        index = nil
        packed = []
        others = [:]
        count = 0
    }

    /// The answers of a dictionary, held by id.
    public init(_ answers: [CandidateSlot.ID: Availability]) {
        index = nil
        packed = []
        others = answers
        count = answers.count
    }

    /// Answers packed over `index`: `answer(position)` for each of its positions (`nil`: no answer).
    ///
    /// A repeated id of the index is answered at its first position only.
    public init(index: CandidateIndex, answer: (Int) throws -> Availability?) rethrows {
        var packed = [UInt64](repeating: 0, count: Self.wordCount(for: index.count))
        var count = 0
        for position in 0..<index.count where !index.isRepeat(position) {
            guard let availability = try answer(position) else { continue }
            packed[position >> 5] |= Self.code(of: availability) << UInt64((position & 31) << 1)
            count += 1
        }
        self.index = index
        self.packed = packed
        self.others = [:]
        self.count = count
    }

    /// Answers packed over `index` already: `packedCodes` as ``packedCodes`` lays them out, one word per 32
    /// positions (missing words are no answer, extra ones are ignored).
    ///
    /// For readers that compute whole words at once (what habits derive); codes at a repeated id's later
    /// positions are dropped, as ``init(index:answer:)`` never sets them.
    public init(index: CandidateIndex, packedCodes: [UInt64]) {
        var packed = [UInt64](repeating: 0, count: Self.wordCount(for: index.count))
        for word in packed.indices where word < packedCodes.count { packed[word] = packedCodes[word] }
        if index.count & 31 != 0, let last = packed.indices.last {
            packed[last] &= (1 << UInt64((index.count & 31) << 1)) - 1
        }
        for position in 0..<index.count where index.isRepeat(position) {
            packed[position >> 5] &= ~(3 << UInt64((position & 31) << 1))
        }
        self.index = index
        self.packed = packed
        self.others = [:]
        self.count = packed.reduce(0) { $0 + (($1 | $1 >> 1) & 0x5555_5555_5555_5555).nonzeroBitCount }
    }

    /// Whether there is no answer at all.
    public var isEmpty: Bool { count == 0 }

    /// The answer for a candidate id, or `nil` when there is none; setting `nil` removes it.
    public subscript(slot: CandidateSlot.ID) -> Availability? {
        get {
            if let index, let position = index.position(of: slot) { return answer(at: position) }
            return others[slot]
        }
        set {
            if let index, let position = index.position(of: slot) {
                setAnswer(newValue, at: position)
            } else {
                let old = others[slot]
                others[slot] = newValue
                count += (newValue == nil ? 0 : 1) - (old == nil ? 0 : 1)
            }
        }
    }

    /// Removes the answer for a candidate id, as a dictionary does.
    ///
    /// - Returns: The answer removed, or `nil` when there was none.
    @discardableResult
    public mutating func removeValue(forKey slot: CandidateSlot.ID) -> Availability? {
        let old = self[slot]
        self[slot] = nil
        return old
    }

    /// The answer at a position of ``index``; `nil` when there is none, or no index.
    public func answer(at position: Int) -> Availability? {
        guard index != nil, position >= 0, position >> 5 < packed.count else { return nil }
        return Self.availability(ofCode: packed[position >> 5] >> UInt64((position & 31) << 1) & 3)
    }

    /// The candidate ids answered.
    public var keys: [CandidateSlot.ID] { map(\.key) }

    /// The answers, in the order of ``keys``.
    public var values: [Availability] { map(\.value) }

    /// The same answers as a dictionary.
    public var dictionary: [CandidateSlot.ID: Availability] {
        var result = others
        result.reserveCapacity(count)
        forEachPacked { id, availability in result[id] = availability }
        return result
    }

    // MARK: - Packed form

    /// The packed answers, 2 bits a position of ``index``; empty without an index.
    ///
    /// Position `p` is in word `p / 32`, at bits `2 (p % 32)` and up: 0 no answer, 1 yes, 2 if need be, 3 no.
    /// Answers held by id (``answersByID``) are not here. For readers that go through every candidate (the planner's answer matrix): 32 answers a word, no id
    /// looked up.
    public var packedCodes: [UInt64] { packed }

    /// The same answers packed over `index`: those for ids it holds packed, the others by id.
    public func packed(over index: CandidateIndex) -> SlotAnswers {
        if self.index === index { return self }
        var result = SlotAnswers(index: index) { _ in nil }
        for (slot, availability) in self { result[slot] = availability }
        return result
    }

    /// Whether some answers are held by id rather than packed (ids not in ``index``, or no index).
    public var hasAnswersByID: Bool { !others.isEmpty }

    /// The code of an answer in ``packedCodes``.
    public static func code(of availability: Availability?) -> UInt64 {
        switch availability {
        case nil: 0
        case .yes: 1
        case .ifNeedBe: 2
        case .no: 3
        }
    }

    /// The answer a code of ``packedCodes`` stands for.
    public static func availability(ofCode code: UInt64) -> Availability? {
        switch code & 3 {
        case 1: .yes
        case 2: .ifNeedBe
        case 3: .no
        default: nil
        }
    }

    /// The words needed for `positions` positions.
    static func wordCount(for positions: Int) -> Int { (positions + 31) >> 5 }

    /// Sets or removes the answer at a position of ``index``.
    private mutating func setAnswer(_ availability: Availability?, at position: Int) {
        let word = position >> 5
        let shift = UInt64((position & 31) << 1)
        let old = packed[word] >> shift & 3
        let new = Self.code(of: availability)
        guard old != new else { return }
        packed[word] = packed[word] & ~(3 << shift) | new << shift
        count += (new == 0 ? 0 : 1) - (old == 0 ? 0 : 1)
    }

    /// Calls `body` with each packed answer, in the index's order.
    private func forEachPacked(_ body: (CandidateSlot.ID, Availability) throws -> Void) rethrows {
        guard let index else { return }
        for (wordIndex, word) in packed.enumerated() where word != 0 {
            var rest = word
            while rest != 0 {
                let bit = rest.trailingZeroBitCount & ~1
                if let availability = Self.availability(ofCode: rest >> UInt64(bit)) {
                    try body(index.ids[wordIndex << 5 + bit >> 1], availability)
                }
                rest &= ~(3 << UInt64(bit))
            }
        }
    }

    /// The answers held by id: those not in ``packedCodes``.
    public var answersByID: [CandidateSlot.ID: Availability] { others }
}

public import PlanningDomain

/// Everyone's answers to every candidate as bit sets: who said yes, who if need be, who no, and so who did
/// not answer at all.
///
/// Built once from a scenario by reading each participant's answers a single time, so that the planner and
/// the documents never look an answer up by id: at 5,000 participants and 8,000 candidates those lookups took
/// most of a minute. Answers packed over an index of the scenario's own candidates (`SlotAnswers`, what the
/// loader derives from habits and calendars) are read 32 candidates a word without any id; answers held by id
/// are found with the `CandidateIndex`. Bit `p` of a row stands for ``participants``[`p`]; row `c` for
/// ``candidates``[`c`].
public struct AnswerMatrix: Sendable {
    /// Participant ids sorted by id (the order of every id list): the bit order of every row.
    public let participants: [Participant.ID]
    /// Positions in `Scenario/participants` of ``participants``, in the same order.
    public let scenarioOrder: [Int]
    /// The candidates, in the scenario's order.
    public let candidates: [CandidateSlot.ID]
    /// 64-bit words per row.
    let wordCount: Int
    /// Rows of `wordCount` words, candidate after candidate.
    private(set) var yes: [UInt64]
    private(set) var ifNeedBe: [UInt64]
    private(set) var no: [UInt64]
    /// Positions of the candidates' ids.
    let table: CandidateIndex

    /// Reads every answer of `scenario` once; answers to ids that are not candidates are ignored.
    public init(scenario: Scenario) {
        let people = scenario.participants
        let order = people.indices.sorted { people[$0].id < people[$1].id }
        let ids = scenario.candidates.map(\.id)
        let words = max(1, (people.count + 63) / 64)
        // The index the answers are packed over, when it lists exactly these candidates.
        let packedOver = people.lazy.compactMap(\.answers.index).first.flatMap { $0.ids == ids ? $0 : nil }
        let table = packedOver ?? CandidateIndex(ids)
        var rows = Rows(candidates: ids.count, words: words)
        var packed: [(bit: Int, codes: [UInt64])] = []
        for (bit, index) in order.enumerated() {
            let answers = people[index].answers
            guard answers.index !== table else {
                packed.append((bit, answers.packedCodes))
                for (candidate, answer) in answers.answersByID {
                    if let position = table.position(of: candidate) { rows.set(answer, bit: bit, position: position) }
                }
                continue
            }
            for (candidate, answer) in answers {
                if let position = table.position(of: candidate) { rows.set(answer, bit: bit, position: position) }
            }
        }
        rows.read(packed, positions: ids.count)
        // A repeated candidate id (a scenario the reader would refuse) shares the answers of its first entry.
        for (position, id) in ids.enumerated() where table.isRepeat(position) {
            guard let first = table.position(of: id) else { continue }
            rows.copy(first, to: position)
        }
        self.participants = order.map { people[$0].id }
        self.scenarioOrder = order
        self.candidates = ids
        self.wordCount = words
        self.yes = rows.yes
        self.ifNeedBe = rows.ifNeedBe
        self.no = rows.no
        self.table = table
    }

    /// The position of a candidate in ``candidates`` (its first, should an id repeat).
    public func position(of candidate: CandidateSlot.ID) -> Int? { table.position(of: candidate) }

    /// The bit of a participant in every row, by binary search in ``participants``.
    public func position(of participant: Participant.ID) -> Int? {
        var low = 0
        var high = participants.count
        while low < high {
            let middle = (low + high) / 2
            if participants[middle] < participant { low = middle + 1 } else { high = middle }
        }
        return low < participants.count && participants[low] == participant ? low : nil
    }

    /// What the participant at bit `participant` answered for the candidate at `candidate`; `nil` when they
    /// gave no answer (which the planner counts as no).
    public func answer(participant: Int, candidate: Int) -> Availability? {
        let index = candidate * wordCount + participant >> 6
        let mask: UInt64 = 1 << UInt64(participant & 63)
        if yes[index] & mask != 0 { return .yes }
        if ifNeedBe[index] & mask != 0 { return .ifNeedBe }
        if no[index] & mask != 0 { return .no }
        return nil
    }

    /// How many participants gave `answer` (`nil`: no answer at all) for the candidate at `candidate`.
    public func count(of answer: Availability?, candidate: Int) -> Int {
        let range = candidate * wordCount..<(candidate + 1) * wordCount
        switch answer {
        case .yes: return yes[range].reduce(0) { $0 + $1.nonzeroBitCount }
        case .ifNeedBe: return ifNeedBe[range].reduce(0) { $0 + $1.nonzeroBitCount }
        case .no: return no[range].reduce(0) { $0 + $1.nonzeroBitCount }
        case nil:
            let answered = range.reduce(0) { $0 + (yes[$1] | ifNeedBe[$1] | no[$1]).nonzeroBitCount }
            return participants.count - answered
        }
    }
}

extension AnswerMatrix {
    /// The three bit matrices while they are filled.
    private struct Rows {
        let words: Int
        var yes: [UInt64]
        var ifNeedBe: [UInt64]
        var no: [UInt64]

        init(candidates: Int, words: Int) {
            self.words = words
            yes = [UInt64](repeating: 0, count: candidates * words)
            ifNeedBe = yes
            no = yes
        }

        mutating func set(_ answer: Availability, bit: Int, position: Int) {
            let index = position * words + bit >> 6
            let mask: UInt64 = 1 << UInt64(bit & 63)
            switch answer {
            case .yes: yes[index] |= mask
            case .ifNeedBe: ifNeedBe[index] |= mask
            case .no: no[index] |= mask
            }
        }

        /// Reads packed answers (`SlotAnswers/packedCodes`) a word of 32 candidates at a time, everyone's word
        /// before the next: the rows written stay in the cache.
        mutating func read(_ packed: [(bit: Int, codes: [UInt64])], positions: Int) {
            let low: UInt64 = 0x5555_5555_5555_5555
            for word in 0..<(positions + 31) >> 5 {
                for (bit, codes) in packed where word < codes.count && codes[word] != 0 {
                    let code = codes[word]
                    let first = code & low
                    let second = code >> 1 & low
                    let column = bit >> 6
                    let mask: UInt64 = 1 << UInt64(bit & 63)
                    // Code 1 is yes, 2 if need be, 3 no; bit 2k of each set stands for the candidate 32 word + k.
                    Self.spread(first & ~second, word: word, column: column, mask: mask, words: words, into: &yes)
                    Self.spread(second & ~first, word: word, column: column, mask: mask, words: words, into: &ifNeedBe)
                    Self.spread(first & second, word: word, column: column, mask: mask, words: words, into: &no)
                }
            }
        }

        @inline(__always)
        private static func spread(
            _ pairs: UInt64,
            word: Int,
            column: Int,
            mask: UInt64,
            words: Int,
            into rows: inout [UInt64]
        ) {
            var rest = pairs
            while rest != 0 {
                let position = word << 5 + rest.trailingZeroBitCount >> 1
                rows[position * words + column] |= mask
                rest &= rest - 1
            }
        }

        mutating func copy(_ first: Int, to position: Int) {
            for word in 0..<words {
                yes[position * words + word] = yes[first * words + word]
                ifNeedBe[position * words + word] = ifNeedBe[first * words + word]
                no[position * words + word] = no[first * words + word]
            }
        }
    }
}

public import PlanningDomain

/// Everyone's answers to every candidate as bit sets: who said yes, who if need be, who no, and so who did
/// not answer at all.
///
/// Built once from a scenario by reading each participant's answers a single time (`CandidateTable` finds
/// each answer's candidate), so that the planner and the documents never look an answer up by id in a
/// participant's dictionary: at 5,000 participants and 8,000 candidates those lookups took most of a minute.
/// Bit `p` of a row stands for ``participants``[`p`]; row `c` for ``candidates``[`c`].
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
    let table: CandidateTable

    /// Reads every answer of `scenario` once; answers to ids that are not candidates are ignored.
    public init(scenario: Scenario) {
        let people = scenario.participants
        let order = people.indices.sorted { people[$0].id < people[$1].id }
        let ids = scenario.candidates.map(\.id)
        let words = max(1, (people.count + 63) / 64)
        let table = CandidateTable(ids)
        var yes = [UInt64](repeating: 0, count: ids.count * words)
        var ifNeedBe = yes
        var no = yes
        for (bit, index) in order.enumerated() {
            let word = bit >> 6
            let mask: UInt64 = 1 << UInt64(bit & 63)
            for (candidate, answer) in people[index].answers {
                guard let position = table.position(of: candidate) else { continue }
                switch answer {
                case .yes: yes[position * words + word] |= mask
                case .ifNeedBe: ifNeedBe[position * words + word] |= mask
                case .no: no[position * words + word] |= mask
                }
            }
        }
        // A repeated candidate id (a scenario the reader would refuse) shares the answers of its first entry.
        for (position, id) in ids.enumerated() {
            guard let first = table.position(of: id), first != position else { continue }
            for word in 0..<words {
                yes[position * words + word] = yes[first * words + word]
                ifNeedBe[position * words + word] = ifNeedBe[first * words + word]
                no[position * words + word] = no[first * words + word]
            }
        }
        self.participants = order.map { people[$0].id }
        self.scenarioOrder = order
        self.candidates = ids
        self.wordCount = words
        self.yes = yes
        self.ifNeedBe = ifNeedBe
        self.no = no
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

import PlanningDomain
import Testing

/// `SlotAnswers` behaves as the dictionary it replaces, in both its forms: seeded random edits compared with a
/// plain `[CandidateSlot.ID: Availability]` after every step.
@Suite struct SlotAnswersTests {
    /// A small generator of its own (the domain's tests depend on nothing but the domain).
    private struct Draw {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private static let indexed = (0..<70).map { CandidateSlot.ID("slot-\($0)") }
    private static let others: [CandidateSlot.ID] = ["elsewhere-1", "elsewhere-2", "elsewhere-3"]
    private static let index = CandidateIndex(indexed)

    /// Every reading of `answers` agrees with `reference`.
    private func expectSame(_ answers: SlotAnswers, _ reference: [CandidateSlot.ID: Availability]) {
        #expect(answers.count == reference.count)
        #expect(answers.isEmpty == reference.isEmpty)
        #expect(answers.dictionary == reference)
        #expect(Dictionary(uniqueKeysWithValues: answers.map { ($0.key, $0.value) }) == reference)
        #expect(Set(answers.keys) == Set(reference.keys))
        #expect(answers.values.count == reference.count)
        for id in Self.indexed + Self.others { #expect(answers[id] == reference[id]) }
        #expect(answers == SlotAnswers(reference))
        #expect(answers.hashValue == SlotAnswers(reference).hashValue)
    }

    @Test("packed and by id, edits agree with a dictionary", arguments: 1...20)
    func randomEdits(seed: UInt64) {
        var draw = Draw(state: seed)
        let values: [Availability?] = [.yes, .ifNeedBe, .no, nil]
        var reference: [CandidateSlot.ID: Availability] = [:]
        for id in Self.indexed where draw.next(3) == 0 { reference[id] = values[draw.next(3)] }
        var packed = SlotAnswers(index: Self.index) { reference[Self.indexed[$0]] }
        var byID = SlotAnswers(reference)
        expectSame(packed, reference)
        expectSame(byID, reference)
        for _ in 0..<200 {
            let ids = draw.next(10) == 0 ? Self.others : Self.indexed
            let id = ids[draw.next(ids.count)]
            let value = values[draw.next(values.count)]
            reference[id] = value
            packed[id] = value
            byID[id] = value
            #expect(packed[id] == value)
            #expect(packed.count == reference.count)
        }
        expectSame(packed, reference)
        expectSame(byID, reference)
        #expect(packed.index === Self.index)
        #expect(packed.packed(over: Self.index) == packed)
        expectSame(byID.packed(over: Self.index), reference)
        #expect(byID.packed(over: Self.index).answersByID == reference.filter { Self.others.contains($0.key) })
    }

    @Test func thePackedCodesFollowTheIndex() {
        let answers = SlotAnswers(index: Self.index) { position in
            [nil, .yes, .ifNeedBe, .no][position % 4]
        }
        #expect(answers.count == 70 - 18)
        #expect(answers.packedCodes.count == 3)
        for position in 0..<70 {
            let code = answers.packedCodes[position / 32] >> UInt64(2 * (position % 32)) & 3
            #expect(SlotAnswers.availability(ofCode: code) == answers.answer(at: position))
            #expect(SlotAnswers.code(of: answers.answer(at: position)) == code)
            #expect(answers[Self.indexed[position]] == answers.answer(at: position))
        }
        // Iteration follows the index.
        #expect(answers.keys == (0..<70).filter { $0 % 4 != 0 }.map { Self.indexed[$0] })
    }

    @Test("whole words give the same answers as one position at a time", arguments: 1...10)
    func packedWords(seed: UInt64) {
        var draw = Draw(state: seed)
        let count = 1 + draw.next(100)
        // Up to two ids repeat (at the end), as a scenario the reader would refuse may have them.
        let distinct = max(1, count - draw.next(3))
        let ids = (0..<count).map { CandidateSlot.ID("c\($0 % distinct)") }
        let index = CandidateIndex(ids)
        let answers: [Availability?] = (0..<count).map { _ in [nil, .yes, .ifNeedBe, .no][draw.next(4)] }
        var words = [UInt64](repeating: 0, count: (count + 31) / 32 + 1)
        for (position, answer) in answers.enumerated() {
            words[position / 32] |= SlotAnswers.code(of: answer) << UInt64(2 * (position % 32))
        }
        // Bits past the last position are noise to be ignored.
        words[words.count - 1] = ~0
        if count % 32 != 0 { words[count / 32] |= ~0 << UInt64(2 * (count % 32)) }
        let packed = SlotAnswers(index: index, packedCodes: words)
        let onePerPosition = SlotAnswers(index: index) { answers[$0] }
        #expect(packed == onePerPosition)
        #expect(packed.count == onePerPosition.count)
        #expect(packed.packedCodes == onePerPosition.packedCodes)
    }

    @Test func aRepeatedIDIsAnsweredAtItsFirstPosition() {
        let index = CandidateIndex(["a", "b", "a"])
        #expect(index.positions(of: "a") == [0, 2])
        #expect(index.isRepeat(2))
        #expect(!index.isRepeat(0))
        let answers = SlotAnswers(index: index) { $0 == 2 ? .no : .yes }
        #expect(answers == ["a": .yes, "b": .yes])
        #expect(answers.answer(at: 2) == nil)
    }

    @Test func equalAnswersAreEqualWhateverTheirForm() {
        let packed = SlotAnswers(index: Self.index) { $0 < 2 ? .yes : nil }
        #expect(packed == ["slot-0": .yes, "slot-1": .yes])
        #expect(packed != ["slot-0": .yes, "slot-1": .no])
        #expect(packed != ["slot-0": .yes])
        #expect(Set([packed, SlotAnswers(["slot-1": .yes, "slot-0": .yes])]).count == 1)
        #expect(packed.description == "[slot-0: yes, slot-1: yes]")
        let participant = Participant(id: "p01", name: "P", email: "p@example.org", language: .french, answers: packed)
        #expect(participant.availability(for: "slot-1") == .yes)
        #expect(participant.availability(for: "slot-2") == .no)
    }
}

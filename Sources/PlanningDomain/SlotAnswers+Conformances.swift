extension SlotAnswers: Sequence {
    /// Visits the packed answers in the index's order, then those held by id.
    public struct Iterator: IteratorProtocol {
        private let index: CandidateIndex?
        private let packed: [UInt64]
        private var word: Int
        private var rest: UInt64
        private var others: Dictionary<CandidateSlot.ID, Availability>.Iterator

        init(_ answers: SlotAnswers) {
            index = answers.index
            packed = answers.packedCodes
            word = 0
            rest = packed.first ?? 0
            others = answers.answersByID.makeIterator()
        }

        /// The next answer, as a dictionary's element.
        public mutating func next() -> (key: CandidateSlot.ID, value: Availability)? {
            if let index {
                while word < packed.count {
                    if rest != 0 {
                        let bit = rest.trailingZeroBitCount & ~1
                        let code = rest >> UInt64(bit)
                        rest &= ~(3 << UInt64(bit))
                        if let availability = SlotAnswers.availability(ofCode: code) {
                            return (index.ids[word << 5 + bit >> 1], availability)
                        }
                        continue
                    }
                    word += 1
                    rest = word < packed.count ? packed[word] : 0
                }
            }
            return others.next().map { (key: $0.key, value: $0.value) }
        }
    }

    /// An iterator over `(key, value)` pairs, as a dictionary's.
    public func makeIterator() -> Iterator { Iterator(self) }

    /// The number of answers.
    public var underestimatedCount: Int { count }
}

extension SlotAnswers: ExpressibleByDictionaryLiteral {
    /// Answers written as a literal (`["info-0112": .yes]`), held by id; a repeated key keeps its last answer.
    public init(dictionaryLiteral elements: (CandidateSlot.ID, Availability)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension SlotAnswers: Hashable {
    /// Whether both hold the same answers, whatever their form.
    public static func == (lhs: SlotAnswers, rhs: SlotAnswers) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if let index = lhs.index, index === rhs.index {
            return lhs.packedCodes == rhs.packedCodes && lhs.answersByID == rhs.answersByID
        }
        return lhs.allSatisfy { rhs[$0.key] == $0.value }
    }

    /// Hashes the answers independently of their form and order.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for (slot, availability) in self {
            var one = Hasher()
            one.combine(slot)
            one.combine(availability)
            combined ^= one.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}

extension SlotAnswers: CustomStringConvertible {
    /// `[f1-0126: yes, info-0112: no]`: the answers sorted by id, as a test failure shows them.
    public var description: String {
        let pairs = sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.rawValue)" }
        return "[" + pairs.joined(separator: ", ") + "]"
    }
}

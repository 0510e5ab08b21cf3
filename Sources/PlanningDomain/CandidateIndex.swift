/// Positions of candidate ids, found by a cheap hash of their UTF-8 bytes: the candidate order that
/// ``SlotAnswers`` packs answers in and that the planner's answer matrix numbers its rows by.
///
/// Reading everyone's answers means one id lookup per answer: 40 million for 5,000 people and 8,000
/// candidates. `Dictionary` hashes a `String` with SipHash through the string's generic hashing path, which
/// costs several hundred instructions per lookup; this index hashes 8 bytes at a time and compares the
/// strings only on a hash match, so a lookup costs a few dozen. It never changes once built, and is a class
/// so that every person's answers share one (and can tell, by identity, that they share it).
public final class CandidateIndex: Sendable {
    /// The ids, at their positions.
    public let ids: [CandidateSlot.ID]
    /// Open addressing, linear probing: the position + 1 of the id whose hash lands here, 0 when empty.
    private let buckets: [Int32]
    /// The full hash of each bucket's id, compared before the strings.
    private let hashes: [UInt64]
    private let mask: Int
    /// For each position, the next position with the same id, or -1: a repeated id (which the scenario reader
    /// refuses) still finds all its entries.
    private let nextRepeat: [Int]
    /// The positions that repeat an earlier id; empty when no id repeats.
    private let repeats: Set<Int>

    /// An index of `ids`; ``position(of:)`` gives a repeated id's first position.
    public init(_ ids: [CandidateSlot.ID]) {
        var capacity = 16
        while capacity < 2 * ids.count { capacity *= 2 }
        var buckets = [Int32](repeating: 0, count: capacity)
        var hashes = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        var nextRepeat = [Int](repeating: -1, count: ids.count)
        var lastRepeat: [Int: Int] = [:]
        var repeats: Set<Int> = []
        for (position, id) in ids.enumerated() {
            let hash = Self.hash(id)
            if let first = Self.position(of: id, hash: hash, ids: ids, buckets: buckets, hashes: hashes, mask: mask) {
                nextRepeat[lastRepeat[first] ?? first] = position
                lastRepeat[first] = position
                repeats.insert(position)
                continue
            }
            var bucket = Int(truncatingIfNeeded: hash) & mask
            while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
            buckets[bucket] = Int32(position + 1)
            hashes[bucket] = hash
        }
        self.ids = ids
        self.buckets = buckets
        self.hashes = hashes
        self.mask = mask
        self.nextRepeat = nextRepeat
        self.repeats = repeats
    }

    /// How many positions (ids, repeats included).
    public var count: Int { ids.count }

    /// Whether the id at `position` already stands at an earlier position.
    public func isRepeat(_ position: Int) -> Bool { !repeats.isEmpty && repeats.contains(position) }

    /// Every position of `id`, first to last; empty when it is not in the index.
    public func positions(of id: CandidateSlot.ID) -> [Int] {
        guard var position = position(of: id) else { return [] }
        var result = [position]
        while nextRepeat[position] >= 0 {
            position = nextRepeat[position]
            result.append(position)
        }
        return result
    }

    /// The first position of `id`, or `nil` when it is not in the index.
    public func position(of id: CandidateSlot.ID) -> Int? {
        Self.position(of: id, hash: Self.hash(id), ids: ids, buckets: buckets, hashes: hashes, mask: mask)
    }

    @inline(__always)
    private static func position(
        of id: CandidateSlot.ID,
        hash: UInt64,
        ids: [CandidateSlot.ID],
        buckets: [Int32],
        hashes: [UInt64],
        mask: Int
    ) -> Int? {
        var bucket = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(buckets[bucket])
            if entry == 0 { return nil }
            if hashes[bucket] == hash && ids[entry - 1] == id { return entry - 1 }
            bucket = (bucket + 1) & mask
        }
    }

    /// A 64-bit hash of the id's UTF-8 bytes, 8 bytes at a time (a multiply-rotate mix, then a finaliser).
    @inline(__always)
    private static func hash(_ id: CandidateSlot.ID) -> UInt64 {
        if let hash = id.rawValue.utf8.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
            return hash
        }
        var copy = id.rawValue
        return copy.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        guard let base = bytes.baseAddress, count > 0 else { return state }
        if count >= 8 {
            // Whole words, then the last 8 bytes (overlapping the previous word when the count is not a multiple).
            var offset = 0
            while offset + 8 < count {
                state = mix(state, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            state = mix(state, base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else {
            var word: UInt64 = 0
            for index in 0..<count { word = word << 8 | UInt64(base.load(fromByteOffset: index, as: UInt8.self)) }
            state = mix(state, word)
        }
        state ^= state >> 31
        state = state &* 0x94D0_49BB_1331_11EB
        return state ^ (state >> 29)
    }

    @inline(__always)
    private static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let product = (state ^ word) &* 0xBF58_476D_1CE4_E5B9
        return (product << 29) | (product >> 35)
    }
}

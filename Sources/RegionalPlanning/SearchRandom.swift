/// The search's own seeded generator (SplitMix64 steps): the same seed gives the same neighbourhoods on every
/// machine and toolchain, because nothing here uses the standard library's random algorithms.
struct SearchRandom: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed ^ 0x5DEE_CE66_D1CE_4E5B }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index in `0..<count` (`count` ≥ 1).
    mutating func index(_ count: Int) -> Int { Int(next() % UInt64(max(1, count))) }

    /// `true` with probability `percent` / 100.
    mutating func percent(_ percent: Int) -> Bool { index(100) < percent }

    /// The array in a random order (Fisher–Yates with this generator).
    mutating func shuffled<T>(_ array: [T]) -> [T] {
        var result = array
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(i, index(i + 1))
        }
        return result
    }
}

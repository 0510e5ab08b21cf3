/// A small seeded generator (SplitMix64) whose sequence depends on nothing but the seed.
///
/// The standard library's `random(in:using:)` algorithms may change between toolchains, so samples draw
/// through ``int(in:)`` and ``chance(_:)`` instead: the same seed gives the same scenario everywhere.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator; every seed, zero included, gives a sequence of period 2⁶⁴.
    public init(seed: UInt64) { self.state = seed }

    /// The next 64 random bits (Steele, Lea and Flood's SplitMix64 step and mix).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (modulo bias is negligible for the small ranges used here).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % width)
    }

    /// `true` with the given probability.
    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    /// A uniformly chosen element.
    public mutating func element<T>(of array: [T]) -> T { array[int(in: 0...(array.count - 1))] }
}

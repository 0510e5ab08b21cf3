/// A 64-bit FNV-1a hash, stable across machines and runs.
///
/// Unlike `Hasher`, which is seeded per process, the same octets always give the same value. Used for MIME
/// boundaries and `Message-ID`s, never for security.
struct StableHash {
    private static let prime: UInt64 = 0x0000_0100_0000_01B3
    /// The FNV-1a offset basis.
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325

    private(set) var value: UInt64

    /// A hash that starts from `seed` (the FNV offset basis unless told).
    init(seed: UInt64 = offsetBasis) { value = seed }

    /// Mixes in `bytes`.
    mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= Self.prime
        }
    }

    /// Mixes in a text and a separator octet, so that `("ab", "c")` and `("a", "bc")` differ.
    mutating func combine(field text: String) {
        combine(text.utf8)
        combine([0])
    }

    /// The value as 16 lower-case hexadecimal digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

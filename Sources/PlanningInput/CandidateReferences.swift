public import PlanningDomain

/// How answers and grid headings may name a candidate slot: by its id, or, for a generated slot, by its id
/// without the venue, the facilitator or both.
///
/// A generated slot's id is `<prefix>-<YYYYMMDD>-<HHMM>-<venue>-<facilitator>` (`f1-20270202-1830-paroisse-marc`).
/// Earlier versions of Entraide left the venue out when the window listed one venue, and the facilitator when
/// it listed one facilitator (`rev-20270610-1900`); answers and grids written with those ids are still read,
/// as long as the shorter id names one slot only.
public struct CandidateReferences: Sendable {
    /// What a reference names.
    public enum Resolution: Hashable, Sendable {
        /// This slot.
        case slot(CandidateSlot.ID)
        /// Several slots: an id without venue or facilitator that fits each of them (in candidate order).
        case ambiguous([CandidateSlot.ID])
        /// No slot.
        case unknown
    }

    private let ids: Set<CandidateSlot.ID>
    /// Generated slots by the start of their id (`f1-20270202-1830`), with their venue and facilitator.
    private let stems: [String: [(id: CandidateSlot.ID, venue: String, facilitator: String)]]

    /// The references to `candidates`.
    public init(_ candidates: [CandidateSlot]) {
        ids = Set(candidates.map(\.id))
        var stems: [String: [(id: CandidateSlot.ID, venue: String, facilitator: String)]] = [:]
        for slot in candidates {
            let suffix = "-\(slot.venue.rawValue)-\(slot.facilitator.rawValue)"
            let id = slot.id.rawValue
            guard id.hasSuffix(suffix) else { continue }
            let stem = String(id.dropLast(suffix.count))
            guard stem.hasSuffix("-" + Self.compact(slot.start)) else { continue }
            stems[stem, default: []].append((slot.id, slot.venue.rawValue, slot.facilitator.rawValue))
        }
        self.stems = stems
    }

    /// Whether `id` is a candidate's own id.
    public func contains(_ id: CandidateSlot.ID) -> Bool { ids.contains(id) }

    /// The slot `reference` names.
    public func resolve(_ reference: String) -> Resolution {
        if ids.contains(CandidateSlot.ID(reference)) { return .slot(CandidateSlot.ID(reference)) }
        guard !stems.isEmpty, reference.utf8.count <= 2 * IdentifierRule.maximumLength else { return .unknown }
        var found: [CandidateSlot.ID] = []
        for (stem, rest) in Self.splits(of: reference) {
            for entry in stems[stem] ?? []
            where rest.isEmpty || rest == entry.venue || rest == entry.facilitator
                || rest == "\(entry.venue)-\(entry.facilitator)"
            {
                found.append(entry.id)
            }
        }
        switch found.count {
        case 0: return .unknown
        case 1: return .slot(found[0])
        default: return .ambiguous(found)
        }
    }

    /// `f1-20270202-1830`: what every generated id of a slot starting then begins with, after its prefix.
    static func compact(_ start: LocalDateTime) -> String {
        "\(start.date.description.filter { $0 != "-" })-\(start.time.description.filter { $0 != ":" })"
    }

    /// Each way to cut `reference` after a `-YYYYMMDD-HHMM`: the part up to it and what follows its `-`.
    private static func splits(of reference: String) -> [(stem: String, rest: String)] {
        let bytes = Array(reference.utf8)
        let pattern = 14  // `-YYYYMMDD-HHMM`
        var splits: [(String, String)] = []
        var start = 1
        while start + pattern <= bytes.count {
            defer { start += 1 }
            let end = start + pattern
            guard bytes[start] == UInt8(ascii: "-"), bytes[start + 9] == UInt8(ascii: "-"),
                bytes[(start + 1)..<(start + 9)].allSatisfy(isDigit), bytes[(start + 10)..<end].allSatisfy(isDigit),
                end == bytes.count || bytes[end] == UInt8(ascii: "-")
            else { continue }
            let stem = String(decoding: bytes[..<end], as: UTF8.self)
            let rest = end == bytes.count ? "" : String(decoding: bytes[(end + 1)...], as: UTF8.self)
            splits.append((stem, rest))
        }
        return splits
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}

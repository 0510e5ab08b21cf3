public import Phrasebook

/// The closest known word to a misspelt one, for "did you mean …?" hints: one definition for every reader
/// (scenario, polls, grids, attendance sheets), so that hints read and rank the same everywhere.
///
/// Bounded by construction, whatever the input: a word longer than ``longestCompared`` characters gets no hint,
/// candidates whose length alone puts them out of reach are skipped without comparing, each comparison stops
/// as soon as it is out of reach (a band of the edit-distance table, never the whole table), and at most
/// ``mostCompared`` candidates are compared. A 10,000-character grid heading against 2,000 slot ids compares
/// nothing.
public enum Suggestion {
    /// The longest word that gets a hint, in characters; ids, keys and zone names are far shorter.
    public static let longestCompared = 128
    /// The most candidates compared for one hint.
    public static let mostCompared = 10_000

    /// What one search found, and the work it did.
    public struct Search: Hashable, Sendable {
        /// The nearest candidate, when one is near enough.
        public var word: String?
        /// How many candidates were compared (not skipped by their length).
        public var compared = 0
        /// How many cells of edit-distance tables were computed, in all.
        public var cells = 0
    }

    /// The known word nearest to `word` by edit distance, when it is near enough to be a plausible typo.
    ///
    /// Near enough means at most half the longer word's length (and at least 2) edits, and fewer edits than
    /// rewriting the word entirely. Among equally near words the one sharing the longest beginning, then
    /// the longest ending, wins (`fondation1` → `founding1`, not `information`); then the earliest of
    /// `candidates`, so hints are stable.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        search(for: word, among: candidates).word
    }

    /// ``closest(to:among:)`` with the work it did, to show that it stays bounded.
    public static func search(for word: String, among candidates: some Sequence<String>) -> Search {
        var result = Search()
        let a = Array(word.lowercased())
        guard a.count <= longestCompared else { return result }
        var best: (word: String, rank: [Int])?
        for candidate in candidates where candidate != word {
            guard result.compared < mostCompared else { break }
            let b = Array(candidate.lowercased())
            let longest = max(a.count, b.count)
            let limit = min(max(2, longest / 2), longest - 1)
            guard b.count <= longestCompared, abs(a.count - b.count) <= limit else { continue }
            result.compared += 1
            guard let distance = boundedDistance(a, b, limit: limit, cells: &result.cells) else { continue }
            let rank = [
                distance, -commonPrefixLength(a, b),
                -commonPrefixLength(a.reversed(), b.reversed()),
            ]
            if let current = best, !rank.lexicographicallyPrecedes(current.rank) { continue }
            best = (candidate, rank)
        }
        result.word = best?.word
        return result
    }

    private static func commonPrefixLength(_ lhs: some Sequence<Character>, _ rhs: some Sequence<Character>) -> Int {
        zip(lhs, rhs).prefix { $0 == $1 }.count
    }

    /// The optimal-string-alignment distance between two words, ignoring case.
    ///
    /// Insertions, deletions, substitutions and transpositions of adjacent characters each cost 1.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.lowercased())
        let b = Array(rhs.lowercased())
        var cells = 0
        return boundedDistance(a, b, limit: max(a.count, b.count), cells: &cells) ?? max(a.count, b.count)
    }

    /// The distance between two words ignoring case when it is at most `limit`, else `nil`; the work is at most
    /// about `(2 × limit + 1) × count` cells.
    public static func editDistance(_ lhs: String, _ rhs: String, atMost limit: Int) -> Int? {
        var cells = 0
        return boundedDistance(Array(lhs.lowercased()), Array(rhs.lowercased()), limit: limit, cells: &cells)
    }

    /// The optimal-string-alignment distance when at most `limit`, computed in the band `|i - j| ≤ limit` and
    /// given up as soon as a whole row is beyond `limit`.
    static func boundedDistance(_ a: [Character], _ b: [Character], limit: Int, cells: inout Int) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let beyond = limit + 1
        var previousPrevious = [Int](repeating: beyond, count: b.count + 1)
        var previous = [Int](repeating: beyond, count: b.count + 1)
        for j in 0...min(b.count, limit) { previous[j] = j }
        var current = [Int](repeating: beyond, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[0] = i <= limit ? i : beyond
            current[low - 1] = low == 1 ? current[0] : beyond
            var rowMinimum = current[low - 1]
            if low <= high {
                for j in low...high {
                    cells += 1
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previousPrevious[j - 2] + 1)
                    }
                    current[j] = min(value, beyond)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if high < b.count { current[high + 1] = beyond }
            if rowMinimum > limit { return nil }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// `; did you mean 'x'?` or nothing.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The end of a sentence: `; did you mean 'x'?` with the nearest word, else `.`.
    public static func hintOrPeriod(for word: String, among candidates: some Sequence<String>) -> Phrase {
        .hintOrPeriod(closest(to: word, among: candidates))
    }
}

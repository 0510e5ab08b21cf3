/// The closest known word to a misspelt one, for "did you mean …?" hints: one definition for every reader
/// (scenario, polls, grids, attendance sheets), so that hints read and rank the same everywhere.
public enum Suggestion {
    /// The known word nearest to `word` by edit distance, when it is near enough to be a plausible typo.
    ///
    /// Near enough means at most half the longer word's length (and at least 2) edits, and fewer edits than
    /// rewriting the word entirely. Among equally near words the one sharing the longest beginning, then
    /// the longest ending, wins (`fondation1` → `founding1`, not `information`); then the earliest of
    /// `candidates`, so hints are stable.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        var best: (word: String, rank: [Int])?
        for candidate in candidates where candidate != word {
            let distance = editDistance(word, candidate)
            let longest = max(word.count, candidate.count)
            guard distance <= max(2, longest / 2), distance < longest else { continue }
            let rank = [
                distance, -commonPrefixLength(word, candidate),
                -commonPrefixLength(String(word.reversed()), String(candidate.reversed())),
            ]
            if let current = best, !rank.lexicographicallyPrecedes(current.rank) { continue }
            best = (candidate, rank)
        }
        return best?.word
    }

    private static func commonPrefixLength(_ lhs: String, _ rhs: String) -> Int {
        zip(lhs.lowercased(), rhs.lowercased()).prefix { $0 == $1 }.count
    }

    /// The optimal-string-alignment distance between two words, ignoring case.
    ///
    /// Insertions, deletions, substitutions and transpositions of adjacent characters each cost 1.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.lowercased())
        let b = Array(rhs.lowercased())
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    /// `; did you mean 'x'?` or nothing.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}

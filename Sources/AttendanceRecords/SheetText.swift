import AvailabilityImport

/// Text helpers for reading sheets: near misses for "did you mean" hints, what may be quoted, masking a cell.
enum SheetText {
    /// The word of `candidates` nearest to `word`, when near enough to be a typo.
    ///
    /// Near enough means at most half the longer word's length (and at least 2) edits, ignoring case, and fewer
    /// than rewriting it. Among equally near words the one sharing the longest beginning, then the longest ending,
    /// wins (`fondation1` → `founding1`, not `information`); then the earliest.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        var best: (word: String, rank: [Int])?
        for candidate in candidates where candidate != word {
            let distance = editDistance(word, candidate)
            let longest = max(word.count, candidate.count)
            guard distance <= max(2, longest / 2), distance < longest else { continue }
            let rank = [
                distance, -sharedPrefix(word, candidate),
                -sharedPrefix(String(word.reversed()), String(candidate.reversed())),
            ]
            if let current = best, !rank.lexicographicallyPrecedes(current.rank) { continue }
            best = (candidate, rank)
        }
        return best?.word
    }

    private static func sharedPrefix(_ lhs: String, _ rhs: String) -> Int {
        zip(lhs.lowercased(), rhs.lowercased()).prefix { $0 == $1 }.count
    }

    /// `; did you mean 'x'?` for the nearest candidate, or nothing.
    static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The optimal-string-alignment distance, ignoring case.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.lowercased())
        let b = Array(rhs.lowercased())
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// Whether an unknown value of the id column may be quoted in a message: it has the shape of an id (letters,
    /// digits, `-`, `_`, `.`) and a digit, as the ids people are given do (`p01`); a value without one may be a
    /// name written in the wrong column, and is neither quoted nor shown.
    static func isQuotable(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.contains { ("0"..."9").contains($0) }
            && value.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "-_.".unicodeScalars
                        .contains($0)
            }
    }

    /// `line` with the cell `field` (which starts on it) replaced by `*`, so columns stay put.
    static func masking(_ field: CSVField, in line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        let start = field.column - 1
        guard start >= 0, start < scalars.count else { return line }
        var end = scalars.count
        if field.isQuoted {
            var index = start + 1
            while index < scalars.count {
                if scalars[index] == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        index += 2
                        continue
                    }
                    end = index + 1
                    break
                }
                index += 1
            }
        } else {
            end = min(scalars.count, start + field.text.unicodeScalars.count)
        }
        var masked = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() { masked.append(start <= index && index < end ? "*" : scalar) }
        return String(masked)
    }
}

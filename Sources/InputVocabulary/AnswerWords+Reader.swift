extension AnswerWords {
    /// Reads the cells of a file, each distinct text once (a poll repeats a few words thousands of times), and
    /// counts them to tell the language the file is written in.
    public struct Reader: Sendable {
        /// The vocabulary read with.
        public let vocabulary: AnswerWords
        /// Each distinct text read, what it says and how often it came.
        private var seen: [(text: String, reading: Reading, count: Int)] = []
        /// Where each text is in `seen`, once there are too many to look through.
        private var positions: [String: Int] = [:]

        /// A reader with `vocabulary`.
        public init(_ vocabulary: AnswerWords = .all) { self.vocabulary = vocabulary }

        /// What `text` says.
        public mutating func reading(_ text: String) -> Reading {
            if let position = position(of: text) {
                seen[position].count += 1
                return seen[position].reading
            }
            let reading = vocabulary.reading(text)
            seen.append((text, reading, 1))
            if seen.count > 8 {
                if positions.isEmpty {
                    for (position, entry) in seen.enumerated() { positions[entry.text] = position }
                }
                positions[text] = seen.count - 1
            }
            return reading
        }

        /// The language most of the cells read are written in, `nil` when no cell is a known word.
        ///
        /// On a tie the earlier language wins, so `No` alone is read as Italian, not English.
        public func language() -> Words? {
            var counts = [Int](repeating: 0, count: vocabulary.languages.count)
            for entry in seen {
                for index in vocabulary.languages(of: entry.text) { counts[index] += entry.count }
            }
            guard let best = counts.indices.max(by: { (counts[$0], $1) < (counts[$1], $0) }), counts[best] > 0
            else { return nil }
            return vocabulary.languages[best]
        }

        private func position(of text: String) -> Int? {
            guard positions.isEmpty else { return positions[text] }
            return seen.firstIndex { $0.text == text }
        }
    }
}

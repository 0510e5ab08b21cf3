/// A key written again in the same map, set aside so that the rest of the file can still be read.
struct RepeatedKey: Hashable {
    /// The key as written (`title`).
    var key: String
    /// Where the repetition is written.
    var line: Int
    var column: Int
    /// The line of the key's first occurrence in that map.
    var firstLine: Int
}

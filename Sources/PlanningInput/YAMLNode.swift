/// A node of a YAML file as the readers walk it: a single value, a list or a map.
///
/// Each knows where it is written. Built by ``YAMLComposer`` from libYAML's events.
///
/// Every value is the text written (`yes`, `18:30`, `0012` stay text): no YAML 1.1 typing ever happens.
/// Aliases are replaced by the node their anchor names.
enum YAMLNode {
    case scalar(Scalar)
    case sequence([YAMLNode], Mark)
    case mapping(Mapping)

    /// Where a node is written: line and column from 1, the column in Unicode scalars (as libYAML counts).
    struct Mark: Hashable {
        var line: Int
        var column: Int
    }

    /// A single value.
    struct Scalar {
        /// How the value is written.
        enum Style: Hashable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        /// The text, as YAML reads it (quotes removed, escapes applied, folded lines joined).
        var string: String
        var style: Style
        var mark: Mark
    }

    /// A map: its entries in file order, a key repeated included (the reader sets repetitions aside).
    struct Mapping: Sequence, ExpressibleByDictionaryLiteral {
        var pairs: [(key: YAMLNode, value: YAMLNode)]
        var mark: Mark

        init(pairs: [(key: YAMLNode, value: YAMLNode)], mark: Mark) {
            self.pairs = pairs
            self.mark = mark
        }

        /// An empty map, for `node.mapping ?? [:]`.
        init(dictionaryLiteral elements: (YAMLNode, YAMLNode)...) {
            self.init(pairs: elements.map { (key: $0.0, value: $0.1) }, mark: Mark(line: 1, column: 1))
        }

        /// The keys, in file order.
        var keys: [YAMLNode] { pairs.map(\.key) }

        /// The value of the first entry whose key is the single value `key`.
        subscript(key: String) -> YAMLNode? {
            pairs.first { $0.key.scalar?.string == key }?.value
        }

        func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> { pairs.makeIterator() }
    }

    /// The single value, or `nil` for a list or a map.
    var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// The entries of a list, or `nil`.
    var sequence: [YAMLNode]? {
        if case .sequence(let entries, _) = self { return entries }
        return nil
    }

    /// The map, or `nil`.
    var mapping: Mapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    /// Where the node is written (for a list or a map, where it starts).
    var mark: Mark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark): mark
        case .mapping(let mapping): mapping.mark
        }
    }
}

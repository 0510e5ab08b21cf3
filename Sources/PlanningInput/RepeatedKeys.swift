internal import Yams

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

/// Composes a text whose maps may repeat keys.
///
/// Yams stops at the first repeated key of a map and says only where the key is first written. To read the
/// rest of the file all the same, that first occurrence is renamed in a copy of the text to a key of
/// private-use characters of the same length (so lines and columns stay put) and the copy is composed again,
/// until it composes. In the tree of that copy every renamed key sits in its map beside the remaining
/// occurrences, which gives the exact place of each repetition, even in a flow map over several lines. The
/// original text is then composed once more with only the repetitions renamed: the first occurrence is read,
/// the repetitions are reported and set aside by the parser.
enum RepeatedKeys {
    /// What composing yields: the tree and the repetitions, or the errors to report (Yams' errors, located in
    /// the original text).
    enum Outcome {
        case tree(Node?, repeated: [RepeatedKey])
        case failure([any Error])
    }

    /// At most this many repeated keys are looked for; past them only the first repetition is reported.
    static let limit = 100

    static func compose(_ yaml: String) -> Outcome {
        var text = yaml
        var renamed: [Position: String] = [:]
        var repetitions: [any Error] = []
        let firstTree: Node?
        while true {
            do {
                firstTree = try Yams.compose(yaml: text, Resolver.basic)
                break
            } catch {
                guard case .duplicatedKeysInMapping(let keys, let context) = error as? YamlError,
                    renamed.count < limit, let key = keys.first,
                    let copy = rename(key, at: Position(context.mark), in: text, number: renamed.count)
                else {
                    // Without a tree the repetitions can only be guessed from the text (see `SyntaxError`).
                    return .failure(repetitions + [error])
                }
                repetitions.append(error)
                renamed[Position(context.mark)] = key
                text = copy
            }
        }
        guard !renamed.isEmpty, let firstTree else { return .tree(firstTree, repeated: []) }

        var repeated: [RepeatedKey] = []
        var renamedAgain = yaml
        for (key, positions) in occurrences(in: firstTree, renamed: renamed) {
            for position in positions.dropFirst() {
                guard let copy = rename(key, at: position, in: renamedAgain, number: repeated.count) else {
                    return .failure(repetitions)
                }
                renamedAgain = copy
                repeated.append(
                    RepeatedKey(key: key, line: position.line, column: position.column, firstLine: positions[0].line)
                )
            }
        }
        do {
            return .tree(try Yams.compose(yaml: renamedAgain, Resolver.basic), repeated: repeated)
        } catch {
            return .failure(repetitions)
        }
    }

    /// A key's place, as libYAML marks it: where it starts, its opening quote if quoted.
    struct Position: Hashable, Comparable {
        var line: Int
        var column: Int

        init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        init(_ mark: Mark) { self.init(line: mark.line, column: mark.column) }

        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
    }

    /// For each map holding a renamed key, each renamed key and the places of all its occurrences in that map,
    /// in file order.
    private static func occurrences(in root: Node, renamed: [Position: String]) -> [(String, [Position])] {
        var found: [(String, [Position])] = []
        var pending = [root]
        while let node = pending.popLast() {
            switch node {
            case .mapping(let mapping):
                var places: [String: [Position]] = [:]
                for (key, value) in mapping {
                    pending.append(value)
                    guard let mark = key.mark else { continue }
                    let position = Position(mark)
                    if let original = renamed[position] {
                        places[original, default: []].append(position)
                    } else if let name = key.scalar?.string, renamed.values.contains(name) {
                        places[name, default: []].append(position)
                    }
                }
                for (key, positions) in places where renamed.values.contains(key) {
                    // Only maps where the key was renamed: elsewhere its single use is no repetition.
                    guard positions.contains(where: { renamed[$0] == key }) else { continue }
                    found.append((key, positions.sorted()))
                }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return found.sorted { ($0.1[0], $0.0) < ($1.1[0], $1.0) }
    }

    /// `text` with the key written at `position` replaced by the `number`-th private-use character, as many
    /// times as the key has Unicode scalars; `nil` when the key is not written there as itself (plain or
    /// between quotes, without escapes).
    private static func rename(_ key: String, at position: Position, in text: String, number: Int) -> String? {
        let source = SourceText(text)
        guard let line = source.line(position.line), let placeholder = Unicode.Scalar(0xE000 + number) else {
            return nil
        }
        let scalars = Array(line.unicodeScalars)
        let keyScalars = Array(key.unicodeScalars)
        guard position.column >= 1, position.column <= scalars.count, !keyScalars.isEmpty else { return nil }
        var start = position.column - 1
        let quote = scalars[start]
        if quote == "\"" || quote == "'" { start += 1 }
        let end = start + keyScalars.count
        guard end <= scalars.count, Array(scalars[start..<end]) == keyScalars else { return nil }
        if quote == "\"" || quote == "'" {
            guard end < scalars.count, scalars[end] == quote else { return nil }
        }
        return source.replacing(line: position.line, column: start + 1, count: keyScalars.count, with: placeholder)
    }
}

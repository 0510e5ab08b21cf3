internal import CYaml

/// Builds the tree of a YAML text from libYAML's events: the one place that talks to libYAML (through Yams'
/// `CYaml`).
///
/// Why not `Yams.compose`: on a scenario of 600 candidates and 60 people answering each (600 KB), Yams'
/// composer took 70 ms of CPU, most of it creating a `Tag` object per value and hashing every key of every
/// map (through its tag resolver) to find repeated keys; this composer does the same in a fraction (see
/// `scripts/bench-read`). Keys repeated in a map are found by their text, with the place of each repetition,
/// in the same pass: the rest of the file is still read (the reader reports and sets them aside).
enum YAMLComposer {
    /// What composing yields.
    enum Outcome {
        /// The tree (`nil` for a text without a document) and the keys repeated in a map.
        case tree(YAMLNode?, repeated: [RepeatedKey])
        /// libYAML found the text ill-formed; the keys repeated before the problem are reported with it.
        case failure(YAMLProblem, repeated: [RepeatedKey])
    }

    /// One list or map being read, changed in place at the top of the stack (never copied: a map of 600
    /// answers is read in linear time).
    private struct Frame {
        let isMapping: Bool
        let mark: YAMLNode.Mark
        let anchor: String?
        var entries: [YAMLNode] = []
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        /// A map's key waiting for its value.
        var pendingKey: YAMLNode?

        /// The node read.
        var node: YAMLNode {
            isMapping ? .mapping(YAMLNode.Mapping(pairs: pairs, mark: mark)) : .sequence(entries, mark)
        }
    }

    static func compose(_ text: String) -> Outcome {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { buffer in compose(buffer, text: text) }
            ?? .failure(
                YAMLProblem(kind: .reader, problem: "the text cannot be read", line: 1, column: 1),
                repeated: []
            )
    }

    private static func compose(_ buffer: UnsafeBufferPointer<UInt8>, text: String) -> Outcome {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(YAMLProblem(kind: .reader, problem: "out of memory", line: 1, column: 1), repeated: [])
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)

        var stack: [Frame] = []
        var anchors: [String: YAMLNode] = [:]
        var repeated: [RepeatedKey] = []
        var root: YAMLNode?
        var documents = 0

        func add(_ node: YAMLNode, anchor: String?) {
            if let anchor { anchors[anchor] = node }
            let top = stack.count - 1
            guard top >= 0 else {
                root = node
                return
            }
            guard stack[top].isMapping else {
                stack[top].entries.append(node)
                return
            }
            if let key = stack[top].pendingKey {
                stack[top].pairs.append((key, node))
                stack[top].pendingKey = nil
                return
            }
            stack[top].pendingKey = node
        }

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                // The maps still open hold keys written twice before the problem too.
                let open = stack.filter(\.isMapping).flatMap { repetitions(in: $0.pairs) }
                let all = (repeated + open).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
                return .failure(problem(of: parser, in: text), repeated: all)
            }
            defer { yaml_event_delete(&event) }
            let mark = YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .tree(root, repeated: repeated.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return .failure(
                        YAMLProblem(
                            kind: .secondDocument,
                            problem: "but found another document",
                            line: mark.line,
                            column: mark.column
                        ),
                        repeated: repeated
                    )
                }
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                guard let node = anchors[name] else {
                    return .failure(
                        YAMLProblem(
                            kind: .composer,
                            problem: "found undefined alias",
                            line: mark.line,
                            column: mark.column
                        ),
                        repeated: repeated
                    )
                }
                add(node, anchor: nil)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = String(
                    decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length),
                    as: UTF8.self
                )
                add(
                    .scalar(YAMLNode.Scalar(string: value, style: style(of: scalar.style), mark: mark)),
                    anchor: scalar.anchor.map { String(cString: $0) }
                )
            case YAML_SEQUENCE_START_EVENT:
                let anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
                stack.append(Frame(isMapping: false, mark: mark, anchor: anchor))
            case YAML_MAPPING_START_EVENT:
                let anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
                stack.append(Frame(isMapping: true, mark: mark, anchor: anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                if frame.isMapping { repeated += repetitions(in: frame.pairs) }
                add(frame.node, anchor: frame.anchor)
            default:
                break
            }
        }
    }

    /// The keys of a map written again, each with the line of its first occurrence: compared two by two in a
    /// small map, through one set sized once in a large one (a map of 600 answers).
    private static func repetitions(in pairs: [(key: YAMLNode, value: YAMLNode)]) -> [RepeatedKey] {
        var found: [RepeatedKey] = []
        func report(_ key: YAMLNode.Scalar, firstLine: Int) {
            found.append(
                RepeatedKey(key: key.string, line: key.mark.line, column: key.mark.column, firstLine: firstLine)
            )
        }
        let keys = pairs.compactMap(\.key.scalar)
        if keys.count <= 16 {
            for (index, key) in keys.enumerated() {
                if let first = keys[..<index].first(where: { $0.string == key.string }) {
                    report(key, firstLine: first.mark.line)
                }
            }
            return found
        }
        var seen = Set<String>(minimumCapacity: keys.count)
        for key in keys where !seen.insert(key.string).inserted {
            // Rare: find the first occurrence again.
            if let first = keys.first(where: { $0.string == key.string }) { report(key, firstLine: first.mark.line) }
        }
        return found
    }

    private static func style(of style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// What libYAML says is wrong, located as people count: lines and columns from 1.
    private static func problem(of parser: yaml_parser_t, in text: String) -> YAMLProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? "the text is not valid YAML"
        let context = parser.context.map { String(cString: $0) }
        switch parser.error {
        case YAML_READER_ERROR:
            let index = text.utf8.index(
                text.utf8.startIndex,
                offsetBy: parser.problem_offset,
                limitedBy: text.utf8.endIndex
            )
            let (line, column) = index.map { position(of: $0, in: text) } ?? (1, 1)
            return YAMLProblem(kind: .reader, problem: problem, line: line, column: column)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            return YAMLProblem(
                kind: .syntax,
                problem: problem,
                line: Int(parser.problem_mark.line) + 1,
                column: Int(parser.problem_mark.column) + 1,
                context: context,
                contextLine: Int(parser.context_mark.line) + 1
            )
        default:
            return YAMLProblem(kind: .reader, problem: problem, line: 1, column: 1)
        }
    }

    /// The line and column (in scalars, from 1) of a position in `text`.
    private static func position(of index: String.Index, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text[..<index] {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}

/// What libYAML found wrong in a text, before it is a scenario error.
struct YAMLProblem: Hashable {
    enum Kind: Hashable {
        /// Bytes that are not text (the reader).
        case reader
        /// The scanner or the parser: ill-formed YAML.
        case syntax
        /// An alias without its anchor.
        case composer
        /// A second document in the file.
        case secondDocument
    }

    var kind: Kind
    /// libYAML's words (`mapping values are not allowed in this context`).
    var problem: String
    var line: Int
    var column: Int
    /// What libYAML was reading (`while parsing a block mapping`) and the line it started on.
    var context: String?
    var contextLine = 0
}

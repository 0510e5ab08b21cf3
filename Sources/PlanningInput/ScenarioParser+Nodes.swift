import InputVocabulary
import Phrasebook

/// What a map describes, the way messages name it: `venue 'salle-b'`, `the organisation`.
struct Subject {
    /// `nil` for the top level of the file.
    let phrase: Phrase?
    /// The file as the subject of a sentence, for its top level: `the scenario`, `the centre`.
    var document = Noun.scenario

    init(phrase: Phrase?, document: Phrase = Noun.scenario) {
        self.phrase = phrase
        self.document = document
    }

    /// A subject whose name is already written (in English): it reads the same in every language.
    init(phrase: String) { self.init(phrase: .verbatim(phrase)) }

    /// A subject whose name is already written (in English): it reads the same in every language.

    static let scenario = Subject(phrase: nil)
    static let centre = Subject(phrase: nil, document: Noun.centre)

    /// How a key of this map is named in a message: `'capacity' of venue 'salle-b'`.
    func field(_ key: String) -> Phrase { Noun.field(key, of: phrase) }

    /// The map as the subject of a sentence: `venue 'salle-b'`, `the scenario`.
    var name: Phrase { phrase ?? document }
}

/// The entries of a YAML map whose keys have been checked.
struct Fields {
    let subject: Subject
    let node: YAMLNode
    let entries: [String: (key: YAMLNode, value: YAMLNode)]

    /// The value of a key; `nil` when the key is absent or has no value (`~`, `null` or nothing).
    subscript(key: String) -> YAMLNode? {
        guard let value = entries[key]?.value, !value.isNull else { return nil }
        return value
    }

    /// The key node itself, to point at it.
    func keyNode(_ key: String) -> YAMLNode? { entries[key]?.key }

    /// Whether the key is written, with or without a value.
    func contains(_ key: String) -> Bool { entries[key] != nil }
}

extension String {
    /// The text without leading and trailing white space.
    ///
    /// Most values have none: they are returned as they are, without walking their characters.
    var trimmed: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        // Any byte that may be or start white space sends the text the long way.
        let isSpace = { (byte: UInt8) in byte <= 0x20 || byte >= 0x80 }
        guard isSpace(first) || isSpace(last) else { return self }
        return WrittenText.trimmed(self)
    }
}

extension YAMLNode {
    /// Whether this is a plain scalar that YAML reads as null: nothing, `~` or `null`.
    var isNull: Bool {
        guard let scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// `a map`, `a list`, `a single value`: how a message names what was found.
    var shapeName: Phrase {
        switch self {
        case .mapping: Noun.map
        case .sequence: Noun.list
        case .scalar: Noun.singleValue
        }
    }
}

extension ScenarioParser {
    // MARK: - Maps and lists

    /// The entries of a map, after reporting what is wrong with its shape.
    ///
    /// Reports a node that is not a map, unknown keys (with the nearest known key) and missing required keys.
    /// `what` names the node when it is not a map (`'organiser' of the organisation`).
    mutating func fields(
        of node: YAMLNode,
        subject: Subject,
        what: Phrase,
        required: [String],
        optional: [String] = [],
        describeUnknown: ((String) -> Phrase)? = nil
    ) -> Fields? {
        guard let mapping = node.mapping else {
            report(.wrongType, at: node, Noun.wrongType(what, expected: Noun.map, found: node.shapeName))
            return nil
        }
        let known = required + optional
        var entries: [String: (key: YAMLNode, value: YAMLNode)] = [:]
        var suggested: Set<String> = []
        let written = Set(mapping.keys.compactMap { $0.scalar?.string })
        for (key, value) in mapping where !isSetAside(key) {
            guard let name = key.scalar?.string else {
                report(
                    .wrongType,
                    at: key,
                    Phrase("scenario.keyNotSingle", ["subject": subject.name, "found": key.shapeName])
                )
                continue
            }
            if known.contains(name) {
                entries[name] = (key, value)
            } else if let describeUnknown {
                report(.unknownKey, at: key, value: name, describeUnknown(name))
            } else {
                let hint =
                    Suggestion.closest(to: name, among: known.filter { !written.contains($0) })
                    ?? Suggestion.closest(to: name, among: known)
                if let hint { suggested.insert(hint) }
                let message = Phrase(
                    "scenario.unknownKey",
                    [
                        "key": .verbatim(name), "subject": subject.name,
                        "hint": hint.map(Noun.didYouMean) ?? Noun.expectedOneOf(known),
                    ]
                )
                report(.unknownKey, at: key, value: name, message)
            }
        }
        for name in required {
            if let entry = entries[name] {
                if entry.value.isNull || entry.value.scalar?.string.allSatisfy(\.isWhitespace) == true {
                    report(.missingKey, at: entry.key, value: name, Noun.hasNoValue(subject.field(name)))
                }
            } else if !suggested.contains(name) {  // `adress` already says "did you mean 'address'?"
                report(.missingKey, at: node, value: name, Noun.missingKey(name, in: subject.name))
            }
        }
        return Fields(subject: subject, node: node, entries: entries)
    }

    /// The entries of a list, or `nil` after reporting a non-list.
    mutating func list(_ node: YAMLNode, what: Phrase) -> [YAMLNode]? {
        guard let sequence = node.sequence else {
            report(.wrongType, at: node, Noun.wrongType(what, expected: Noun.list, found: node.shapeName))
            return nil
        }
        return Array(sequence)
    }

    /// The raw text of a single value, or `nil` after reporting a map or a list.
    ///
    /// The text is what was written: `yes`, `no`, `on` and `18:30` stay strings (YAML 1.1 would make
    /// Booleans and 1110 of them).
    mutating func scalar(
        _ node: YAMLNode,
        what: @autoclosure () -> Phrase,
        expected: Phrase = Noun.singleValue
    ) -> String? {
        // `what` is only made for a message: tens of thousands of answers never need it.
        guard let scalar = node.scalar else {
            report(.wrongType, at: node, Noun.wrongType(what(), expected: expected, found: node.shapeName))
            return nil
        }
        return scalar.string
    }

    /// The text of a key, trimmed; `nil` when absent or after reporting a map or a list.
    mutating func text(_ key: String, in fields: Fields) -> String? {
        guard let node = fields[key] else { return nil }
        return scalar(node, what: fields.subject.field(key), expected: Noun.text)
            .map(\.trimmed)
    }

    /// The id of a list entry if it has a readable one, for naming the entry in messages.
    func peekID(_ node: YAMLNode) -> String? {
        guard let value = node.mapping?["id"]?.scalar?.string, !value.isEmpty else { return nil }
        return value
    }
}

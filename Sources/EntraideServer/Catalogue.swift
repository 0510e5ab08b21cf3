import Foundation
public import PlanningDomain

/// The words of the web pages in one language, from `Resources/Web/Strings/<language>.json` (French, German,
/// Italian, English; French first, and the fallback of any key a catalogue lacks).
public struct Catalogue: Sendable {
    /// The language of the words.
    public let language: Language
    /// Every text, by key (`signIn.heading`).
    let strings: [String: String]
    /// The same, nested by the dots of their keys, for the templates (`{{t.signIn.heading}}`).
    let nested: [String: any Sendable]

    /// The languages with a catalogue, French first.
    public static let languages: [Language] = [.french, .german, .italian, .english]

    /// The catalogue of `language`, or French when there is none for it.
    public static func of(_ language: Language) -> Catalogue {
        all[language] ?? all[.french] ?? Catalogue(language: .french, strings: [:])
    }

    /// The text of `key` with each `{name}` replaced; the key itself when no catalogue has it.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = strings[key] ?? key
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// The best language of an `Accept-Language` header among those with a catalogue; French otherwise.
    public static func language(accepting header: String?) -> Language {
        guard let header else { return .french }
        let ranked = header.split(separator: ",").enumerated().compactMap { index, part -> (Double, Int, Language)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, !tag.isEmpty else { return nil }
            let code = String(tag.prefix { $0 != "-" && $0 != "_" }).lowercased()
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let language = Language(code)
            guard languages.contains(language), quality > 0 else { return nil }
            return (quality, index, language)
        }
        return ranked.sorted { ($0.0, -$0.1) > ($1.0, -$1.1) }.first?.2 ?? .french
    }

    // MARK: - Loading

    init(language: Language, strings: [String: String]) {
        self.language = language
        self.strings = strings
        self.nested = Self.nest(strings)
    }

    /// Every catalogue, read once per process; a key missing from one is taken from French.
    private static let all: [Language: Catalogue] = {
        let french = read(.french)
        return Dictionary(
            uniqueKeysWithValues: languages.map { language in
                let own = language == .french ? french : read(language)
                return (language, Catalogue(language: language, strings: french.merging(own) { _, mine in mine }))
            }
        )
    }()

    /// The keys of one catalogue file, as written (for the test that every catalogue has every key).
    static func keys(of language: Language) -> Set<String> { Set(read(language).keys) }

    private static func read(_ language: Language) -> [String: String] {
        guard let url = WebResources.url("Strings/\(language.code).json"),
            let data = try? Data(contentsOf: url),
            let strings = try? JSONDecoder().decode([String: String].self, from: data)
        else { return [:] }
        return strings
    }

    /// `{"a.b": "x"}` as `{"a": {"b": "x"}}`; a key that is also a prefix keeps its text under `"_"`.
    private static func nest(_ strings: [String: String]) -> [String: any Sendable] {
        var root: [String: any Sendable] = [:]
        for (key, value) in strings {
            insert(value, at: key.split(separator: ".").map(String.init), into: &root)
        }
        return root
    }

    private static func insert(_ value: String, at path: [String], into node: inout [String: any Sendable]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            if var child = node[first] as? [String: any Sendable] {
                child["_"] = value
                node[first] = child
            } else {
                node[first] = value
            }
            return
        }
        var child: [String: any Sendable]
        if let existing = node[first] as? [String: any Sendable] {
            child = existing
        } else if let text = node[first] as? String {
            child = ["_": text]
        } else {
            child = [:]
        }
        insert(value, at: Array(path.dropFirst()), into: &child)
        node[first] = child
    }
}

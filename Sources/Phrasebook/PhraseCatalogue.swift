public import Foundation
public import PlanningDomain

/// The wording catalogues of what Entraide says to staff (errors, report lines, help), one folder per
/// language in `Resources/Messages` (`fr/scenario.json`, `de/scenario.json`, …), each a flat JSON map from a
/// key to a template.
///
/// A template names its parts in braces: `{value}`. A part may ask for a form of a nested sentence:
/// `{subject:of}` words the subject with the template `key.of` when the catalogue has one (« de la salle »
/// rather than « la salle »), else as usual. A sentence whose `count` part is `1` uses the template `key.one`
/// when there is one. Braces that name no part are kept as written, so YAML examples may appear in help texts.
public struct PhraseCatalogue: Sendable {
    /// The languages with a catalogue, French first.
    public static let languages: [Language] = [.french, .german, .italian, .english]

    /// The catalogues of the bundle, read once per process.
    public static let shared = PhraseCatalogue(folder: Bundle.module.url(forResource: "Messages", withExtension: nil))

    /// Templates by language code, then key.
    public let templates: [String: [String: String]]

    /// The catalogues found under `folder` (one sub-folder per language code); none when `folder` is `nil`.
    public init(folder: URL?) {
        var templates: [String: [String: String]] = [:]
        for language in Self.languages {
            guard let folder else { break }
            templates[language.code] = Self.read(folder.appendingPathComponent(language.code))
        }
        self.templates = templates
    }

    /// Catalogues given as they are (for tests).
    public init(templates: [String: [String: String]]) { self.templates = templates }

    /// The template of `key` in `language`, else in English.
    public func template(_ key: String, in language: Language) -> String? {
        templates[language.code]?[key] ?? templates[Language.english.code]?[key]
    }

    /// `phrase` worded in `language`.
    public func text(of phrase: Phrase, in language: Language) -> String {
        switch phrase {
        case .verbatim(let text):
            return text
        case .joined(let parts, let separator):
            return parts.map { text(of: $0, in: language) }.joined(separator: separator)
        case .capitalized(let inner):
            let text = text(of: inner, in: language)
            return text.prefix(1).uppercased() + text.dropFirst()
        case .sentence(let key, let arguments):
            return fill(template(for: key, arguments, in: language) ?? key, arguments, in: language)
        }
    }

    /// The names between braces in a template, in order, with their forms (`subject:of`).
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            if isPlaceholder(name) { names.append(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    // MARK: - Private

    /// Whether the text between braces names a part: letters, digits and `_`, with an optional `:form`.
    private static func isPlaceholder(_ name: Substring) -> Bool {
        !name.isEmpty && name.first != ":"
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ":" || $0 == "_") }
    }

    private func template(for key: String, _ arguments: [String: Phrase], in language: Language) -> String? {
        if arguments["count"] == .verbatim("1"), let one = template("\(key).one", in: language) { return one }
        return template(key, in: language)
    }

    private func fill(_ template: String, _ arguments: [String: Phrase], in language: Language) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = rest[rest.index(after: open)..<close]
            let parts = name.split(separator: ":", maxSplits: 1)
            if Self.isPlaceholder(name), let first = parts.first, let argument = arguments[String(first)] {
                result += word(argument, form: parts.count == 2 ? String(parts[1]) : nil, in: language)
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private func word(_ argument: Phrase, form: String?, in language: Language) -> String {
        if let form, case .sentence(let key, let arguments) = argument,
            let formTemplate = template(for: "\(key).\(form)", arguments, in: language)
        {
            return fill(formTemplate, arguments, in: language)
        }
        return text(of: argument, in: language)
    }

    private static func read(_ folder: URL) -> [String: String] {
        let files =
            (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil))?
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent } ?? []
        var templates: [String: String] = [:]
        for file in files {
            guard let data = try? Data(contentsOf: file),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: String]
            else { preconditionFailure("the catalogue \(file.path) is not a JSON map of strings") }
            templates.merge(object) { first, _ in first }
        }
        return templates
    }
}

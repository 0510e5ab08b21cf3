internal import Foundation

/// A phrase kept as text where it must outlive the run that said it (a delivery's failure in the outbox), to be
/// worded later in the language of whoever reads it.
///
/// The text is a small JSON value: a string for verbatim text, `{"key": …, "parts": {…}}` for a sentence,
/// `{"joined": […], "separator": …}` and `{"capitalized": …}`. Text that is not such a value (written before
/// phrases were kept, or by hand) reads back as verbatim text, so nothing stored is ever lost.
extension Phrase {
    /// The phrase as stored text.
    public var stored: String {
        // Verbatim text is kept as it is (and JSONSerialization takes only an object at the top).
        if case .verbatim(let text) = self { return text }
        let value = jsonValue
        guard JSONSerialization.isValidJSONObject(value),
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
        else { return english }
        return String(decoding: data, as: UTF8.self)
    }

    /// The phrase kept as `stored`; verbatim `stored` when it is not a stored phrase.
    public init(stored: String) {
        guard stored.hasPrefix("{"),
            let object = try? JSONSerialization.jsonObject(with: Data(stored.utf8)),
            let phrase = Phrase(jsonValue: object)
        else {
            self = .verbatim(stored)
            return
        }
        self = phrase
    }

    // MARK: - Private

    private var jsonValue: Any {
        switch self {
        case .verbatim(let text): text
        case .sentence(let key, let parts): ["key": key, "parts": parts.mapValues(\.jsonValue)] as [String: Any]
        case .joined(let phrases, let separator):
            ["joined": phrases.map(\.jsonValue), "separator": separator] as [String: Any]
        case .capitalized(let inner): ["capitalized": inner.jsonValue]
        }
    }

    private init?(jsonValue: Any) {
        if let text = jsonValue as? String {
            self = .verbatim(text)
            return
        }
        guard let object = jsonValue as? [String: Any] else { return nil }
        if let key = object["key"] as? String, let parts = object["parts"] as? [String: Any] {
            var phrases: [String: Phrase] = [:]
            for (name, value) in parts {
                guard let phrase = Phrase(jsonValue: value) else { return nil }
                phrases[name] = phrase
            }
            self = .sentence(key, phrases)
        } else if let joined = object["joined"] as? [Any], let separator = object["separator"] as? String {
            var phrases: [Phrase] = []
            for value in joined {
                guard let phrase = Phrase(jsonValue: value) else { return nil }
                phrases.append(phrase)
            }
            self = .joined(phrases, separator: separator)
        } else if let inner = object["capitalized"], let phrase = Phrase(jsonValue: inner) {
            self = .capitalized(phrase)
        } else {
            return nil
        }
    }
}

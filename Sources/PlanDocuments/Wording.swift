import Foundation
public import PlanningDomain

/// The words people read, in one language, from the catalogues in `Resources/Strings`.
///
/// Dates are written the way a person writes them (« mardi 12 janvier 2027, 18 h 30 – 20 h 30 ») from the
/// catalogue's own month and weekday names, not from the system locale, so output is the same everywhere.
public struct Wording: Sendable {
    /// The language actually used (the requested one when a catalogue exists, else French).
    public let language: Language
    private let strings: [String: String]
    private let weekdays: [String]
    private let months: [String]

    /// Languages with a catalogue.
    public static let availableLanguages: [Language] = [.french, .english, .german, .italian]

    /// The wording of a language, falling back to French when there is no catalogue for it.
    public init(_ language: Language) {
        let chosen = Self.availableLanguages.contains(language) ? language : .french
        let catalogue = Self.catalogues[chosen] ?? Catalogue()
        self.language = chosen
        self.strings = catalogue.strings
        self.weekdays = catalogue.weekdays
        self.months = catalogue.months
    }

    /// The wording a participant reads: their language when it has a catalogue, else the organisation's.
    ///
    /// Every document addressed to one person (invitation, e-mail, handover) uses this, so they agree.
    public init(for participant: Participant, of organisation: Organisation) {
        self.init(Self.language(preferring: [participant.language], of: organisation))
    }

    /// The wording of the person a message is addressed to.
    public init(for addressee: Addressee) { self.init(addressee.language) }

    /// The one rule for the language a person reads: the first of theirs with a catalogue, else the
    /// organisation's.
    public static func language(preferring languages: [Language], of organisation: Organisation) -> Language {
        languages.first(where: availableLanguages.contains) ?? organisation.language
    }

    /// The template `key` with each `{name}` replaced by its value.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        Self.filling(strings[key] ?? key, with: values)
    }

    /// `template` with each `{name}` that `values` names replaced by its value, in one pass over the template: a
    /// value is never read as a template, and other braces stay as they are.
    ///
    /// Foundation's `replacingOccurrences`, once per value, went through `NSString` and took a third of the
    /// time of writing 12,000 invitations.
    static func filling(_ template: String, with values: [String: String]) -> String {
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        guard !values.isEmpty, template.utf8.contains(open) else { return template }
        let bytes = Array(template.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + values.values.reduce(0) { $0 + $1.utf8.count })
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == open, let end = bytes[(index + 1)...].firstIndex(of: close),
                let value = values[String(decoding: bytes[(index + 1)..<end], as: UTF8.self)]
            else {
                index += 1
                continue
            }
            result += bytes[copied..<index]
            result += value.utf8
            index = end + 1
            copied = index
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The template `key`, or its singular form `key.one` when `count` is 1 and the catalogue has one.
    public func text(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        count == 1 && strings["\(key).one"] != nil ? text("\(key).one", values) : text(key, values)
    }

    /// « Séance d'information ».
    public func title(of kind: SessionKind) -> String { text("kind.\(kind.rawValue)") }

    /// « séance d'information », for use inside a sentence.
    public func noun(for kind: SessionKind) -> String { text("kind.lower.\(kind.rawValue)") }

    /// « mardi », the catalogue's name for the date's weekday.
    public func weekday(of date: LocalDate) -> String { weekdays[date.weekday - 1] }

    /// « mars », the catalogue's name of month `month` (1…12).
    public func month(_ month: Int) -> String { months[(max(month, 1) - 1) % 12] }

    /// « mardi 12 janvier 2027 ».
    public func date(_ date: LocalDate) -> String {
        text(
            "date",
            [
                "weekday": weekday(of: date), "day": String(date.day), "month": months[date.month - 1],
                "year": String(date.year),
            ]
        )
    }

    /// « 18 h 30 », « 19 h ».
    public func time(_ time: LocalTime) -> String {
        let minute = time.minute < 10 ? "0\(time.minute)" : String(time.minute)
        if time.minute == 0 { return text("time.onTheHour", ["hour": String(time.hour)]) }
        return text("time", ["hour": String(time.hour), "minute": minute])
    }

    /// « mardi 12 janvier 2027, 18 h 30 – 20 h 30 ».
    public func range(_ slot: CandidateSlot) -> String {
        text("dateTimeRange", ["date": date(slot.date), "start": time(slot.start.time), "end": time(slot.end.time)])
    }

    /// A count of halves as a person writes it: « 27 », « 27,5 ».
    public func halves(_ halves: Int) -> String {
        halves % 2 == 0 ? String(halves / 2) : "\(halves / 2)\(text("decimalSeparator"))5"
    }

    /// Ids joined by commas, or « personne ».
    public func list<T>(_ ids: [Identifier<T>]) -> String {
        ids.isEmpty ? text("explain.none") : ids.map(\.rawValue).joined(separator: ", ")
    }

    // MARK: - Catalogues

    /// Every catalogue, read once per process: documents ask for a wording per recipient.
    private static let catalogues: [Language: Catalogue] = Dictionary(
        uniqueKeysWithValues: availableLanguages.map { ($0, catalogue($0)) }
    )

    private struct Catalogue: Sendable {
        var strings: [String: String] = [:]
        var weekdays: [String] = []
        var months: [String] = []
    }

    private static func catalogue(_ language: Language) -> Catalogue {
        guard
            let url = Bundle.module.url(forResource: language.code, withExtension: "json", subdirectory: "Strings"),
            let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { preconditionFailure("the catalogue Strings/\(language.code).json is missing from the bundle") }
        var catalogue = Catalogue()
        for (key, value) in object {
            if let string = value as? String { catalogue.strings[key] = string }
        }
        catalogue.weekdays = object["weekdays"] as? [String] ?? []
        catalogue.months = object["months"] as? [String] ?? []
        return catalogue
    }
}

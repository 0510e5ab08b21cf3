/// What breaks a rule, as data: a sentence of the wording catalogues with its values, worded only where it is
/// shown, in the reader's language (`Phrasebook` words it: `RuleBreach.phrase`).
///
/// The engine states the facts (`sophie`, `3`, `2027-W11`, `2`) and the form of the sentence
/// (`regional.why.weeklyLimit`); `calendar.html` says « sophie anime déjà 3 séances en semaine 2027-W11,
/// limite 2 » to a French-speaking centre and "sophie already leads 3 sessions in week 2027-W11, limit 2" in
/// `calendar.json`. Values are ids, numbers, dates and weeks, never a participant's name.
public indirect enum BreachDetail: Hashable, Sendable, CustomStringConvertible {
    /// A sentence of the catalogues (`regional.why.weeklyLimit`) and its named parts.
    case sentence(String, [String: BreachDetail])
    /// A value shown as written in every language: an id, a number, a date, an ISO week; or a sentence written
    /// where it was found (the independent checker's findings), the same in every language.
    case value(String)
    /// Details one after the other, separated by commas.
    case list([BreachDetail])

    /// The sentence `key` of the catalogues with its named parts.
    public init(_ key: String, _ parts: [String: BreachDetail] = [:]) { self = .sentence(key, parts) }

    /// A whole number.
    public static func number(_ value: Int) -> BreachDetail { .value(String(value)) }

    /// Values as written, separated by commas.
    public static func values(_ values: some Sequence<String>) -> BreachDetail { .list(values.map(BreachDetail.value)) }

    /// A value written as its description: an id, a date, a time.
    public static func id(_ value: some CustomStringConvertible) -> BreachDetail { .value(value.description) }

    /// A session kind, to be worded (« séance d'information »).
    public static func kind(_ kind: SessionKind) -> BreachDetail { BreachDetail("regional.kind.\(kind.rawValue)") }

    /// The detail without its catalogue: the key and its values (`regional.why.away(date: 2027-01-26,
    /// facilitator: anne)`), for logs and tests; people read ``RuleBreach``'s wording instead.
    public var description: String {
        switch self {
        case .value(let text): text
        case .list(let parts): parts.map(\.description).joined(separator: ", ")
        case .sentence(let key, let parts):
            parts.isEmpty
                ? key
                : key + "(" + parts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
                    + ")"
        }
    }
}

import Calendaring
import Phrasebook
import PlanningDomain

/// Values of the centre's records: phone numbers, languages staff lead in, qualifications, limits and
/// opening hours. The same in the centre file and in a scenario's organisation, facilitators and venues.
extension ScenarioParser {
    // MARK: - Phone numbers

    /// A phone number as people write it (`+41 21 555 12 34`, `021 555 12 34`); kept as written.
    ///
    /// Digits, spaces and `-` `.` `/` `(` `)`, with `+` only first, and 6 to 15 digits (the international
    /// maximum). Staff and the centre are not personal data here: the number is quoted.
    mutating func phone(_ key: String, in fields: Fields) -> String? {
        guard let value = text(key, in: fields), let node = fields[key] else { return nil }
        let body = value.hasPrefix("+") ? value.dropFirst() : Substring(value)
        let digits = body.count(where: { $0.isASCII && $0.isNumber })
        let isWritten = body.allSatisfy { ($0.isASCII && $0.isNumber) || " -./()".contains($0) }
        guard isWritten, (6...15).contains(digits) else {
            report(
                .invalidPhone,
                at: node,
                value: value,
                Phrase("scenario.invalidPhone", ["what": Self.valueOf(key, value, of: fields.subject.name)])
            )
            return nil
        }
        return value
    }

    // MARK: - Languages

    /// `languages: [fr, de]` (or a single language): the languages a facilitator can lead a session in.
    mutating func languages(from node: YAMLNode, of subject: Subject) -> [Language]? {
        let entries = node.sequence.map(Array.init) ?? [node]
        var languages: [Language] = []
        var isValid = true
        for entry in entries {
            guard let raw = scalar(entry, what: Noun.anEntry(of: subject.field("languages"))) else {
                isValid = false
                continue
            }
            guard let language = language(raw, at: entry) else {
                isValid = false
                continue
            }
            if !languages.contains(language) { languages.append(language) }
        }
        return isValid ? languages : nil
    }

    // MARK: - Qualifications

    /// `qualifications: {sessions: [information, founding1], workshops: [communication]}`.
    ///
    /// What is left out is allowed: no `sessions` key means every session kind, no `workshops` key every
    /// workshop; `sessions: []` means none. `workshops` is `all` or a list of workshop ids, which follow the id
    /// rule. Extension point: they are not checked against a workshop catalogue yet (there is none); when one
    /// exists, check them here as references, like a candidate's venue.
    mutating func qualifications(from node: YAMLNode, of subject: Subject) -> Qualifications? {
        guard
            let fields = fields(
                of: node,
                subject: Subject(phrase: Noun.qualifications(of: subject.name)),
                what: subject.field("qualifications"),
                required: [],
                optional: ["sessions", "workshops"]
            )
        else { return nil }
        var qualifications = Qualifications.everything
        var isValid = true
        if let sessionsNode = fields["sessions"] {
            if let kinds = qualifiedKinds(from: sessionsNode, of: fields.subject) {
                qualifications.sessionKinds = kinds
            } else {
                isValid = false
            }
        }
        if let workshopsNode = fields["workshops"] {
            if let workshops = qualifiedWorkshops(from: workshopsNode, of: fields.subject) {
                qualifications.workshops = workshops
                qualifications.allWorkshops = false
            } else if workshopsNode.scalar?.string.trimmed != "all" {
                isValid = false
            }
        }
        return isValid ? qualifications : nil
    }

    /// `sessions: [information, founding1, founding2, review]`.
    private mutating func qualifiedKinds(from node: YAMLNode, of subject: Subject) -> Set<SessionKind>? {
        guard let entries = list(node, what: subject.field("sessions")) else { return nil }
        var kinds = Set<SessionKind>()
        var isValid = true
        for entry in entries {
            guard let raw = scalar(entry, what: Noun.anEntry(of: subject.field("sessions")))?.trimmed else {
                isValid = false
                continue
            }
            guard let kind = SessionKind.groupSequence.first(where: { $0.rawValue == raw }) else {
                let hint = Suggestion.closest(to: raw, among: Self.kinds)
                report(
                    .unknownSessionKind,
                    at: entry,
                    value: raw,
                    Phrase(
                        "scenario.unknownKindIn",
                        [
                            "kind": .verbatim(raw), "subject": subject.name,
                            "hint": hint.map(Phrase.didYouMean) ?? .expectedOneOf(Self.kinds),
                        ]
                    )
                )
                isValid = false
                continue
            }
            kinds.insert(kind)
        }
        return isValid ? kinds : nil
    }

    /// `workshops: [communication, animation]`; `nil` for `all` (not reported) or after reporting.
    private mutating func qualifiedWorkshops(from node: YAMLNode, of subject: Subject) -> Set<String>? {
        if node.scalar?.string.trimmed == "all" { return nil }
        guard let entries = list(node, what: subject.field("workshops")) else { return nil }
        var workshops = Set<String>()
        var isValid = true
        for entry in entries {
            guard let raw = scalar(entry, what: Noun.anEntry(of: subject.field("workshops")))?.trimmed else {
                isValid = false
                continue
            }
            if let problem = IdentifierRule.problem(with: raw) {
                report(.invalidID, at: entry, value: raw, Self.invalidID(raw, kind: "workshop", problem: problem))
                isValid = false
                continue
            }
            workshops.insert(raw)
        }
        return isValid ? workshops : nil
    }

    // MARK: - Limits

    /// `weekly-limit` or `monthly-limit`: the most sessions a facilitator leads in a week or a month, 1 to
    /// 10000; `.some(nil)` when not given, `nil` after reporting.
    mutating func limit(_ key: String, in fields: Fields) -> Int?? {
        guard fields[key] != nil else { return .some(nil) }
        return wholeNumber(key, in: fields, range: 1...Self.largestCount, code: .invalidLimit) {
            Self.valueOf(key, $0, of: fields.subject.name)
        }
        .map { .some($0.value) }
    }

    // MARK: - Opening hours

    /// `opening-hours: ["monday 08:00-22:00", "saturday 09:00-12:00"]`: when a venue may be used.
    mutating func openingHours(from node: YAMLNode, of subject: Subject) -> [WeeklyWindow]? {
        guard let entries = list(node, what: subject.field("opening-hours")) else { return nil }
        var windows: [WeeklyWindow] = []
        var isValid = true
        for entry in entries {
            guard let raw = scalar(entry, what: Noun.anEntry(of: subject.field("opening-hours"))) else {
                isValid = false
                continue
            }
            guard let window = Self.weeklyWindow(raw.trimmed) else {
                report(
                    .invalidOpeningHours,
                    at: entry,
                    value: raw,
                    Phrase("scenario.invalidOpeningHours", ["value": .verbatim(raw), "subject": subject.name])
                )
                isValid = false
                continue
            }
            windows.append(window)
        }
        return isValid ? windows : nil
    }
}

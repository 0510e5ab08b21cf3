import Calendaring
import InputVocabulary
import Phrasebook
import PlanningDomain

/// Single values: ids, numbers, Booleans, dates, times, e-mail addresses and closed lists.
extension ScenarioParser {
    // MARK: - Identifiers

    /// An id (`p01`, `grand-pont`) that follows ``IdentifierRule``: ASCII letters, digits, `-`, `_` and `.`,
    /// not starting with `.`, at most 64 characters.
    ///
    /// Ids go into file names and calendar UIDs. `kind` names what the id identifies (`venue`). A refused
    /// participant id that looks like a name or an e-mail address (it holds a space or `@`) is not quoted, and
    /// is masked in the line shown.
    mutating func identifier(_ key: String, in fields: Fields, kind: String) -> String? {
        guard let node = fields[key], let raw = scalar(node, what: fields.subject.field(key)) else { return nil }
        let value = raw.trimmed
        guard let problem = IdentifierRule.problem(with: value) else { return value }
        // An empty required id is reported as a missing value already.
        if problem == .empty, key == "id" { return nil }
        if kind == "participant", Self.looksPersonal(value) {
            markPersonal(node)
            report(
                .invalidID,
                at: node,
                Phrase("scenario.personalID", ["subject": fields.subject.name])
            )
            return nil
        }
        report(.invalidID, at: node, value: value, Self.invalidID(value, kind: kind, problem: problem))
        return nil
    }

    /// `venue id 'grand pont' may only contain …`.
    static func invalidID(_ id: String, kind: String, problem: IdentifierRule.Problem) -> Phrase {
        Phrase(
            "scenario.invalidID",
            ["kind": Phrase("scenario.idKind.\(kind)"), "id": .verbatim(id), "expectation": problem.phrase]
        )
    }

    /// Whether a refused id may be personal data: it holds a space or `@`, as a name or an address does.
    static func looksPersonal(_ id: String) -> Bool {
        id.contains("@") || id.contains(where: \.isWhitespace)
    }

    /// Records an id and reports it when an earlier entry of the same kind already used it.
    mutating func register(id: String, of kind: String, at node: YAMLNode) -> Bool {
        if let first = registries[kind]?.nodes[id] {
            let line = first.mark?.line ?? 1
            report(
                .duplicateID,
                at: node,
                value: id,
                Phrase(
                    "scenario.duplicateID",
                    ["kind": Phrase("scenario.idKind.\(kind)"), "id": .verbatim(id), "line": .number(line)]
                )
            )
            return false
        }
        registries[kind, default: IDRegistry()].order.append(id)
        registries[kind, default: IDRegistry()].nodes[id] = node
        return true
    }

    /// An id that must name a thing read before (`venue: grand-pont`).
    ///
    /// Reports an unknown id with the closest known one (`venue uses unknown venue 'x'; did you mean …`). Not
    /// checked when no thing of that kind has an id, nor when it names (or nearly names) one whose id was refused
    /// (reported already).
    mutating func reference(
        _ key: String,
        in fields: Fields,
        kind: String,
        code: ScenarioError.Code
    ) -> String? {
        guard let node = fields[key], let id = scalar(node, what: fields.subject.field(key))?.trimmed else {
            return nil
        }
        guard let registry = registries[kind], registry.isChecked, !registry.covers(id) else { return id }
        report(code, at: node, value: id, Self.unknownReference(fields.subject.name, kind: kind, id: id, registry))
        return nil
    }

    /// A reference to an unknown id: `candidate 'a' uses unknown venue 'x'; did you mean 'y'?`.
    static func unknownReference(_ subject: Phrase, kind: String, id: String, _ registry: IDRegistry) -> Phrase {
        Phrase(
            "scenario.usesUnknown.\(kind)",
            ["subject": subject, "id": .verbatim(id), "hint": registry.hint(for: id)]
        )
    }

    // MARK: - Numbers and Booleans

    /// The largest quorum, maximum size and capacity a scenario may give.
    static let largestCount = 10_000

    /// A whole number within `range` (`12`, `-3`); `nil` when absent or after reporting.
    ///
    /// `describe` names the value as written in a sentence (`capacity '0' of venue 'salle-b'`, see
    /// ``valueOf(_:_:of:)``). A number outside
    /// `range` is reported with `code`, and `upperNote` follows its upper bound (` (12 hours)`); a number too
    /// large for the machine is reported in the same words, with `invalid-number`. Bounding every number here
    /// keeps the planner's date arithmetic from overflowing.
    mutating func wholeNumber(
        _ key: String,
        in fields: Fields,
        range: ClosedRange<Int>,
        code: ScenarioError.Code,
        upperNote: Phrase = .empty,
        describe: (String) -> Phrase
    ) -> (value: Int, node: YAMLNode)? {
        guard let node = fields[key],
            let raw = scalar(node, what: fields.subject.field(key), expected: Noun.wholeNumber)
        else { return nil }
        let text = raw.trimmed
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        let isWritten = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        guard isWritten else {
            report(
                .invalidNumber,
                at: node,
                value: raw,
                Phrase("scenario.notWholeNumber", ["field": fields.subject.field(key), "value": .verbatim(raw)])
            )
            return nil
        }
        let value = Int(text)
        let isBelow = value.map { $0 < range.lowerBound } ?? (text.first == "-")
        let isAbove = value.map { $0 > range.upperBound } ?? (text.first != "-")
        guard isBelow || isAbove else { return value.map { ($0, node) } }
        let written = value.map(String.init) ?? text
        let sentence =
            isBelow
            ? Phrase("scenario.atLeast", ["what": describe(written), "bound": .number(range.lowerBound)])
            : Phrase(
                "scenario.atMost",
                ["what": describe(written), "bound": .number(range.upperBound), "note": upperNote]
            )
        report(value == nil ? .invalidNumber : code, at: node, value: written, sentence)
        return nil
    }

    /// `capacity '0' of venue 'salle-b'`: a key's value as written, in a sentence.
    static func valueOf(_ key: String, _ value: String, of subject: Phrase) -> Phrase {
        Phrase("scenario.valueOf", ["key": .verbatim(key), "value": .verbatim(value), "subject": subject])
    }

    /// `quorum '0'`: a value of the group as written, in a sentence.
    static func valued(_ key: String, _ value: String) -> Phrase {
        Phrase("scenario.valued.\(key)", ["value": .verbatim(value)])
    }

    /// ` (12 hours)`, after the longest duration.
    static let twelveHours = Phrase("scenario.note.twelveHours")

    /// `true` or `false` (`yes` and `no` are accepted too); `nil` when absent or after reporting.
    mutating func boolean(_ key: String, in fields: Fields) -> Bool? {
        guard let node = fields[key], let raw = scalar(node, what: fields.subject.field(key), expected: Noun.boolean)
        else { return nil }
        switch raw.trimmed {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            report(
                .invalidBoolean,
                at: node,
                value: raw,
                Phrase("scenario.notBoolean", ["field": fields.subject.field(key), "value": .verbatim(raw)])
            )
            return nil
        }
    }

    /// One of a closed list of words; `noun` names the value in the message (`groupType`: `group type`).
    mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ key: String,
        in fields: Fields,
        noun: String,
        code: ScenarioError.Code = .invalidChoice,
        as type: Value.Type
    ) -> Value? where Value.RawValue == String {
        guard let node = fields[key], let raw = scalar(node, what: fields.subject.field(key)) else { return nil }
        if let value = Value(rawValue: raw.trimmed) { return value }
        report(code, at: node, value: raw, Self.notOneOf(noun, raw, Value.allCases.map(\.rawValue)))
        return nil
    }

    /// `group type 'x' is not one of a, b.`; `noun` names a `scenario.choice.*` phrase.
    static func notOneOf(_ noun: String, _ raw: String, _ words: [String]) -> Phrase {
        Phrase(
            "scenario.notOneOf",
            ["noun": Phrase("scenario.choice.\(noun)"), "value": .verbatim(raw), "words": .list(words)]
        )
    }

    // MARK: - Languages and time zones

    /// The languages people can read Entraide's documents in.
    static let languages = ["fr", "de", "it", "en"]

    mutating func language(_ key: String, in fields: Fields) -> Language? {
        guard let node = fields[key], let raw = scalar(node, what: fields.subject.field(key)) else { return nil }
        return language(raw, at: node)
    }

    /// One of ``languages``, written `raw` at `node`; `nil` after reporting.
    mutating func language(_ raw: String, at node: YAMLNode) -> Language? {
        guard Self.languages.contains(raw.trimmed) else {
            report(.unknownLanguage, at: node, value: raw, Self.notOneOf("language", raw, Self.languages))
            return nil
        }
        return Language(raw.trimmed)
    }

    /// An IANA time-zone name the calendars can write and that names one place (`Europe/Zurich`), as
    /// Calendaring's ``TimeZoneAuthority`` decides; abbreviations, fixed offsets and aliases are refused with
    /// the name to write instead.
    mutating func timeZone(_ key: String, in fields: Fields) -> String? {
        guard let node = fields[key], let raw = scalar(node, what: fields.subject.field(key)) else { return nil }
        let name = raw.trimmed
        guard let refusal = TimeZoneAuthority.refusal(of: name) else { return name }
        let sentence: Phrase
        switch refusal {
        case .unknown:
            let hint = Suggestion.closest(to: name, among: TimeZoneAuthority.acceptedNames)
            sentence = Phrase(
                "scenario.unknownZone",
                ["value": .verbatim(raw), "hint": hint.map(Phrase.didYouMean) ?? Phrase("scenario.zoneExample")]
            )
        case .notAPlace(let place):
            let advice =
                place.map { Phrase("scenario.zoneDidYouMean", ["zone": .verbatim($0)]) }
                ?? Phrase("scenario.zoneWritePlace")
            sentence = Phrase("scenario.zoneNotAPlace", ["value": .verbatim(raw), "advice": advice])
        case .alias(let zone):
            sentence = Phrase("scenario.zoneAlias", ["value": .verbatim(raw), "zone": .verbatim(zone)])
        }
        report(.unknownTimeZone, at: node, value: raw, sentence)
        return nil
    }

    // MARK: - Dates and times

    /// A date as people write it (`2027-03-06`, `06.03.2027`, `6.3.27`, `6 mars 2027`, `6. März 2027`), that
    /// exists; a date whose day and month could be read either way (`03/04/2027`) is reported with both readings.
    mutating func date(_ node: YAMLNode, what: Phrase) -> LocalDate? {
        guard let raw = scalar(node, what: what, expected: Noun.date) else { return nil }
        let text = raw.trimmed
        guard let reading = WrittenDate.read(text) else {
            report(
                .invalidDate,
                at: node,
                value: raw,
                Phrase(
                    "scenario.notADate",
                    ["value": .verbatim(WrittenText.quoted(raw)), "examples": WrittenDate.examplesPhrase]
                )
            )
            return nil
        }
        if case .date(let date) = reading { return date }
        report(.invalidDate, at: node, value: raw, WrittenDate.problem(reading, written: raw) ?? .empty)
        return nil
    }

    /// A time as people write it (`18:30`, `18h30`, `18 h 30`, `18.30`, `19h`) that exists; `noun` names it
    /// (`start`, a `scenario.timeNoun.*` phrase).
    mutating func time(_ key: String, in fields: Fields, noun: String) -> (value: LocalTime, node: YAMLNode)? {
        guard let node = fields[key], let raw = scalar(node, what: fields.subject.field(key), expected: Noun.time)
        else { return nil }
        switch WrittenTime.read(raw.trimmed) {
        case .time(let time)?:
            return (time, node)
        case .nonexistent?:
            report(
                .invalidTime,
                at: node,
                value: raw,
                Phrase(
                    "scenario.timeNotExist",
                    [
                        "noun": Phrase("scenario.timeNoun.\(noun)"), "value": .verbatim(raw),
                        "subject": fields.subject.name,
                    ]
                )
            )
        case nil:
            report(
                .invalidTime,
                at: node,
                value: raw,
                Self.notATime(noun, raw, of: fields.subject.name)
            )
        }
        return nil
    }

    /// A time that is not one (`start '7 pm' of candidate 'a' is not a time (e.g. 18:30, …)`).
    static func notATime(_ noun: String, _ raw: String, of subject: Phrase) -> Phrase {
        Phrase(
            "scenario.notATime",
            [
                "noun": Phrase("scenario.timeNoun.\(noun)"), "value": .verbatim(WrittenText.quoted(raw)),
                "subject": subject, "examples": .verbatim(WrittenTime.examples),
            ]
        )
    }

    // MARK: - Addresses

    /// An e-mail address `name@domain`.
    ///
    /// The message never repeats the address: it may be a participant's.
    mutating func email(_ key: String, in fields: Fields) -> String? {
        guard let address = text(key, in: fields), let node = fields[key] else { return nil }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        let localForbidden = " \t<>()[],;:\"\\".unicodeScalars
        guard parts.count == 2, !parts[0].isEmpty,
            !parts[0].unicodeScalars.contains(where: { localForbidden.contains($0) }),
            Self.isDomainName(parts[1]), parts[1].contains(".")
        else {
            report(
                .invalidEmail,
                at: node,
                Phrase("scenario.invalidEmail", ["subject": fields.subject.name])
            )
            return nil
        }
        return address
    }

    /// Labels of letters, digits and hyphens (not at either end), separated by dots.
    static func isDomainName(_ text: some StringProtocol) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return !labels.isEmpty
            && labels.allSatisfy { label in
                !label.isEmpty && label.first != "-" && label.last != "-"
                    && label.unicodeScalars.allSatisfy {
                        $0 == "-" || ($0.properties.isAlphabetic || $0.properties.numericType != nil)
                    }
            }
    }
}

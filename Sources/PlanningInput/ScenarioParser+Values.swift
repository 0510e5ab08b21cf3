import Calendaring
import InputVocabulary
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
                "\(fields.subject.name): the id looks like a name or an e-mail address; an id is made of the "
                    + "letters a-z and A-Z, digits, '-', '_' and '.' (not first), and never names the person."
            )
            return nil
        }
        report(.invalidID, at: node, value: value, "\(kind) id '\(value)' \(problem.expectation).")
        return nil
    }

    /// Whether a refused id may be personal data: it holds a space or `@`, as a name or an address does.
    static func looksPersonal(_ id: String) -> Bool {
        id.contains("@") || id.contains(where: \.isWhitespace)
    }

    /// Records an id and reports it when an earlier entry of the same kind already used it.
    mutating func register(id: String, of kind: String, at node: YAMLNode) -> Bool {
        if let first = registries[kind]?.nodes[id] {
            let line = first.mark?.line ?? 1
            report(.duplicateID, at: node, value: id, "duplicate \(kind) id '\(id)'; it is first used on line \(line).")
            return false
        }
        registries[kind, default: IDRegistry()].order.append(id)
        registries[kind, default: IDRegistry()].nodes[id] = node
        return true
    }

    /// An id that must name a thing read before (`venue: grand-pont`).
    ///
    /// Reports an unknown id with the closest known one. Not checked when no thing of that kind has an id, nor
    /// when it names (or nearly names) one whose id was refused (reported already).
    mutating func reference(
        _ key: String,
        in fields: Fields,
        kind: String,
        code: ScenarioError.Code,
        phrase: String
    ) -> String? {
        guard let node = fields[key], let id = scalar(node, what: fields.subject.field(key))?.trimmed else {
            return nil
        }
        guard let registry = registries[kind], registry.isChecked, !registry.covers(id) else { return id }
        let hint = registry.hint(for: id)
        report(code, at: node, value: id, "\(phrase) '\(id)'" + (hint.isEmpty ? "." : hint))
        return nil
    }

    // MARK: - Numbers and Booleans

    /// The largest quorum, maximum size and capacity a scenario may give.
    static let largestCount = 10_000

    /// A whole number within `range` (`12`, `-3`); `nil` when absent or after reporting.
    ///
    /// `describe` names the value as written in a sentence (`capacity '0' of venue 'salle-b'`). A number outside
    /// `range` is reported with `code`, and `upperNote` follows its upper bound (` (12 hours)`); a number too
    /// large for the machine is reported in the same words, with `invalid-number`. Bounding every number here
    /// keeps the planner's date arithmetic from overflowing.
    mutating func wholeNumber(
        _ key: String,
        in fields: Fields,
        range: ClosedRange<Int>,
        code: ScenarioError.Code,
        upperNote: String = "",
        describe: (String) -> String
    ) -> (value: Int, node: YAMLNode)? {
        guard let node = fields[key],
            let raw = scalar(node, what: fields.subject.field(key), expected: "a whole number")
        else { return nil }
        let text = raw.trimmed
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        let isWritten = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        guard isWritten else {
            report(
                .invalidNumber,
                at: node,
                value: raw,
                "\(fields.subject.field(key)) must be a whole number, not '\(raw)'."
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
            ? "\(describe(written)) must be at least \(range.lowerBound)."
            : "\(describe(written)) must be at most \(range.upperBound)\(upperNote)."
        report(value == nil ? .invalidNumber : code, at: node, value: written, sentence)
        return nil
    }

    /// `true` or `false` (`yes` and `no` are accepted too); `nil` when absent or after reporting.
    mutating func boolean(_ key: String, in fields: Fields) -> Bool? {
        guard let node = fields[key], let raw = scalar(node, what: fields.subject.field(key), expected: "true or false")
        else { return nil }
        switch raw.trimmed {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            report(
                .invalidBoolean,
                at: node,
                value: raw,
                "\(fields.subject.field(key)) must be true or false, not '\(raw)'."
            )
            return nil
        }
    }

    /// One of a closed list of words; `noun` names the value in the message (`group type`).
    mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ key: String,
        in fields: Fields,
        noun: String,
        code: ScenarioError.Code = .invalidChoice,
        as type: Value.Type
    ) -> Value? where Value.RawValue == String {
        guard let node = fields[key], let raw = scalar(node, what: fields.subject.field(key)) else { return nil }
        if let value = Value(rawValue: raw.trimmed) { return value }
        let words = Value.allCases.map(\.rawValue)
        report(code, at: node, value: raw, "\(noun) '\(raw)' is not one of \(words.joined(separator: ", ")).")
        return nil
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
            report(
                .unknownLanguage,
                at: node,
                value: raw,
                "language '\(raw)' is not one of \(Self.languages.joined(separator: ", "))."
            )
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
        let sentence: String
        switch refusal {
        case .unknown:
            let hint = Suggestion.hint(for: name, among: TimeZoneAuthority.acceptedNames)
            sentence =
                "time zone '\(raw)' is not a known IANA time-zone name"
                + (hint.isEmpty ? " (e.g. Europe/Zurich)." : hint)
        case .notAPlace(let place):
            sentence =
                "time zone '\(raw)' is an abbreviation or a fixed offset, not the IANA time-zone name of a place; "
                + (place.map { "did you mean '\($0)'?" }
                    ?? "write the place whose clocks you follow (e.g. Europe/Zurich).")
        case .alias(let zone):
            sentence = "time zone '\(raw)' is another name for '\(zone)'; write '\(zone)'."
        }
        report(.unknownTimeZone, at: node, value: raw, sentence)
        return nil
    }

    // MARK: - Dates and times

    /// A date as people write it (`2027-03-06`, `06.03.2027`, `6.3.27`, `6 mars 2027`, `6. März 2027`), that
    /// exists; a date whose day and month could be read either way (`03/04/2027`) is reported with both readings.
    mutating func date(_ node: YAMLNode, what: String) -> LocalDate? {
        guard let raw = scalar(node, what: what, expected: "a date") else { return nil }
        let text = raw.trimmed
        guard let reading = WrittenDate.read(text) else {
            report(
                .invalidDate,
                at: node,
                value: raw,
                "date '\(WrittenText.quoted(raw))' is not a date (e.g. \(WrittenDate.examples))."
            )
            return nil
        }
        if case .date(let date) = reading { return date }
        report(.invalidDate, at: node, value: raw, WrittenDate.problem(reading, written: raw) ?? "")
        return nil
    }

    /// A time as people write it (`18:30`, `18h30`, `18 h 30`, `18.30`, `19h`) that exists; `noun` names it
    /// (`start`).
    mutating func time(_ key: String, in fields: Fields, noun: String) -> (value: LocalTime, node: YAMLNode)? {
        guard let node = fields[key], let raw = scalar(node, what: fields.subject.field(key), expected: "a time")
        else { return nil }
        switch WrittenTime.read(raw.trimmed) {
        case .time(let time)?:
            return (time, node)
        case .nonexistent?:
            report(
                .invalidTime,
                at: node,
                value: raw,
                "\(noun) '\(raw)' of \(fields.subject.name) does not exist (expected 00:00 to 23:59)."
            )
        case nil:
            report(
                .invalidTime,
                at: node,
                value: raw,
                "\(noun) '\(WrittenText.quoted(raw))' of \(fields.subject.name) is not a time (e.g. "
                    + "\(WrittenTime.examples))."
            )
        }
        return nil
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
                "\(fields.subject.name): e-mail address is not valid (expected name@domain)."
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

import Phrasebook

/// Turns libical's complaint about one content line (an `X-LIC-ERROR` property it puts in place of, or after,
/// the line) into a located problem, or `nil` for what Entraide accepts.
///
/// Reported: a line that has no `:` between its name and its value, or no name (libical drops it, and a busy
/// person would be answered "yes"); a value libical cannot read as its type (a date, a rule, a duration, a
/// period, a UTC offset, a number); a time property without a value; a parameter that is not written
/// `NAME=value`, or a `VALUE` type the property does not allow.
///
/// Accepted, as RFC 5545 asks: a well-formed line whose property libical does not know (§3.8.8.1: ignore it),
/// and an empty value of a property that is not a time (Google writes `DESCRIPTION:` and `LOCATION:`).
///
/// Discretion: a value is quoted only when it is a time, a rule, a number or the value of a property that never
/// holds personal text (see ``quotableProperties``); a line whose name is not one of those is described by its
/// property name alone, and a line without a known name is not quoted at all.
struct LibicalDiagnosis {
    /// The file, as shown in errors.
    let file: String
    /// The physical line number of the content line's first line.
    let line: Int
    /// The content line, unfolded, without its line break.
    let content: String

    /// The properties whose values are times Entraide reads, or time-zone data: an empty value is a problem.
    static let timeProperties: Set<String> = [
        "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "FREEBUSY", "TZID",
        "TZOFFSETFROM", "TZOFFSETTO",
    ]

    /// Properties whose values never hold personal text, so they may be quoted in messages.
    static let quotableProperties: Set<String> = timeProperties.union([
        "DUE", "EXRULE", "DTSTAMP", "CREATED", "LAST-MODIFIED", "COMPLETED", "TRIGGER", "TZNAME", "STATUS",
        "TRANSP", "CLASS", "SEQUENCE", "PRIORITY", "METHOD", "VERSION", "CALSCALE", "X-MICROSOFT-CDO-BUSYSTATUS",
        "X-MICROSOFT-CDO-INTENDEDSTATUS",
    ])

    /// Value types whose values are never personal text.
    static let quotableTypes: Set<String> = [
        "DATE-TIME", "DATE", "DURATION", "PERIOD", "RECUR", "INTEGER", "UTC-OFFSET", "FLOAT", "BOOLEAN", "TIME",
    ]

    /// The problem libical's error of `type` (`VALUE-PARSE-ERROR` …) with `text` points at, or `nil`.
    func problem(type: String, text: String) -> CalendarImportError? {
        guard hasColon else { return missingColon() }
        switch type {
        case "COMPONENT-PARSE-ERROR", "PROPERTY-PARSE-ERROR":
            // A well-formed line with a name libical does not know: RFC 5545 §3.8.8.1 says to ignore it.
            return isWellFormedName ? nil : missingColon()
        case "VALUE-PARSE-ERROR":
            return valueProblem(text)
        case "PARAMETER-NAME-PARSE-ERROR":
            return parameterProblem(text.afterLast(": ") ?? "")
        case "PARAMETER-VALUE-PARSE-ERROR":
            return parameterProblem(text.afterLast(": ") ?? "")
        default:
            return error(
                .invalidLine,
                value: nil,
                Phrase("calendar.line.unreadable", ["line": nameOrLine, "type": .verbatim(type.lowercased())])
            )
        }
    }

    // MARK: - The line

    /// The property name: the letters, digits and dashes the line starts with, in upper case.
    var name: String {
        String(content.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }).uppercased()
    }

    /// Whether the line has a `:` outside quoted parameter values.
    var hasColon: Bool {
        var isQuoted = false
        for character in content {
            if character == "\"" { isQuoted.toggle() }
            if character == ":" && !isQuoted { return true }
        }
        return false
    }

    /// Whether the line starts with a name followed by `;` or `:`.
    private var isWellFormedName: Bool {
        guard !name.isEmpty else { return false }
        let rest = content.dropFirst(name.count)
        return rest.first == ";" || rest.first == ":"
    }

    /// Whether the line's name is one of iCalendar's or an `X-` name, rather than stray text.
    private var isPropertyName: Bool {
        guard !name.isEmpty else { return false }
        return name.hasPrefix("X-") || Self.quotableProperties.contains(name) || Self.knownNames.contains(name)
    }

    /// Other property names of RFC 5545, 5546 and 7986, for recognising a line without `:`.
    private static let knownNames: Set<String> = [
        "SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "ATTENDEE", "ORGANIZER", "CONTACT", "UID", "URL",
        "CATEGORIES", "RESOURCES", "GEO", "ATTACH", "RELATED-TO", "REQUEST-STATUS", "PRODID", "TZURL", "ACTION",
        "REPEAT", "PERCENT-COMPLETE", "NAME", "COLOR", "IMAGE", "CONFERENCE", "REFRESH-INTERVAL", "SOURCE",
    ]

    private var nameOrLine: Phrase {
        isPropertyName ? Phrase("calendar.line.named", ["name": .verbatim(name)]) : Phrase("calendar.line.plain")
    }

    private var isQuotable: Bool { Self.quotableProperties.contains(name) }

    // MARK: - Problems

    /// A line without `:`: quoted with the fix when its property is quotable, described by name otherwise.
    private func missingColon() -> CalendarImportError {
        guard isPropertyName else {
            return error(
                .invalidLine,
                value: nil,
                Phrase("calendar.line.stray")
            )
        }
        guard isQuotable else {
            return error(
                .invalidLine,
                value: name,
                Phrase("calendar.line.noColonNamed", ["name": .verbatim(name)])
            )
        }
        let text = content.trimmingSpaces()
        let fixed = text.replacingFirstBlankRun(with: ":")
        let expected =
            fixed.map { Phrase.quoted($0) } ?? Phrase("calendar.line.nameThenValue", ["name": .verbatim(name)])
        return error(
            .invalidLine,
            value: text,
            Phrase("calendar.line.noColon", ["line": .verbatim(text), "expected": expected])
        )
    }

    /// `Can't parse as DATE-TIME value in DTEND property. Removing entire property: 2027010XT2000`, or
    /// `No value for DTSTART property. Removing entire property:`.
    private func valueProblem(_ text: String) -> CalendarImportError? {
        guard let marker = text.firstRange(of: " property. Removing entire property:") else {
            return error(
                .invalidValue,
                value: nil,
                Phrase("calendar.value.unreadable", ["line": nameOrLine])
            )
        }
        let head = text[..<marker.lowerBound]
        let value = String(text[marker.upperBound...]).trimmingSpaces()
        let property: String
        let type: String
        if let inRange = head.firstRange(of: " value in ") {
            property = String(head[inRange.upperBound...])
            let words = head[..<inRange.lowerBound]
            type = String(words.hasPrefix("Can't parse as ") ? words.dropFirst("Can't parse as ".count) : words)
        } else if head.hasPrefix("No value for ") {
            property = String(head.dropFirst("No value for ".count))
            type = ""
        } else {
            return nil
        }
        let code = Self.code(forProperty: property, type: type)
        guard !value.isEmpty else {
            guard Self.timeProperties.contains(property) else { return nil }
            return error(
                code,
                value: nil,
                Phrase(
                    "calendar.value.empty",
                    ["property": .verbatim(property), "example": Self.example(of: property, type: type, code: code)]
                )
            )
        }
        let example = Self.example(of: property, type: type, code: code)
        guard Self.quotableProperties.contains(property) || Self.quotableTypes.contains(type) else {
            return error(
                code,
                value: nil,
                Phrase(
                    "calendar.value.notAs",
                    ["property": .verbatim(property), "type": .verbatim(type), "example": example]
                )
            )
        }
        let key: String
        switch (code, type) {
        case (.invalidRecurrence, _): key = "rule"
        case (.invalidPeriod, "DURATION"): key = "duration"
        case (.invalidPeriod, _): key = "period"
        case (.invalidDateTime, _): key = "dateTime"
        case (_, "UTC-OFFSET"): key = "utcOffset"
        case (_, "INTEGER"): key = "integer"
        default: key = "other"
        }
        return error(
            code,
            value: value,
            Phrase(
                "calendar.value.\(key)",
                [
                    "property": .verbatim(property), "value": .verbatim(value), "type": .verbatim(type),
                    "example": example,
                ]
            )
        )
    }

    /// `Can't parse parameter name: TZID` or `Invalid VALUE type for property DTEND: VALUE=FOO`.
    private func parameterProblem(_ parameter: String) -> CalendarImportError {
        let code = Self.timeProperties.contains(name) ? Self.code(forProperty: name, type: "") : .invalidLine
        let isValueType = parameter.uppercased().hasPrefix("VALUE=")
        guard isQuotable || isValueType else {
            return error(
                code,
                value: nil,
                Phrase("calendar.parameter.unreadable", ["property": .verbatim(name)])
            )
        }
        if isValueType {
            let allowed =
                ["DTSTART", "DTEND", "RDATE", "EXDATE", "RECURRENCE-ID", "DUE"].contains(name)
                ? Phrase("calendar.allowed.dateOrDateTime")
                : Phrase("calendar.allowed.rfc", ["property": .verbatim(name)])
            return error(
                code,
                value: parameter,
                Phrase(
                    "calendar.parameter.valueType",
                    ["parameter": .verbatim(parameter), "property": .verbatim(name), "allowed": allowed]
                )
            )
        }
        return error(
            code,
            value: parameter,
            Phrase("calendar.parameter.bad", ["property": .verbatim(name), "parameter": .verbatim(parameter)])
        )
    }

    private func error(_ code: CalendarImportError.Code, value: String?, _ phrase: Phrase) -> CalendarImportError {
        CalendarImportError(code: code, file: file, line: line, value: value, phrase: phrase)
    }

    // MARK: - Codes and examples

    static func code(forProperty name: String, type: String) -> CalendarImportError.Code {
        switch (name, type) {
        case ("RRULE", _), ("EXRULE", _), (_, "RECUR"): .invalidRecurrence
        case ("DURATION", _), ("FREEBUSY", _), (_, "PERIOD"), (_, "DURATION"): .invalidPeriod
        case ("DTSTART", _), ("DTEND", _), ("RDATE", _), ("EXDATE", _), ("RECURRENCE-ID", _), (_, "DATE-TIME"),
            (_, "DATE"):
            .invalidDateTime
        default: .invalidValue
        }
    }

    static func example(of name: String, type: String, code: CalendarImportError.Code) -> Phrase {
        if code == .invalidRecurrence { return Phrase("calendar.example.rule") }
        if code == .invalidPeriod {
            return type == "DURATION" || name == "DURATION"
                ? Phrase("calendar.example.duration") : Phrase("calendar.example.period")
        }
        if code == .invalidDateTime { return Phrase("calendar.example.dateTime") }
        if type == "UTC-OFFSET" || name.hasPrefix("TZOFFSET") { return Phrase("calendar.example.offset") }
        if type == "INTEGER" { return Phrase("calendar.example.number") }
        if name == "TZID" { return Phrase("calendar.example.zone") }
        return Phrase("calendar.example.valid", ["type": .verbatim(type.isEmpty ? name : type)])
    }
}

extension String {
    /// The text after the last occurrence of `separator`, or `nil`.
    fileprivate func afterLast(_ separator: String) -> String? {
        ranges(of: separator).last.map { String(self[$0.upperBound...]) }
    }

    /// The string with its first run of spaces and tabs replaced by `replacement`, or `nil` when it has none.
    fileprivate func replacingFirstBlankRun(with replacement: String) -> String? {
        guard let start = firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let end = self[start...].firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
        return String(self[..<start]) + replacement + String(self[end...])
    }
}

internal import CLibical

extension ComponentReader {
    /// The properties Entraide reads; libical's complaints about any other property are left alone.
    static let readProperties: Set<String> = [
        "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "FREEBUSY",
    ]

    /// Throws for the first `X-LIC-ERROR` that libical left in place of, or next to, a property Entraide reads.
    ///
    /// libical drops a property whose value it cannot read (a bad DATE-TIME, RRULE, DURATION or PERIOD) and
    /// puts an `X-LIC-ERROR` where it was, quoting the value; a parameter it cannot read is dropped from the
    /// property it follows (a `TZID` so lost would make the time silently floating).
    func checkLibicalErrors() throws(CalendarImportError) {
        guard first(ICAL_XLICERROR_PROPERTY) != nil else { return }
        var previous: String?
        for property in all(ICAL_ANY_PROPERTY) {
            guard icalproperty_isa(property) == ICAL_XLICERROR_PROPERTY else {
                previous = icalproperty_kind_to_string(icalproperty_isa(property)).map { String(cString: $0) }
                continue
            }
            guard let text = icalproperty_get_xlicerror(property).map({ String(cString: $0) }) else { continue }
            switch errorType(of: property) {
            case ICAL_XLICERRORTYPE_VALUEPARSEERROR:
                try reportValueError(text)
            case ICAL_XLICERRORTYPE_PARAMETERNAMEPARSEERROR, ICAL_XLICERRORTYPE_PARAMETERVALUEPARSEERROR:
                if let previous { try reportParameterError(text, of: previous) }
            default:
                continue
            }
        }
    }

    // MARK: - Private helpers

    private func errorType(of property: OpaquePointer) -> icalparameter_xlicerrortype {
        guard let parameter = icalproperty_get_first_parameter(property, ICAL_XLICERRORTYPE_PARAMETER) else {
            return ICAL_XLICERRORTYPE_NONE
        }
        return icalparameter_get_xlicerrortype(parameter)
    }

    /// `Can't parse as DATE-TIME value in DTEND property. Removing entire property: 2027010XT2000` or
    /// `No value for DTSTART property. Removing entire property:`.
    private func reportValueError(_ text: String) throws(CalendarImportError) {
        guard let marker = text.firstRange(of: " property. Removing entire property:") else { return }
        let head = text[..<marker.lowerBound]
        let value = String(text[marker.upperBound...]).trimmingSpaces()
        let name: String
        let type: String
        if let inRange = head.firstRange(of: " value in ") {
            name = String(head[inRange.upperBound...])
            type = String(head[..<inRange.lowerBound]).replacingPrefix("Can't parse as ")
        } else if head.hasPrefix("No value for ") {
            name = String(head.dropFirst("No value for ".count))
            type = ""
        } else {
            return
        }
        guard Self.readProperties.contains(name) else { return }
        let code = Self.code(forProperty: name, type: type)
        guard !value.isEmpty else {
            throw error(
                code,
                property: name,
                containing: nil,
                value: nil,
                "The \(name) property has no value; expected \(Self.example(of: name, code: code))."
            )
        }
        let what: String
        switch code {
        case .invalidRecurrence: what = "The recurrence rule '\(value)' cannot be read"
        case .invalidPeriod where name == "DURATION": what = "The DURATION value '\(value)' is not a valid duration"
        case .invalidPeriod: what = "The \(name) value '\(value)' is not a valid period"
        default: what = "The \(name) value '\(value)' is not a valid date or date-time"
        }
        throw error(
            code,
            property: name,
            containing: value,
            value: value,
            what + "; expected \(Self.example(of: name, code: code))."
        )
    }

    /// `Can't parse parameter name: TZID` or `Invalid VALUE type for property DTEND: VALUE=FOO`, after the
    /// property `name` that lost the parameter.
    private func reportParameterError(_ text: String, of name: String) throws(CalendarImportError) {
        guard Self.readProperties.contains(name) else { return }
        let parameter = text.ranges(of: ": ").last.map { String(text[$0.upperBound...]) } ?? text
        throw error(
            Self.code(forProperty: name, type: ""),
            property: name,
            containing: parameter,
            value: parameter,
            "The \(name) property has a parameter that cannot be read, '\(parameter)'; expected parameters such "
                + "as 'TZID=Europe/Zurich' or 'VALUE=DATE'."
        )
    }

    private static func code(forProperty name: String, type: String) -> CalendarImportError.Code {
        switch name {
        case "RRULE": .invalidRecurrence
        case "DURATION", "FREEBUSY": .invalidPeriod
        default: type == "PERIOD" ? .invalidPeriod : .invalidDateTime
        }
    }

    private static func example(of name: String, code: CalendarImportError.Code) -> String {
        switch code {
        case .invalidRecurrence: "a rule such as 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T170000Z'"
        case .invalidPeriod where name == "DURATION": "a duration such as 'PT1H30M' or 'P1D'"
        case .invalidPeriod: "a period such as '20270112T170000Z/20270112T183000Z' or '20270112T170000Z/PT1H30M'"
        default: "a value such as '20270112T183000', '20270112T173000Z' or '20270112'"
        }
    }
}

extension String {
    /// Without `prefix` when it starts with it.
    fileprivate func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}

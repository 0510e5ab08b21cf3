internal import CLibical
import Phrasebook

extension CalendarFile {
    /// The components whose lines are checked: the calendar's own properties and the components Entraide reads.
    ///
    /// Lines of alarms, to-dos, journal entries and unknown components do not change busy time and are not
    /// checked.
    static let checkedComponents: Set<String> = [
        "VCALENDAR", "VEVENT", "VFREEBUSY", "VTIMEZONE", "STANDARD", "DAYLIGHT",
    ]

    /// Every problem libical reported in a line of a checked component, each on its line.
    ///
    /// libical leaves an `X-LIC-ERROR` property where it dropped a line or a value, and after a property whose
    /// parameter it dropped, but it does not say which line. Only components holding such a property are looked
    /// at again: each of their own lines is parsed alone by libical (wrapped in the same component), so every
    /// complaint comes from libical and is tied to exactly one line; nothing here parses values by hand.
    func libicalErrors() -> [CalendarImportError] {
        var errors: [CalendarImportError] = []
        for (span, calendar) in zip(calendarSpans, parsed.calendars) {
            check(calendar, span: span, into: &errors)
        }
        return errors
    }

    // MARK: - Private helpers

    /// Checks one component, then the checked components inside it, matched by name and order.
    private func check(_ component: OpaquePointer, span: Int, into errors: inout [CalendarImportError]) {
        if icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY) != nil {
            errors += lineErrors(of: span, component: component)
        }
        var spansByName: [String: [Int]] = [:]
        for child in children[span] where Self.checkedComponents.contains(source.spans[child].name) {
            spansByName[source.spans[child].name, default: []].append(child)
        }
        for (name, spans) in spansByName.sorted(by: { $0.key < $1.key }) {
            let kind = icalcomponent_string_to_kind(name)
            for (child, component) in zip(spans, parsed.children(of: component, kind: kind)) {
                check(component, span: child, into: &errors)
            }
        }
    }

    /// The problems of a component's own lines, each parsed alone; a complaint libical made in context but not
    /// on any single line is reported on the component's `BEGIN` line.
    private func lineErrors(of span: Int, component: OpaquePointer) -> [CalendarImportError] {
        let name = source.spans[span].name
        var errors: [CalendarImportError] = []
        var placed = 0
        for line in source.ownLines(of: span, children: children[span]) {
            let complaints = Self.complaints(about: source.rawLine(line), in: name)
            placed += complaints.count
            let diagnosis = LibicalDiagnosis(
                file: source.file,
                line: source.lineNumbers[line],
                content: source.contentLine(line)
            )
            // One problem per line: libical's later complaints about a line follow from its first (a VALUE type it
            // refuses, then the value it cannot read as the default type; a line without ':' split in two).
            if let problem = complaints.lazy.compactMap({ diagnosis.problem(type: $0.type, text: $0.text) }).first {
                errors.append(problem)
            }
        }
        var inContext = 0
        var property = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY)
        while property != nil {
            inContext += 1
            property = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)
        }
        if inContext > placed {
            errors.append(
                CalendarImportError(
                    code: .invalidLine,
                    file: source.file,
                    line: source.beginLine(of: span),
                    value: nil,
                    phrase: Phrase("calendar.componentProblem", ["component": .verbatim(name)])
                )
            )
        }
        return errors
    }

    /// libical's complaints (`X-LIC-ERROR` type and text) about one content line, parsed alone inside
    /// `BEGIN:<component>` and `END:<component>`.
    private static func complaints(
        about line: ArraySlice<UInt8>,
        in component: String
    ) -> [(type: String, text: String)] {
        var text = Array("BEGIN:\(component)\r\n".utf8) + line
        if text.last != 0x0A { text += [0x0D, 0x0A] }
        text += Array("END:\(component)\r\n".utf8) + [0]
        let parsed = text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { icalparser_parse_string($0.baseAddress) }
        }
        guard let parsed else { return [(type: "COMPONENT-PARSE-ERROR", text: "")] }
        defer { icalcomponent_free(parsed) }
        var complaints: [(type: String, text: String)] = []
        var property = icalcomponent_get_first_property(parsed, ICAL_XLICERROR_PROPERTY)
        while let current = property {
            let message = icalproperty_get_xlicerror(current).map { String(cString: $0) } ?? ""
            var type = ""
            if let parameter = icalproperty_get_first_parameter(current, ICAL_XLICERRORTYPE_PARAMETER),
                let name = icalparameter_enum_to_string(Int32(icalparameter_get_xlicerrortype(parameter).rawValue))
            {
                type = String(cString: name)
            }
            complaints.append((type: type, text: message))
            property = icalcomponent_get_next_property(parsed, ICAL_XLICERROR_PROPERTY)
        }
        return complaints
    }
}

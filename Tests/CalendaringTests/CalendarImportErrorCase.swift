import Calendaring
import Testing

/// One malformed file and the whole diagnostic it must give.
struct CalendarImportErrorCase: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let code: CalendarImportError.Code
    let value: String?
    let rendered: String

    init(_ name: String, _ bytes: [UInt8], _ code: CalendarImportError.Code, value: String?, _ rendered: String) {
        self.name = name
        self.bytes = bytes
        self.code = code
        self.value = value
        self.rendered = rendered
    }

    /// A calendar of one event with `properties` (line 7 onwards: lines 1–3 are the calendar's head, 4–6 the
    /// event's BEGIN, UID and DTSTAMP).
    init(
        _ name: String,
        event properties: [String],
        _ code: CalendarImportError.Code,
        value: String?,
        _ rendered: String
    ) {
        self.init(
            name,
            CalendarImportFixtures.calendar(CalendarImportFixtures.event(properties)),
            code,
            value: value,
            rendered
        )
    }

    var testDescription: String { name }
}

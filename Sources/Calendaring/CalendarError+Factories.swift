internal import CLibical
internal import Phrasebook

extension CalendarError {
    /// What libical failed to do: `could not create the VEVENT component`.
    enum LibicalStep {
        case createComponent(String)
        case serialiseComponent(String)
        case createProperty(String)
        case createParameter(String)
        case formatValue(String)
        case createValue(String)

        var phrase: Phrase {
            switch self {
            case .createComponent(let name): Phrase("calendar.error.createComponent", ["name": .verbatim(name)])
            case .serialiseComponent(let name): Phrase("calendar.error.serialiseComponent", ["name": .verbatim(name)])
            case .createProperty(let name): Phrase("calendar.error.createProperty", ["name": .verbatim(name)])
            case .createParameter(let name): Phrase("calendar.error.createParameter", ["name": .verbatim(name)])
            case .formatValue(let name): Phrase("calendar.error.formatValue", ["name": .verbatim(name)])
            case .createValue(let name): Phrase("calendar.error.createValue", ["name": .verbatim(name)])
            }
        }
    }

    /// A libical failure, with libical's own explanation of its current error number (as libical wrote it).
    static func libical(_ step: LibicalStep) -> CalendarError {
        let reason = icalerror_strerror(clibical_errno()).map { String(cString: $0) } ?? "unknown error"
        return CalendarError(
            code: .libical,
            phrase: Phrase("calendar.error.libical", ["step": step.phrase, "reason": .verbatim(reason)])
        )
    }

    /// An event whose values cannot be written; `uid` identifies it without revealing anyone.
    ///
    /// `problem` is a key under `calendar.error.event.`, with its values written as they are.
    static func invalidEvent(uid: String, _ problem: String, _ values: [String: String] = [:]) -> CalendarError {
        CalendarError(
            code: .invalidEvent,
            phrase: Phrase(
                "calendar.error.invalidEvent",
                [
                    "uid": .verbatim(uid),
                    "problem": Phrase("calendar.error.event.\(problem)", values.mapValues(Phrase.verbatim)),
                ]
            )
        )
    }

    /// A time-zone name that the system tzdata does not define.
    static func unknownTimeZone(_ identifier: String) -> CalendarError {
        CalendarError(
            code: .unknownTimeZone,
            phrase: Phrase("calendar.error.unknownTimeZone", ["zone": .verbatim(identifier)])
        )
    }
}

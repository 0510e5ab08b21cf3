internal import CLibical

extension CalendarError {
    /// A libical failure, with libical's own explanation of its current error number.
    static func libical(_ what: String) -> CalendarError {
        let reason = icalerror_strerror(clibical_errno()).map { String(cString: $0) } ?? "unknown error"
        return CalendarError(code: .libical, message: "libical \(what) (\(reason)).")
    }

    /// An event whose values cannot be written; `uid` identifies it without revealing anyone.
    static func invalidEvent(uid: String, _ problem: String) -> CalendarError {
        CalendarError(code: .invalidEvent, message: "Event '\(uid)': \(problem).")
    }

    /// A time-zone name that the system tzdata does not define.
    static func unknownTimeZone(_ identifier: String) -> CalendarError {
        CalendarError(
            code: .unknownTimeZone,
            message: "The time zone '\(identifier)' is not an IANA time-zone name known to the system tzdata; "
                + "expected a name such as 'Europe/Zurich'."
        )
    }
}

import Phrasebook

extension CalendarImportError {
    /// A calendar file that cannot be read at all (missing, a folder, no permission), for callers that read
    /// files from disk; `reason` says why, in the system's words.
    public static func unreadable(file: String, reason: String) -> CalendarImportError {
        CalendarImportError(
            code: .unreadableCalendar,
            file: file,
            line: 0,
            phrase: Phrase("calendar.unreadable", ["reason": .verbatim(reason)])
        )
    }
}

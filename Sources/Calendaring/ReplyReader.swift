internal import CLibical
import Phrasebook

/// Reads the answers people send back to an invitation: iTIP `METHOD:REPLY` objects (RFC 5546 §3.2.3), as
/// Outlook, Google Calendar, Apple Calendar and Thunderbird write them, through libical.
///
/// The file is checked as ``BusyTimeReader`` checks a calendar (UTF-8 text, `BEGIN`/`END` pairs, values libical
/// cannot read, unknown time zones), then:
/// - every `VCALENDAR` must say `METHOD:REPLY` (RFC 5545 §3.7.2);
/// - every `VEVENT` (RFC 5545 §3.6.1) gives one ``CalendarReply`` per `ATTENDEE` (§3.8.4.1; RFC 5546 asks for
///   exactly one, delegation replies carry two), and needs a `UID` (§3.8.4.7);
/// - `PARTSTAT` (§3.2.12) must be `ACCEPTED`, `TENTATIVE` or `DECLINED`: `NEEDS-ACTION` (also what a missing
///   `PARTSTAT` means) and `DELEGATED` are not supported, to-do statuses and unknown values are refused;
/// - `SEQUENCE` (§3.8.7.4) defaults to 0;
/// - the attendee's address is its `mailto:` value, else its `EMAIL` parameter (RFC 7986 §6.2), which Apple
///   Calendar adds when the value is a `urn:uuid:`; it is lower-cased.
///
/// Whether a reply concerns a session Entraide sent, and a participant, is the caller's business
/// (`ReplyApplication` in the Publication module). Errors never quote an attendee, only codes and values such
/// as a METHOD, a PARTSTAT or a SEQUENCE.
public enum ReplyReader {
    /// Reads one reply file (its bytes as read from disk).
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes, UTF-8 (a byte-order mark and LF-only line ends are accepted).
    ///   - file: the name to show in errors.
    ///   - defaultTimeZone: the IANA zone of a floating `RECURRENCE-ID` (the organisation's).
    /// - Returns: one reply per attendee of each `VEVENT`, in file order.
    /// - Throws: ``CalendarImportError`` for the first problem found (in line order for lines libical cannot
    ///   read), located at its line: a reply answers one invitation, so one problem is enough to refuse it.
    public static func read(
        _ bytes: [UInt8],
        file: String,
        defaultTimeZone: String = "Europe/Zurich"
    ) throws(CalendarImportError) -> [CalendarReply] {
        let defaultClock = try ZoneClock.defaultClock(defaultTimeZone, file: file)
        let calendar: CalendarFile
        do throws(CalendarImportErrors) {
            calendar = try CalendarFile(bytes, file: file, defaultClock: defaultClock)
        } catch {
            throw error.errors[0]
        }
        if let first = CalendarImportErrors(calendar.libicalErrors()).errors.first { throw first }
        try calendar.checkReplyMethod()
        let events = calendar.components(ICAL_VEVENT_COMPONENT, named: "VEVENT")
        guard !events.isEmpty else {
            throw CalendarImportError(
                code: .missingEvent,
                file: file,
                line: 0,
                phrase: Phrase("calendar.reply.noEvent")
            )
        }
        var replies: [CalendarReply] = []
        for reader in events {
            replies += try reader.replies()
        }
        return replies
    }
}

extension CalendarFile {
    /// Throws unless every `VCALENDAR` of the file says `METHOD:REPLY` (RFC 5546 §1.4).
    func checkReplyMethod() throws(CalendarImportError) {
        let spans = source.spans.indices.filter {
            source.spans[$0].name == "VCALENDAR" && source.spans[$0].parent == nil
        }
        for (index, component) in parsed.calendars.enumerated() {
            let reader = ComponentReader(
                component: component,
                calendar: component,
                span: index < spans.count ? spans[index] : nil,
                source: source,
                resolver: resolver
            )
            guard let property = reader.first(ICAL_METHOD_PROPERTY) else {
                throw reader.error(
                    .notAReply,
                    property: nil,
                    containing: nil,
                    value: nil,
                    Phrase("calendar.reply.noMethod")
                )
            }
            guard icalproperty_get_method(property) != ICAL_METHOD_REPLY else { continue }
            let method = reader.valueText(of: property)
            throw reader.error(
                .notAReply,
                property: "METHOD",
                containing: method,
                value: method,
                Phrase("calendar.reply.notReply", ["method": .verbatim(method)])
            )
        }
    }
}

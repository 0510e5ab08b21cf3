internal import CLibical
import Phrasebook
internal import PlanningDomain

extension ComponentReader {
    /// The replies of one `VEVENT` of a `METHOD:REPLY` object (RFC 5546 §3.2.3): one per `ATTENDEE`.
    func replies() throws(CalendarImportError) -> [CalendarReply] {
        try checkSequence()
        guard let uid = icalcomponent_get_uid(component).map({ String(cString: $0).trimmingSpaces() }), !uid.isEmpty
        else {
            throw error(
                .missingUID,
                property: nil,
                containing: nil,
                value: nil,
                Phrase("calendar.reply.noUID")
            )
        }
        let attendees = all(ICAL_ATTENDEE_PROPERTY)
        guard !attendees.isEmpty else {
            throw error(
                .missingAttendee,
                property: nil,
                containing: nil,
                value: nil,
                Phrase("calendar.reply.noAttendee")
            )
        }
        var recurrenceID: Int64?
        if let property = first(ICAL_RECURRENCEID_PROPERTY) {
            recurrenceID = try time(icalproperty_get_recurrenceid(property), of: property, named: "RECURRENCE-ID")
                .utcSeconds(defaultClock: resolver.defaultClock)
        }
        let sequence = Int(icalcomponent_get_sequence(component))
        var replies: [CalendarReply] = []
        for attendee in attendees {
            replies.append(
                CalendarReply(
                    uid: uid,
                    sequence: sequence,
                    attendeeEmail: try email(of: attendee),
                    status: try participation(of: attendee),
                    recurrenceID: recurrenceID,
                    attendeeCount: attendees.count
                )
            )
        }
        return replies
    }

    // MARK: - Private helpers

    /// The attendee's address: the `mailto:` value, else the `EMAIL` parameter (RFC 7986 §6.2); lower-cased.
    private func email(of attendee: OpaquePointer) throws(CalendarImportError) -> String {
        let value = icalproperty_get_attendee(attendee).map { String(cString: $0).trimmingSpaces() } ?? ""
        if value.lowercased().hasPrefix("mailto:") {
            let address = String(value.dropFirst("mailto:".count)).trimmingSpaces()
            if address.contains("@") { return address.lowercased() }
        }
        if let parameter = icalproperty_get_first_parameter(attendee, ICAL_EMAIL_PARAMETER),
            let text = icalparameter_get_email(parameter)
        {
            let address = String(cString: text).trimmingSpaces()
            let bare = address.lowercased().hasPrefix("mailto:") ? String(address.dropFirst(7)) : address
            if bare.contains("@") { return bare.lowercased() }
        }
        // The value is personal data: the message names the property, never its text.
        throw error(
            .missingAttendee,
            property: "ATTENDEE",
            containing: nil,
            value: nil,
            Phrase("calendar.reply.noAddress")
        )
    }

    /// `ACCEPTED`, `TENTATIVE` or `DECLINED`; throws for any other `PARTSTAT` (RFC 5545 §3.2.12).
    private func participation(of attendee: OpaquePointer) throws(CalendarImportError) -> RecipientCopy.Reply {
        guard let parameter = icalproperty_get_first_parameter(attendee, ICAL_PARTSTAT_PARAMETER) else {
            throw error(
                .unsupportedParticipation,
                property: "ATTENDEE",
                containing: nil,
                value: nil,
                Phrase("calendar.reply.noPartstat")
            )
        }
        switch icalparameter_get_partstat(parameter) {
        case ICAL_PARTSTAT_ACCEPTED: return .accepted
        case ICAL_PARTSTAT_TENTATIVE: return .tentative
        case ICAL_PARTSTAT_DECLINED: return .declined
        case let status:
            let value = Self.parameterValue(parameter, name: "PARTSTAT")
            let isUnsupported = status == ICAL_PARTSTAT_NEEDSACTION || status == ICAL_PARTSTAT_DELEGATED
            throw error(
                .unsupportedParticipation,
                property: "ATTENDEE",
                containing: "PARTSTAT=" + value,
                value: value,
                Phrase(
                    isUnsupported ? "calendar.reply.unsupportedPartstat" : "calendar.reply.unknownPartstat",
                    ["value": .verbatim(value)]
                )
            )
        }
    }

    /// Throws for a `SEQUENCE` libical could not read (it drops the property, which would read as 0) or a
    /// negative one.
    private func checkSequence() throws(CalendarImportError) {
        for property in all(ICAL_XLICERROR_PROPERTY) {
            guard let text = icalproperty_get_xlicerror(property).map({ String(cString: $0) }),
                let marker = text.firstRange(of: " SEQUENCE property. Removing entire property:")
            else { continue }
            let value = String(text[marker.upperBound...]).trimmingSpaces()
            throw sequenceError(value)
        }
        if let property = first(ICAL_SEQUENCE_PROPERTY), icalproperty_get_sequence(property) < 0 {
            throw sequenceError(valueText(of: property))
        }
    }

    private func sequenceError(_ value: String) -> CalendarImportError {
        let problem =
            value.isEmpty
            ? Phrase("calendar.reply.noSequence") : Phrase("calendar.reply.badSequence", ["value": .verbatim(value)])
        return error(
            .invalidSequence,
            property: "SEQUENCE",
            containing: value.isEmpty ? nil : value,
            value: value.isEmpty ? nil : value,
            problem
        )
    }

    /// The text of a parameter's value, as written (`NEEDS-ACTION`, `X-MAYBE`).
    private static func parameterValue(_ parameter: OpaquePointer, name: String) -> String {
        guard let text = icalparameter_as_ical_string_r(parameter) else { return "" }
        defer { icalmemory_free_buffer(text) }
        let written = String(cString: text)
        return written.hasPrefix(name + "=") ? String(written.dropFirst(name.count + 1)) : written
    }
}

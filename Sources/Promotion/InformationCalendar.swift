public import Calendaring
internal import PlanDocuments
public import PlanningDomain

/// The information session as an "add to calendar" file for the public: `METHOD:PUBLISH` (RFC 5545 §3.7.2),
/// one `VEVENT` (§3.6.1), the centre as `ORGANIZER` (§3.8.4.3) and nobody else named (no `ATTENDEE`, no
/// facilitator).
///
/// Discretion, as for invitations: unless staff chose `group.calendar-title: public`, the `SUMMARY` and the
/// calendar's name give the session and the centre only (« Séance d'information — Centre d'entraide Vaud »), not
/// the group's title, and the event is `CLASS:PRIVATE` (§3.8.1.3), so that a calendar shared with family or
/// colleagues does not tell the group's theme.
///
/// Its UID (§3.8.4.7), `information.public.<group>@<domain>`, differs from the one participants' invitations
/// use (`information.<group>@<domain>`): someone who adds the public event and later registers keeps two events
/// rather than a published event that an invitation silently replaces.
public enum InformationCalendar {
    /// The document, or `nil` while the information session's date and place are not known.
    public static func document(for content: FlyerContent, stamp: Instant) -> CalendarDocument? {
        guard let session = content.information else { return nil }
        let wording = FlyerWording(content)
        let catalogue = wording.catalogue
        let venue = session.venue
        let location = catalogue.text("event.location", ["venue": venue.name, "address": venue.address])
        let sessionTitle = catalogue.title(of: .information)
        var description = catalogue.text(
            "event.descriptionPublished",
            [
                "session": sessionTitle, "group": content.title, "organisation": content.centre,
                "location": location, "organiserName": content.contact.name,
                "organiserEmail": content.contact.email,
            ]
        )
        if venue.hasStepFreeAccess { description += "\n" + catalogue.text("event.descriptionAccess") }
        if let address = content.registration {
            description += "\n" + catalogue.text("announcement.register", ["ways": address.text])
        }
        let event = CalendarEvent(
            uid: "information.public.\(content.group.rawValue)@\(content.uidDomain)",
            sequence: 0,
            stamp: stamp.secondsSince1970,
            start: session.start,
            end: session.end,
            summary: content.isCalendarTitlePublic
                ? catalogue.text("event.summary", ["session": sessionTitle, "group": content.title])
                : catalogue.text(
                    "invitation.title.neutralChair",
                    ["session": sessionTitle, "organisation": content.centre]
                ),
            description: description,
            location: location,
            status: .confirmed,
            classification: content.isCalendarTitlePublic ? nil : .private,
            organizer: content.contact
        )
        return CalendarDocument(
            method: .publish,
            productID: PlanCalendars.productID,
            timeZone: content.timeZone,
            name: catalogue.text(
                content.isCalendarTitlePublic ? "calendar.name" : "calendar.name.neutral",
                ["group": content.title, "organisation": content.centre]
            ),
            events: [event]
        )
    }

    /// The `.ics` bytes of ``document(for:stamp:)``, or `nil` while the session is not known.
    ///
    /// - Throws: ``PromotionError/Code-swift.struct/calendarFailed`` when libical fails.
    public static func bytes(for content: FlyerContent, stamp: Instant) throws(PromotionError) -> [UInt8]? {
        guard let document = document(for: content, stamp: stamp) else { return nil }
        do {
            return try ICSWriter.bytes(for: document)
        } catch {
            throw PromotionError(code: .calendarFailed, value: error.description)
        }
    }
}

public import Calendaring
public import PlanDocuments
public import PlanningDomain

/// The invitations of an intake interview: one `.ics` for the initiator and one for the staff member, each with
/// exactly one `ATTENDEE` (RFC 5545 §3.8.4.1), the centre as `ORGANIZER` (§3.8.4.3), `CLASS:PRIVATE` (§3.8.1.3), a
/// reminder the day before (§3.6.6), in the recipient's language; and their moves and cancellations (`RSVP=FALSE`).
///
/// - ``request(_:)``: `METHOD:REQUEST` (RFC 5546 §3.2.2) at the interview's `SEQUENCE`.
/// - ``move(_:to:mode:place:)``: the same `UID`, `SEQUENCE` + 1 (RFC 5545 §3.8.7.4), the new times: a REQUEST
///   that updates the event in both calendars.
/// - ``cancel(_:)``: `METHOD:CANCEL` (RFC 5546 §3.2.5), `STATUS:CANCELLED` (§3.8.1.11), `SEQUENCE` + 1.
///
/// Pure functions: the outbox sends them in the next round. Discretion: the staff member's copy never names the
/// initiator (a staff calendar may be shared in the centre); the initiator's copy names only them.
public struct IntakeInvitations: Sendable {
    /// The centre: organiser, UID domain, time zone, language, phone.
    public let organisation: Organisation
    /// `DTSTAMP` of every event (RFC 5545 §3.8.7.2).
    public let stamp: Instant

    /// The writer of a centre's interview invitations, stamped `stamp`.
    public init(organisation: Organisation, stamp: Instant) {
        self.organisation = organisation
        self.stamp = stamp
    }

    /// The two invitations of a booked interview: the initiator's, then the staff member's.
    public func request(_ interview: IntakeInterview) -> [IntakeInvitation] {
        invitations(of: interview, method: .request)
    }

    /// The interview moved to `slot` (and to another mode or place when given), its `SEQUENCE` one higher, and
    /// the two REQUESTs that update it.
    public func move(
        _ interview: IntakeInterview,
        to slot: IntakeSlot,
        mode: InterviewMode? = nil,
        place: String?? = nil
    ) -> (interview: IntakeInterview, invitations: [IntakeInvitation]) {
        var moved = interview
        moved.start = slot.start
        moved.end = slot.end
        moved.mode = mode ?? interview.mode
        if let place { moved.place = place }
        moved.sequence = interview.sequence + 1
        moved.isCancelled = false
        return (moved, invitations(of: moved, method: .request))
    }

    /// The interview cancelled, its `SEQUENCE` one higher, and the two CANCELs.
    public func cancel(_ interview: IntakeInterview) -> (interview: IntakeInterview, invitations: [IntakeInvitation]) {
        var cancelled = interview
        cancelled.sequence = interview.sequence + 1
        cancelled.isCancelled = true
        return (cancelled, invitations(of: cancelled, method: .cancel))
    }

    // MARK: - Documents

    private func invitations(of interview: IntakeInterview, method: CalendarDocument.Method) -> [IntakeInvitation] {
        let initiator = Addressee(
            recipient: .participant(Participant.ID("intake-\(interview.id.rawValue)")),
            name: interview.initiator.name,
            email: interview.initiator.email,
            language: Wording(interview.initiator.language).language
        )
        let staff = Addressee(interview.staff, of: organisation)
        return [
            invitation(interview, method: method, to: .initiator, addressee: initiator, isStaffCopy: false),
            invitation(interview, method: method, to: .staff(interview.staff.id), addressee: staff, isStaffCopy: true),
        ]
    }

    private func invitation(
        _ interview: IntakeInterview,
        method: CalendarDocument.Method,
        to recipient: IntakeInvitation.Recipient,
        addressee: Addressee,
        isStaffCopy: Bool
    ) -> IntakeInvitation {
        let wording = Wording(for: addressee)
        // A cancellation asks for no reply (RSVP=FALSE, RFC 5545 §3.2.17), as the publications' CANCELs.
        let attendee = CalendarAttendee(
            name: addressee.name,
            email: addressee.email,
            role: isStaffCopy ? .chair : .requiredParticipant,
            rsvp: method != .cancel
        )
        let document = document(
            interview,
            method: method,
            attendee: attendee,
            wording: wording,
            isStaffCopy: isStaffCopy
        )
        let letter = IntakeLetter(
            interview: interview,
            method: method,
            addressee: addressee,
            description: document.events.first?.description ?? ""
        )
        return IntakeInvitation(
            recipient: recipient,
            document: document,
            addressee: addressee,
            subject: letter.subject,
            text: letter.text
        )
    }

    private func document(
        _ interview: IntakeInterview,
        method: CalendarDocument.Method,
        attendee: CalendarAttendee,
        wording: Wording,
        isStaffCopy: Bool
    ) -> CalendarDocument {
        let summary = wording.text("intake.summary")
        var event = CalendarEvent(
            uid: interview.uid(domain: organisation.uidDomain),
            sequence: interview.sequence,
            stamp: stamp.secondsSince1970,
            start: interview.start,
            end: interview.end,
            summary: summary,
            description: description(of: interview, wording: wording, isStaffCopy: isStaffCopy),
            location: location(of: interview, wording: wording),
            status: method == .cancel ? .cancelled : .confirmed,
            // An interview about a health theme: hidden in shared and delegated calendars (RFC 5545 §3.8.1.3).
            classification: .private,
            organizer: organisation.organiser,
            attendees: [attendee]
        )
        if method != .cancel {
            event.reminder = Reminder(
                minutesBefore: 24 * 60,
                description: wording.text(
                    "event.reminder",
                    ["summary": summary, "time": wording.time(interview.start.time)]
                )
            )
        }
        return CalendarDocument(
            method: method,
            productID: PlanCalendars.productID,
            timeZone: organisation.timeZone,
            events: [event]
        )
    }

    /// `LOCATION`: the place at the centre, « Par téléphone », or « Visioconférence » and the link.
    private func location(of interview: IntakeInterview, wording: Wording) -> String? {
        switch interview.mode {
        case .centre: interview.place
        case .phone: wording.text("intake.location.phone")
        case .video:
            [wording.text("intake.location.video"), interview.place].compactMap(\.self).joined(separator: " ")
        }
    }

    private func description(of interview: IntakeInterview, wording: Wording, isStaffCopy: Bool) -> String {
        let mode = wording.text("intake.mode.\(interview.mode.rawValue)")
        var place = ""
        switch interview.mode {
        case .centre, .video:
            if let link = interview.place {
                place = wording.text("intake.where.\(interview.mode.rawValue)", ["place": link])
            }
        case .phone:
            place = wording.text(isStaffCopy ? "intake.where.phone.staff" : "intake.where.phone")
        }
        if isStaffCopy {
            let group = interview.group.map { wording.text("intake.group", ["group": $0.rawValue]) } ?? ""
            return wording.text("intake.description.staff", ["mode": mode, "group": group]) + place
        }
        let contact = [organisation.organiser.name, organisation.organiser.email, organisation.phone]
            .compactMap(\.self).joined(separator: ", ")
        return wording.text(
            "intake.description.initiator",
            ["mode": mode, "staff": interview.staff.name, "organisation": organisation.name]
        ) + place + "\n" + wording.text("intake.contact", ["contact": contact])
    }
}

/// One invitation file of an interview.
public struct IntakeInvitation: Hashable, Sendable {
    /// Who it is for.
    public enum Recipient: Hashable, Sendable {
        /// The person who wants to open a group.
        case initiator
        /// The staff member who holds the interview.
        case staff(Facilitator.ID)

        /// The file name: `initiator.ics`, `staff-<id>.ics`.
        public var fileName: String {
            switch self {
            case .initiator: "initiator.ics"
            case .staff(let id): "staff-\(id.rawValue).ics"
            }
        }
    }

    /// Who it is for.
    public var recipient: Recipient
    /// The calendar object.
    public var document: CalendarDocument
    /// The person it goes to, as the e-mail addresses them.
    public var addressee: Addressee
    /// The e-mail's subject, in the recipient's language.
    public var subject: String
    /// The e-mail's plain text, in the recipient's language.
    public var text: String

    /// An invitation.
    public init(
        recipient: Recipient,
        document: CalendarDocument,
        addressee: Addressee,
        subject: String,
        text: String
    ) {
        self.recipient = recipient
        self.document = document
        self.addressee = addressee
        self.subject = subject
        self.text = text
    }

    /// The `.ics` bytes, through libical.
    public func bytes() throws(CalendarError) -> [UInt8] { try ICSWriter.bytes(for: document) }
}

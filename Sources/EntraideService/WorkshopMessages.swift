internal import Calendaring
internal import MailMessages
internal import OutputFiles
internal import PlanDocuments
internal import PlanningDomain
internal import Publication
internal import RegionalDocuments
internal import WorkspaceStore

/// The bytes of the workshop publication's messages: each `WorkshopPublisher.Delivery` as an outbox draft and
/// as files of the bundle.
///
/// - `REQUEST`: the person's invitation (`RegionalCalendars.invitation(to:for:)`) with the `UID` they hold and
///   the `SEQUENCE` of the delivery, carried by the invitation's letter, or the update's for a move.
/// - `CANCEL`: the same event as the person holds it (the date, time and room last sent), `METHOD:CANCEL`
///   (RFC 5546 §3.2.5), `STATUS:CANCELLED` (RFC 5545 §3.8.1.11), `RSVP=FALSE` and no reminder, carried by the
///   cancellation letter.
/// - waiting-list letter: a plain e-mail (`MailLetter`), no calendar.
///
/// Discretion: each message names its one recipient only.
struct WorkshopMessages {
    let problem: RegionalProblem
    let plan: RegionalPlan
    let people: [Participant.ID: Participant]
    let stamp: Instant

    init(problem: RegionalProblem, plan: RegionalPlan, people: [Participant], stamp: Instant) {
        self.problem = problem
        self.plan = plan
        self.people = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.stamp = stamp
    }

    /// The drafts, in the order of the deliveries, and the bundle of their files.
    func render(
        _ deliveries: [WorkshopPublisher.Delivery]
    ) throws(ServiceError) -> (
        drafts: [OutboxDraft], bundle: OutputBundle
    ) {
        let organisation = problem.centre.organisation
        let calendars = RegionalCalendars(problem: problem, stamp: stamp)
        let letters = WorkshopLetters(
            problem: problem,
            plan: plan,
            now: TimeZoneConversion.localDateTime(of: stamp, in: organisation.timeZone)
        )
        var drafts: [OutboxDraft] = []
        var bundle = OutputBundle(command: "calendar")
        do {
            for delivery in deliveries {
                guard let person = people[delivery.person] else { continue }
                let addressee = Addressee(person, of: organisation)
                let workshop = delivery.workshop.rawValue
                let envelope = MailEnvelope(from: organisation.organiser.email, to: person.email)
                switch delivery.kind {
                case .waiting:
                    guard let entry = delivery.waiting,
                        let letter = letters.waiting(entry, of: delivery.workshop, to: person)
                    else { continue }
                    let eml = try MailLetter.bytes(
                        subject: letter.subject,
                        body: letter.body,
                        language: letter.language,
                        to: addressee,
                        from: organisation,
                        stamp: stamp,
                        key: "waiting.\(workshop).\(entry.rank).\(stamp.secondsSince1970)"
                    )
                    let text = Array((letter.subject + "\n\n" + letter.body + "\n").utf8)
                    bundle.add(text, at: try BundlePath("waiting", person.id.rawValue, "\(workshop).txt"))
                    bundle.add(eml, at: try BundlePath("waiting", person.id.rawValue, "\(workshop).eml"))
                    drafts.append(
                        draft(delivery, method: .letter, stem: "waiting", ics: [], eml: eml, envelope: envelope)
                    )
                case .request, .cancel:
                    guard let (document, letter) = invitation(delivery, to: person, calendars, letters) else {
                        continue
                    }
                    let ics = try ICSWriter.bytes(for: document)
                    let eml = try MailMessage.bytes(
                        for: document,
                        subject: letter.subject,
                        body: letter.body,
                        language: letter.language,
                        to: addressee,
                        from: organisation,
                        stamp: stamp
                    )
                    bundle.add(ics, at: try BundlePath("invites", person.id.rawValue, "\(workshop).ics"))
                    bundle.add(eml, at: try BundlePath("invites", person.id.rawValue, "\(workshop).eml"))
                    let method: OutboxDraft.Method = delivery.kind == .cancel ? .cancel : .request
                    drafts.append(
                        draft(delivery, method: method, stem: "invites", ics: ics, eml: eml, envelope: envelope)
                    )
                }
            }
        } catch let error as MailError {
            throw PlanCalendar.mail(error)
        } catch {
            throw PlanCalendar.notWritten("publication", error)
        }
        return (drafts, bundle)
    }

    // MARK: - Private helpers

    /// The document and letter of a `REQUEST` or `CANCEL`, with the delivery's `UID` and `SEQUENCE`.
    private func invitation(
        _ delivery: WorkshopPublisher.Delivery,
        to person: Participant,
        _ calendars: RegionalCalendars,
        _ letters: WorkshopLetters
    ) -> (CalendarDocument, WorkshopLetter)? {
        let run: WorkshopRun
        let letter: WorkshopLetter?
        switch delivery.kind {
        case .request:
            guard let current = delivery.run else { return nil }
            run = current
            letter =
                delivery.reason == .moved
                ? letters.update(to: person, for: current) : letters.invitation(to: person, for: current)
        default:
            guard let held = delivery.previous else { return nil }
            run = WorkshopRun(workshop: delivery.workshop, slot: held, facilitators: [], enrolled: [person.id])
            letter = letters.cancellation(
                to: person,
                of: delivery.workshop,
                held: held,
                isRunHeld: delivery.reason == .noLongerEnrolled
            )
        }
        guard var document = calendars.invitation(to: person, for: run), let letter, !document.events.isEmpty else {
            return nil
        }
        document.events[0].uid = delivery.uid
        document.events[0].sequence = delivery.sequence
        if delivery.kind == .cancel {
            document.method = .cancel
            document.events[0].status = .cancelled
            document.events[0].reminder = nil
            document.events[0].attendees = document.events[0].attendees.map { attendee in
                var attendee = attendee
                attendee.rsvp = false
                return attendee
            }
        }
        return (document, letter)
    }

    private func draft(
        _ delivery: WorkshopPublisher.Delivery,
        method: OutboxDraft.Method,
        stem: String,
        ics: [UInt8],
        eml: [UInt8],
        envelope: MailEnvelope
    ) -> OutboxDraft {
        OutboxDraft(
            recipient: .participant(delivery.person),
            subject: .session(.workshop),
            uid: delivery.uid,
            sequence: delivery.sequence,
            method: method,
            reason: delivery.reason.rawValue,
            fileStem: "\(stem)/\(delivery.person.rawValue)/\(delivery.workshop.rawValue)",
            ics: ics,
            eml: eml,
            envelope: envelope,
            workshop: delivery.workshop
        )
    }
}

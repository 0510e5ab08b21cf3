internal import Calendaring
internal import MailMessages
public import OutputFiles
internal import PlanDocuments
public import PlanningDomain
public import Publication
internal import RegionalDocuments
public import WorkspaceStore

/// `entraide calendar --workspace WS --publish`: publishes the workshop runs of a coordinator's calendar
/// through the workspace's outbox, following the publication rules (`WorkshopPublisher`).
///
/// In one transaction: what each person last received is read, compared with the calendar, and the new state
/// and the messages are stored together: one e-mail per person and message — an invitation or its update
/// (`METHOD:REQUEST`, one `ATTENDEE`, the `UID` the person already holds and `SEQUENCE` + 1 for a change), a
/// cancellation (`METHOD:CANCEL`, `STATUS:CANCELLED`), or a waiting-list letter (plain e-mail, no calendar).
/// Nothing is sent here: `entraide send` sends them and records the server's answer. Publishing the same
/// calendar again records and queues nothing.
///
/// The workspace keeps the name, e-mail address and language of every person it writes to (`WorkshopPerson`),
/// refreshed from the interest file at each publication: someone gone from the interest file while holding an
/// invitation receives its `CANCEL` at the address kept. A forgotten person (`entraide forget`) is never written
/// to again, even while the interest file still names them (``Outcome/forgotten``).
public struct PublishWorkshops: Sendable {
    /// What the publication did.
    public struct Outcome: Hashable, Sendable {
        /// The publication run recorded, or `nil` when nothing was to be sent.
        public var run: PublicationRun?
        /// What was queued for whom and why, by id.
        public var messages: [Summary]
        /// People holding a live invitation that cannot be addressed: gone from the interest file, and no
        /// address kept by the workspace.
        public var unaddressed: [Participant.ID]
        /// The messages' files, the same bytes as the outbox holds: `invites/<person>/<workshop>.ics` and `.eml`
        /// (a `REQUEST` or a `CANCEL`), `waiting/<person>/<workshop>.txt` and `.eml`.
        public var bundle: OutputBundle
        /// People of the interest file who were forgotten (`entraide forget`): left out and never written to; the
        /// interest file should no longer name them.
        public var forgotten: [Participant.ID] = []
    }

    /// One queued message, by ids.
    public struct Summary: Hashable, Sendable {
        /// Invitation, cancellation or waiting-list letter.
        public typealias Kind = WorkshopPublisher.Kind

        /// To whom.
        public var person: Participant.ID
        /// About which workshop.
        public var workshop: Workshop.ID
        /// Invitation, cancellation or waiting-list letter.
        public var kind: Kind
        /// Why.
        public var reason: WorkshopPublisher.Reason
        /// The `SEQUENCE` written (0 for a letter).
        public var sequence: Int
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Compares the calendar's workshop runs and waiting lists with what was sent, and records and queues the
    /// difference.
    ///
    /// - Parameters:
    ///   - problem: the problem planned (its centre, workshops and organisation).
    ///   - plan: the calendar.
    ///   - people: the people of the interest file; with those the workspace keeps, the ones who can be
    ///     addressed.
    ///   - now: `DTSTAMP`, the e-mails' `Date` and the run's time.
    /// - Returns: the run recorded (if any), what was queued, who could not be addressed, and the messages' files.
    /// - Throws: `rendering` when a message cannot be written, `invalid-input` for an organisation whose
    ///   addresses cannot make an e-mail; nothing is then stored.
    public func run(
        problem: RegionalProblem,
        plan: RegionalPlan,
        people: [Participant],
        now: Instant
    ) throws(ServiceError) -> Outcome {
        try WorkspaceAccess.write(workspace) { writer throws -> Outcome in
            let previous = try writer.workshopPublications()
            let notices = try writer.waitingNotices()
            let kept = try writer.workshopPeople()
            let forgotten = Set(kept.filter { $0.status == .forgotten }.map(\.id))
            let interest = people.filter { !forgotten.contains($0.id) }
            let addressees = Self.addressees(
                interest,
                kept: kept,
                readingOtherwise: problem.centre.organisation.language
            )
            let calendars = RegionalCalendars(problem: problem, stamp: now)
            let publisher = WorkshopPublisher(
                previous: previous,
                notices: notices,
                addressable: Set(addressees.map(\.id)),
                forgotten: forgotten,
                uid: { run in calendars.uid(of: run) }
            )
            let result = publisher.publish(plan)
            let rendered = try WorkshopMessages(problem: problem, plan: plan, people: addressees, stamp: now)
                .render(result.deliveries)
            let run = try writer.recordWorkshopPublication(
                result.publications,
                notices: result.notices,
                at: now,
                reason: "workshops of the calendar",
                messages: rendered.drafts
            )
            try writer.recordWorkshopPeople(interest, addressed: Set(result.deliveries.map(\.person)))
            return Outcome(
                run: run,
                messages: result.deliveries.map {
                    Summary(
                        person: $0.person,
                        workshop: $0.workshop,
                        kind: $0.kind,
                        reason: $0.reason,
                        sequence: $0.sequence
                    )
                },
                unaddressed: result.unaddressed,
                bundle: rendered.bundle,
                forgotten: people.map(\.id).filter { forgotten.contains($0) }.sorted()
            )
        }
    }

    /// The people who can be written to: those of the interest file, then those the workspace keeps who are gone
    /// from it (with the address kept, reading `fallback` when their language is unknown).
    static func addressees(
        _ interest: [Participant],
        kept: [WorkshopPerson],
        readingOtherwise fallback: Language
    ) -> [Participant] {
        let named = Set(interest.map(\.id))
        return interest
            + kept.filter { !named.contains($0.id) }.compactMap { $0.participant(readingOtherwise: fallback) }
    }

    /// Publishes the workshop runs of a calendar planned from this workspace, and gives the calendar's files
    /// with the publication's messages in place of the unsent invitations and letters: `invites/` and `waiting/`
    /// then hold exactly what this publication queued (nothing when nothing changed).
    public func run(_ calendar: PlanCalendar.Outcome, now: Instant) throws(ServiceError) -> Outcome {
        var outcome = try run(problem: calendar.problem, plan: calendar.plan, people: calendar.people, now: now)
        var bundle = OutputBundle(
            command: calendar.bundle.command,
            files: calendar.bundle.files.filter { path, _ in path.first != "invites" && path.first != "waiting" }
        )
        bundle.merge(outcome.bundle)
        outcome.bundle = bundle
        return outcome
    }
}

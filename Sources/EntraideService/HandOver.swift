internal import AvailabilityImport
internal import Calendaring
internal import MailMessages
public import OutputFiles
import Phrasebook
internal import PlanDocuments
public import PlanningDomain
public import PlanningInput
internal import Publication
public import WorkspaceStore

/// `entraide handover GROUP --rhythm …`: the group's own recurring meeting, one invitation per member (an
/// RRULE in local time, the holidays and closures as EXDATEs) and the staff copy; `--cancel` ends it.
///
/// Remembered like a publication: the series and each member's copy are stored in the workspace, so handing
/// over another rhythm sends the same UID with `SEQUENCE` + 1, a member who left receives a `CANCEL`, and the
/// same rhythm again sends nothing. The messages (`.ics` and `.eml`) go to the outbox as a publication run, in
/// the same transaction as the new state, and `entraide send` delivers them.
public struct HandOver: Sendable {
    /// What to hand over.
    public struct Request: Hashable, Sendable {
        /// The group.
        public var group: Group.ID
        /// The rhythm as staff write it; `nil` with ``isCancel``.
        public var rhythm: String?
        /// Whether the rhythm ends: the series is cancelled.
        public var isCancel: Bool
        /// Whose public holidays are skipped.
        public var holidays: Holidays
        /// The members the series goes to; `nil` for everyone who neither withdrew nor declined (see
        /// ``Outcome/membersByDefault``).
        public var members: [Participant.ID]?
        /// The room; `nil` for founding 2's.
        public var venue: Venue.ID?
        /// `DTSTAMP` and the e-mails' `Date`.
        public var now: Instant

        /// A request to hand `rhythm` over.
        public init(
            group: Group.ID,
            rhythm: String,
            holidays: Holidays = .centre,
            members: [Participant.ID]? = nil,
            venue: Venue.ID? = nil,
            now: Instant
        ) {
            self.group = group
            self.rhythm = rhythm
            self.isCancel = false
            self.holidays = holidays
            self.members = members
            self.venue = venue
            self.now = now
        }

        /// A request to end the group's rhythm.
        public init(cancelling group: Group.ID, now: Instant) {
            self.group = group
            self.rhythm = nil
            self.isCancel = true
            self.holidays = .none
            self.members = nil
            self.venue = nil
            self.now = now
        }
    }

    /// Whose public holidays the rhythm skips.
    public enum Holidays: Hashable, Sendable {
        /// The centre's canton, as its centre file or scenario says (`organisation.canton`, Vaud by default);
        /// Vaud for a workspace imported before the canton was kept.
        case centre
        /// None: only the centre's closures.
        case none
        /// This canton's.
        case canton(Canton)
    }

    /// What was recorded and written.
    public struct Outcome: Hashable, Sendable {
        /// The run recorded in the outbox, or `nil` when nothing changed (nothing is then sent).
        public var run: PublicationRun?
        /// `participants/<id>/handover.ics` and `.eml` for each message, and `calendar.ics` (the staff copy).
        public var bundle: OutputBundle
        /// What was sent to whom, by id.
        public var messages: [Summary]
        /// The members the series now goes to (empty when cancelled).
        public var members: [Participant.ID]
        /// Whether the members are the default: every participant of the group who neither withdrew nor declined
        /// founding 2 (`false` when the request named them, or when cancelled).
        public var membersByDefault: Bool
        /// The canton whose holidays were skipped; `nil` for none (or when cancelled).
        public var canton: Canton?
        /// Meetings the rhythm would have had on a holiday or closure.
        public var skipped: [LocalDate]
        /// The series' `SEQUENCE` after this hand-over.
        public var sequence: Int
        /// Members holding a copy to cancel who were forgotten: no message can reach them.
        public var unaddressed: [Participant.ID]
        /// When nothing changed, the group's latest run (publication or hand-over), to tell whether it was written.
        public var latestRun: PublicationRun?

        /// The folder of the run in an append-only `--out`, as `publish` names its own.
        public var folderName: String? { run.map(PublishGroup.folderName) }
    }

    /// One message, by ids.
    public struct Summary: Hashable, Sendable {
        /// To whom.
        public var participant: Participant.ID
        /// REQUEST or CANCEL.
        public var isCancel: Bool
        /// The SEQUENCE sent.
        public var sequence: Int
        /// Why: `handover-new`, `handover-updated`, `handover-cancelled`, `handover-withdrawn`.
        public var reason: String
        /// The `.ics` path in the bundle.
        public var path: BundlePath
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Decides, renders and records in one transaction; the caller writes the bundle and may send.
    public func run(_ request: Request) throws(ServiceError) -> Outcome {
        try WorkspaceAccess.write(workspace) { writer throws -> Outcome in
            guard let scenario = try writer.scenario(of: request.group) else {
                throw GroupAccess.unknownGroup(request.group, known: try writer.groups(), in: workspace)
            }
            let previous = try writer.handover(of: request.group)
            let invites = HandoverInvites(
                scenario: scenario,
                withdrawn: try writer.withdrawnParticipants(of: request.group),
                stamp: request.now
            )
            let revision: HandoverRevision
            var members: [Participant.ID] = []
            var skipped: [LocalDate] = []
            var canton: Canton?
            if request.isCancel {
                guard let previous, !previous.isCancelled else {
                    throw ServiceError(
                        .notPublished,
                        ServiceError.sentence(
                            Phrase("service.nothingToCancel", ["group": .verbatim(request.group.rawValue)])
                        ),
                        isInputError: true
                    )
                }
                revision = invites.cancel(previous)
            } else {
                let publications = try writer.publications(of: request.group)
                canton = Self.canton(of: request, organisation: scenario.organisation)
                let (series, chosen) = try Self.series(
                    of: scenario,
                    publications: publications,
                    withdrawn: Set(try writer.withdrawnParticipants(of: request.group).map(\.id)),
                    venues: try writer.centre()?.venues.map(\.id) ?? scenario.venues.map(\.id),
                    request: request,
                    canton: canton
                )
                members = chosen
                skipped = series.skipped
                revision = invites.revise(previous, to: series, members: members)
            }
            let (bundle, summaries, drafts) = try Self.render(revision, scenario: scenario, stamp: request.now)
            let run = try writer.recordHandover(
                group: request.group,
                handover: revision.handover,
                at: request.now,
                reason: request.isCancel ? "hand-over cancelled" : "hand-over: \(request.rhythm ?? "")",
                messages: drafts
            )
            return Outcome(
                run: run,
                bundle: bundle,
                messages: summaries,
                members: members,
                membersByDefault: !request.isCancel && request.members == nil,
                canton: canton,
                skipped: skipped,
                sequence: revision.handover.sequence,
                unaddressed: revision.unaddressed,
                latestRun: run == nil ? try writer.publicationRuns(of: request.group).last : nil
            )
        }
    }

    // MARK: - Private

    /// The canton whose holidays the request skips.
    static func canton(of request: Request, organisation: Organisation) -> Canton? {
        switch request.holidays {
        case .none: nil
        case .canton(let canton): canton
        // A workspace imported before the canton was kept knows none: Vaud, the readers' default.
        case .centre: organisation.canton.map { Canton(code: $0) } ?? .vaud
        }
    }

    /// The series to hand over and its members: those the request names, or every participant who neither
    /// withdrew nor declined founding 2; the rhythm starts after founding 2 unless it says `from`, in the room
    /// the request names or founding 2's.
    private static func series(
        of scenario: Scenario,
        publications: [SessionPublication],
        withdrawn: Set<Participant.ID>,
        venues: [Venue.ID],
        request: Request,
        canton: Canton?
    ) throws(ServiceError) -> (HandoverPublication.Series, [Participant.ID]) {
        guard let founding2 = publications.first(where: { $0.kind == .founding2 && !$0.isCancelled }) else {
            throw ServiceError(
                .notPublished,
                ServiceError.sentence(Phrase("service.noFounding2", ["group": .verbatim(request.group.rawValue)])),
                isInputError: true
            )
        }
        let rhythm: Rhythm
        do {
            rhythm = try Rhythm.parse(request.rhythm ?? "", from: founding2.start.date.adding(days: 1))
        } catch {
            throw ServiceError(.invalidInput, error.diagnostic(), isInputError: true)
        }
        let members = try Self.members(of: scenario, founding2: founding2, withdrawn: withdrawn, request: request)
        if let venue = request.venue, !venues.contains(venue) {
            let hint = Suggestion.closest(to: venue.rawValue, among: venues.map(\.rawValue))
            throw ServiceError(
                .invalidInput,
                ServiceError.sentence(
                    Phrase(
                        "service.unknownVenue",
                        [
                            "venue": .verbatim(venue.rawValue),
                            "hint": hint.map(Phrase.didYouMean)
                                ?? Phrase("service.roomsListed", ["ids": .list(venues.map(\.rawValue))]),
                        ]
                    )
                ),
                isInputError: true
            )
        }
        let holidays = try holidays(of: scenario, during: rhythm, canton: canton)
        return (
            HandoverInvites.series(of: rhythm, holidays: holidays, venue: request.venue ?? founding2.venue),
            members
        )
    }

    /// The bundle, summaries and outbox drafts of a revision.
    private static func render(
        _ revision: HandoverRevision,
        scenario: Scenario,
        stamp: Instant
    ) throws(ServiceError) -> (OutputBundle, [Summary], [OutboxDraft]) {
        // A hand-over is a publication run of the outbox like `publish`'s: both may share one append-only folder.
        var bundle = OutputBundle(command: "publish")
        var summaries: [Summary] = []
        var drafts: [OutboxDraft] = []
        do {
            bundle.add(try ICSWriter.bytes(for: revision.staffCalendar), at: BundlePath(fixed: "calendar.ics"))
            for message in revision.messages {
                guard let participant = message.addressee.recipient.participant else { continue }
                let stem = message.fileStem
                let icsPath = try BundlePath(components: stem.dropLast() + ["\(stem.last ?? "").ics"])
                let emlPath = try BundlePath(components: stem.dropLast() + ["\(stem.last ?? "").eml"])
                let ics = try ICSWriter.bytes(for: message.document)
                let eml = try MailMessage.bytes(
                    for: message.document,
                    facts: message.facts,
                    to: message.addressee,
                    scenario: scenario,
                    stamp: stamp
                )
                bundle.add(ics, at: icsPath)
                bundle.add(eml, at: emlPath)
                let isCancel = message.method == .cancel
                summaries.append(
                    Summary(
                        participant: participant,
                        isCancel: isCancel,
                        sequence: message.sequence,
                        reason: message.notice.rawValue,
                        path: icsPath
                    )
                )
                drafts.append(
                    OutboxDraft(
                        recipient: message.addressee.recipient,
                        subject: .handover,
                        uid: revision.handover.uid,
                        sequence: message.sequence,
                        method: isCancel ? .cancel : .request,
                        reason: message.notice.rawValue,
                        fileStem: stem.joined(separator: "/"),
                        ics: ics,
                        eml: eml,
                        envelope: MailEnvelope(from: scenario.organisation.organiser.email, to: message.addressee.email)
                    )
                )
            }
        } catch let error as MailError {
            throw .mail(error)
        } catch {
            throw .rendering(Phrase("service.what.handoverInvitations"), error)
        }
        return (bundle, summaries, drafts)
    }

    /// The days without a meeting: the closures the workspace knows, and the canton's public holidays in every
    /// year the rhythm runs (the shipped years).
    private static func holidays(
        of scenario: Scenario,
        during rhythm: Rhythm,
        canton: Canton?
    ) throws(ServiceError)
        -> [LocalDate]
    {
        var days = Set(
            scenario.closures.flatMap { closure in
                (closure.from.dayNumber...closure.to.dayNumber).map(LocalDate.init(dayNumber:))
            }
        )
        let shipped = HolidayCatalogue.years
        let lower = max(rhythm.firstDate.year, shipped.lowerBound)
        let upper = min((rhythm.until ?? rhythm.firstDate.adding(days: 366)).year, shipped.upperBound)
        if lower <= upper, let canton, let catalogue = HolidayCatalogue.bundled {
            do {
                days.formUnion(try catalogue.closures(of: canton, years: lower...upper).map(\.date))
            } catch {
                throw ServiceError(.rendering, error.diagnostic, isInputError: false)
            }
        }
        return days.sorted()
    }
}

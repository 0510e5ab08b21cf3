internal import Calendaring
internal import MailMessages
public import OutputFiles
import Phrasebook
public import PlanDocuments
public import PlanningDomain
internal import PlanningEngine
public import Publication
public import WorkspaceStore

/// `entraide publish GROUP`: plans the group around what was already published and sends what changed.
///
/// In one transaction: the group is planned with its published sessions pinned (released ones, and why, come
/// from `Publisher/pinning(moving:)`) and the other groups' sessions as bookings of shared facilitators and
/// rooms; the messages (one `.ics` and one `.eml` per recipient and session) and the new state are stored
/// together. The caller writes the bundle of the publication and, with `--smtp`, sends it.
public struct PublishGroup: Sendable {
    /// What to publish.
    public struct Request: Hashable, Sendable {
        /// The group.
        public var group: Group.ID
        /// Published sessions to plan again whatever happens.
        public var moving: Set<SessionKind>
        /// `DTSTAMP` and the e-mails' `Date`.
        public var now: Instant
        /// The fingerprint of the preview staff approved (``PublishPreview``); `nil` publishes whatever changed.
        public var expectedPreview: String?

        /// A request.
        public init(group: Group.ID, moving: Set<SessionKind> = [], now: Instant, expectedPreview: String? = nil) {
            self.group = group
            self.moving = moving
            self.now = now
            self.expectedPreview = expectedPreview
        }
    }

    /// What the publication did.
    public struct Outcome: Hashable, Sendable {
        /// The publication run recorded, or `nil` when nothing changed (nothing is then recorded or sent).
        public var run: PublicationRun?
        /// The messages, their e-mails and the staff calendar: `participants/<id>/<session>.ics|.eml`,
        /// `facilitators/<id>/<session>.ics|.eml`, `calendar.ics`; the same bytes as the outbox holds.
        public var bundle: OutputBundle
        /// What was sent to whom and why, by id.
        public var messages: [Summary]
        /// Why released sessions were planned again, by session.
        public var causes: [SessionKind: String]
        /// People holding a copy to cancel who are no longer in the workspace.
        public var unaddressed: [MessageRecipient]
        /// Other groups' sessions that ruled out candidates of this one (a shared facilitator or room).
        public var bookings: [BookingUse] = []
        /// When nothing changed, the group's latest publication run, if any (to tell whether it was written).
        public var latestRun: PublicationRun?

        /// The folder name of the publication in an append-only `--out`: `0003-2027-01-05` (run number, date).
        public var folderName: String? { run.map(PublishGroup.folderName) }
    }

    /// The folder of a publication run in an append-only `--out`: `0003-2027-01-05` (number, date).
    public static func folderName(of run: PublicationRun) -> String {
        let number = String(run.number.rawValue)
        return String(repeating: "0", count: max(0, 4 - number.count)) + number + "-\(run.createdAt.date)"
    }

    /// Another group's session and how many candidates of this group it ruled out.
    public struct BookingUse: Hashable, Sendable {
        /// The other group's session.
        public var booking: SessionBooking
        /// How many candidates it took.
        public var candidates: Int
    }

    /// One message, by ids.
    public struct Summary: Hashable, Sendable {
        /// To whom.
        public var recipient: MessageRecipient
        /// About which session.
        public var session: SessionKind
        /// REQUEST or CANCEL.
        public var isCancel: Bool
        /// The SEQUENCE sent.
        public var sequence: Int
        /// Why.
        public var reason: OutgoingMessage.Reason
        /// The `.ics` path in the bundle.
        public var path: BundlePath
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Plans, renders and stores; throws `infeasible` (with the explanation for the pinned situation) when the
    /// published sessions leave no feasible plan, and nothing is stored.
    ///
    /// With ``Request/expectedPreview``, throws `preview-outdated` and stores nothing when what would be sent
    /// differs from the preview staff looked at (``PublishPreview``): answers came in meanwhile.
    public func run(_ request: Request) throws(ServiceError) -> Outcome {
        try WorkspaceAccess.write(workspace) { writer throws -> Outcome in
            let prepared = try Self.prepare(request, reader: writer, workspace: workspace)
            if let expected = request.expectedPreview, expected != PublishPreview.fingerprint(of: prepared.outcome) {
                throw ServiceError(
                    .previewOutdated,
                    ServiceError.sentence(
                        Phrase("service.publish.previewOutdated", ["group": .verbatim("\(request.group)")])
                    ),
                    isInputError: true
                )
            }
            var outcome = prepared.outcome
            guard !prepared.drafts.isEmpty else {
                try writer.recordPublications(prepared.publications, pinned: prepared.pinned, for: request.group)
                outcome.latestRun = try writer.publicationRuns(of: request.group).last
                return outcome
            }
            outcome.run = try writer.recordPublication(
                group: request.group,
                publications: prepared.publications,
                pinned: prepared.pinned,
                at: request.now,
                reason: prepared.reason,
                messages: prepared.drafts
            )
            return outcome
        }
    }

    /// What a publication would record and send, planned inside the caller's transaction.
    struct Prepared {
        var outcome: Outcome
        var drafts: [OutboxDraft]
        var publications: [SessionPublication]
        var pinned: [SessionKind: CandidateSlot.ID]
        var reason: String
        /// The scenario with withdrawn participants, for the recipients' languages.
        var everyone: Scenario
    }

    /// Plans the group with its published sessions pinned and renders every message, storing nothing.
    static func prepare(
        _ request: Request,
        reader: WorkspaceReader,
        workspace: Workspace
    ) throws -> Prepared {
        guard let stored = try reader.scenario(of: request.group) else {
            throw GroupAccess.unknownGroup(request.group, known: try reader.groups(), in: workspace)
        }
        let withdrawn = try reader.withdrawnParticipants(of: request.group)
        var everyone = stored
        everyone.participants += withdrawn
        everyone.bookings = try reader.bookings(excludingGroup: request.group)
        let publisher = Publisher(
            scenario: everyone,
            previous: try reader.publications(of: request.group),
            withdrawn: Set(withdrawn.map(\.id)),
            stamp: request.now
        )
        let pinning = publisher.pinning(moving: request.moving)
        let result: PublicationResult
        let pinned: [SessionKind: CandidateSlot.ID]
        let causes = publisher.publishCauses(pinning.released)
        var taken: [BookingUse] = []
        switch Planner(scenario: pinning.scenario).plan() {
        case .infeasible(let infeasibility):
            let explanation = ExplanationText(scenario: pinning.scenario).render(infeasibility)
            throw ServiceError(
                .infeasible,
                .joined(
                    [
                        ServiceError.sentence(
                            Phrase(
                                request.moving.isEmpty ? "service.infeasibleKept" : "service.infeasibleMoving",
                                ["group": .verbatim(request.group.rawValue)]
                            )
                        ),
                        .verbatim("\n" + causes + explanation),
                    ],
                    separator: ""
                ),
                isInputError: false
            )
        case .planned(let planned):
            result = publisher.publish(planned.plan, causes: pinning.released)
            pinned = Dictionary(uniqueKeysWithValues: planned.plan.sessions.map { ($0.kind, $0.slot.id) })
            taken = Self.bookingUses(planned.exclusions)
        }
        var (outcome, drafts) = try Self.render(result, scenario: everyone, stamp: request.now)
        outcome.bookings = taken
        return Prepared(
            outcome: outcome,
            drafts: drafts,
            publications: result.publications,
            pinned: pinned,
            reason: causes.isEmpty ? "changes of the plan" : String(causes.dropLast()),
            everyone: everyone
        )
    }

    /// The bundle, summaries and outbox drafts of a publication.
    static func render(
        _ result: PublicationResult,
        scenario: Scenario,
        stamp: Instant
    ) throws(ServiceError) -> (Outcome, [OutboxDraft]) {
        var bundle = OutputBundle(command: "publish")
        var summaries: [Summary] = []
        var drafts: [OutboxDraft] = []
        do {
            bundle.add(try ICSWriter.bytes(for: result.staffCalendar), at: BundlePath(fixed: "calendar.ics"))
            for message in result.messages {
                let stem = message.fileStem
                let icsPath = try BundlePath(components: stem.dropLast() + ["\(stem.last ?? "").ics"])
                let emlPath = try BundlePath(components: stem.dropLast() + ["\(stem.last ?? "").eml"])
                let ics = try ICSWriter.bytes(for: message.document)
                let eml = try MailMessage.bytes(for: message, scenario: scenario, stamp: stamp)
                bundle.add(ics, at: icsPath)
                bundle.add(eml, at: emlPath)
                summaries.append(
                    Summary(
                        recipient: message.recipient,
                        session: message.session,
                        isCancel: message.method == .cancel,
                        sequence: message.sequence,
                        reason: message.reason,
                        path: icsPath
                    )
                )
                drafts.append(
                    OutboxDraft(
                        recipient: message.recipient,
                        session: message.session,
                        uid: message.document.events.first?.uid ?? scenario.uid(of: message.session),
                        sequence: message.sequence,
                        method: message.method == .cancel ? .cancel : .request,
                        reason: message.reason.rawValue + (message.cause.map { ": " + $0 } ?? ""),
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
            throw .rendering(Phrase("service.what.publication"), error)
        }
        let outcome = Outcome(
            run: nil,
            bundle: bundle,
            messages: summaries,
            causes: result.causes,
            unaddressed: result.unaddressed
        )
        return (outcome, drafts)
    }
}

extension PublishGroup {
    /// The other groups' sessions behind `bookedByAnotherGroup` exclusions, with their counts, by start.
    static func bookingUses(_ exclusions: [CandidateExclusion]) -> [BookingUse] {
        var counts: [SessionBooking: Int] = [:]
        for exclusion in exclusions {
            if case .bookedByAnotherGroup(let booking, _) = exclusion.reason { counts[booking, default: 0] += 1 }
        }
        return counts.map { BookingUse(booking: $0.key, candidates: $0.value) }
            .sorted { ($0.booking.start, $0.booking.group) < ($1.booking.start, $1.booking.group) }
    }
}

extension Publisher {
    /// The causes of released sessions, one line each, for an error message.
    func publishCauses(_ released: [SessionKind: MoveCause]) -> String {
        released.sorted { $0.key < $1.key }.map { describe($0.value, of: $0.key) + "\n" }.joined()
    }
}

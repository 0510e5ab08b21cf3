internal import PlanDocuments
public import PlanningDomain
public import WorkspaceStore

/// What a participant's personal page shows (read through their link): the dates proposed in their language
/// with the room, its address and step-free access, their own answer for each, and after publication their
/// sessions with what they replied; nobody else's name or answer, at most a count per date when staff allow.
public struct ParticipantPage: Sendable {
    /// The page's content.
    public struct Page: Hashable, Sendable {
        /// The group and participant (ids only; the page shows neither's name).
        public var group: Group.ID
        /// The participant whose page it is.
        public var participant: Participant.ID
        /// The language the page is written in (theirs when there is a catalogue, else the centre's).
        public var language: Language
        /// The group's title, only when staff chose to show it.
        public var title: String?
        /// The centre's name.
        public var centreName: String
        /// The centre's contact (its organiser's name and e-mail).
        public var centre: Contact
        /// The centre's phone, when it has one.
        public var centrePhone: String?
        /// Whether answers may still be changed.
        public var isPollOpen: Bool
        /// The dates proposed, in session order then date order.
        public var dates: [DateLine]
        /// The sessions published to them (not cancelled), in session order; empty before publication.
        public var sessions: [SessionLine]
    }

    /// One date to answer.
    public struct DateLine: Hashable, Sendable {
        /// The candidate.
        public var slot: CandidateSlot.ID
        /// The session it is proposed for.
        public var kind: SessionKind
        /// « Séance d'information ».
        public var sessionTitle: String
        /// « mardi 12 janvier 2027, 18 h 30 – 20 h ».
        public var when: String
        /// The room and its address.
        public var venue: VenueLine
        /// Their answer that counts now, `nil` when they gave none.
        public var answer: Availability?
        /// How many people answered yes and if need be, when staff show counts.
        public var counts: Counts?
    }

    /// How many people (never who) answered a date yes and if need be.
    public struct Counts: Hashable, Sendable {
        /// Yes.
        public var yes: Int
        /// If need be.
        public var ifNeedBe: Int
    }

    /// A room as participants read it.
    public struct VenueLine: Hashable, Sendable {
        /// Its name.
        public var name: String
        /// Its address.
        public var address: String
        /// Whether it has step-free access.
        public var hasStepFreeAccess: Bool
        /// How to get in, when the centre wrote it.
        public var access: String?
    }

    /// One session published to them.
    public struct SessionLine: Hashable, Sendable {
        /// Which session.
        public var kind: SessionKind
        /// « Séance d'information ».
        public var sessionTitle: String
        /// When, in their language.
        public var when: String
        /// Where.
        public var venue: VenueLine
        /// What they replied (declined, accepted, tentative), if anything.
        public var reply: RecipientCopy.Reply?
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// The page of the link whose token has this digest.
    ///
    /// - Throws: `invalid-link` for a link that is unknown, revoked, or of someone withdrawn or forgotten.
    public func run(_ digest: SecretDigest) throws(ServiceError) -> Page {
        try WorkspaceAccess.read(workspace) { reader in
            let owner = try LinkAccess.owner(digest, reader)
            guard let scenario = try reader.scenario(of: owner.group),
                let participant = scenario.participant(owner.participant)
            else { throw LinkAccess.invalid }
            let settings = try reader.pollSettings(of: owner.group)
            let publications = try reader.publications(of: owner.group)
            return Self.page(
                scenario: scenario,
                participant: participant,
                settings: settings,
                publications: publications
            )
        }
    }

    /// The invitation (`.ics`) of one published session, as last sent to the link's owner: the latest
    /// `REQUEST` of their live copy; `nil` when they hold no live copy of it.
    ///
    /// - Throws: `invalid-link`.
    public func invitation(_ session: SessionKind, link digest: SecretDigest) throws(ServiceError) -> [UInt8]? {
        try WorkspaceAccess.read(workspace) { reader in
            let owner = try LinkAccess.owner(digest, reader)
            guard let publication = try reader.publications(of: owner.group).first(where: { $0.kind == session }),
                !publication.isCancelled, let copy = publication.recipients[owner.participant], !copy.isCancelled
            else { return nil }
            let entry = try reader.outbox(group: owner.group, states: nil).last { entry in
                entry.recipient == .participant(owner.participant) && entry.session == session
                    && entry.method == .request && entry.sequence == copy.sequence && !entry.isErased
            }
            return try entry.flatMap { try reader.outboxMessage($0.id)?.ics }
        }
    }

    static func page(
        scenario: Scenario,
        participant: Participant,
        settings: PollSettings,
        publications: [SessionPublication]
    ) -> Page {
        let wording = Wording(for: participant, of: scenario.organisation)
        func venue(_ id: Venue.ID) -> VenueLine {
            let venue = scenario.venue(id)
            return VenueLine(
                name: venue?.name ?? id.rawValue,
                address: venue?.address ?? "",
                hasStepFreeAccess: venue?.hasStepFreeAccess ?? false,
                access: venue?.access
            )
        }
        var dates: [DateLine] = []
        for kind in scenario.plannedKinds {
            for slot in scenario.candidates(of: kind).sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
                var counts: Counts?
                if settings.showsCounts {
                    let answers = scenario.participants.compactMap { $0.answers[slot.id] }
                    counts = Counts(yes: answers.count { $0 == .yes }, ifNeedBe: answers.count { $0 == .ifNeedBe })
                }
                dates.append(
                    DateLine(
                        slot: slot.id,
                        kind: kind,
                        sessionTitle: wording.title(of: kind),
                        when: wording.range(slot),
                        venue: venue(slot.venue),
                        answer: participant.answers[slot.id],
                        counts: counts
                    )
                )
            }
        }
        let sessions = publications.compactMap { publication -> SessionLine? in
            guard !publication.isCancelled, let copy = publication.recipients[participant.id], !copy.isCancelled
            else { return nil }
            let slot = CandidateSlot(
                id: publication.slot,
                kind: publication.kind,
                start: publication.start,
                durationMinutes: publication.end.wallMinutes - publication.start.wallMinutes,
                venue: publication.venue,
                facilitator: publication.facilitator
            )
            return SessionLine(
                kind: publication.kind,
                sessionTitle: wording.title(of: publication.kind),
                when: wording.range(slot),
                venue: venue(publication.venue),
                reply: copy.reply
            )
        }
        return Page(
            group: scenario.group.id,
            participant: participant.id,
            language: wording.language,
            title: settings.showsTitle ? scenario.group.title : nil,
            centreName: scenario.organisation.name,
            centre: scenario.organisation.organiser,
            centrePhone: scenario.organisation.phone,
            isPollOpen: settings.isOpen,
            dates: dates,
            sessions: sessions
        )
    }
}

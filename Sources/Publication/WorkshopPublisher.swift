public import PlanningDomain

/// Decides which messages the workshop runs of a coordinator's calendar send, and the state to remember: the
/// workshop counterpart of ``Publisher``.
///
/// Each person holds at most one event per workshop (`WorkshopPublication`), whose `UID` is
/// kept from their first invitation. The rules, per person and workshop:
///
/// | change | message | `SEQUENCE` |
/// | --- | --- | --- |
/// | first enrolment | `REQUEST` | 0 |
/// | enrolled again after a `CANCEL` | `REQUEST` | theirs + 1 |
/// | the run moved (start, end or room), or they moved to another run | `REQUEST` | theirs + 1 |
/// | no longer enrolled, the run still held | `CANCEL` (`STATUS:CANCELLED`) | theirs + 1 |
/// | no longer enrolled, the run no longer held | `CANCEL` (`STATUS:CANCELLED`) | theirs + 1 |
/// | nothing | nothing | unchanged |
///
/// A person on a waiting list receives a letter (plain e-mail, no calendar) when they join the list or their rank
/// changes, and nothing while it stays the same. Publishing the same calendar twice sends nothing the second time.
/// The people Entraide can address are those of the interest file and those the workspace keeps because it wrote
/// to them (`WorkshopPerson`): a person gone from the interest file still receives their `CANCEL`. One who holds a
/// live copy but cannot be addressed at all (no address kept) is listed as unaddressed and their record is kept
/// unchanged, so a later publication can still cancel it. A forgotten person (erased on request) is never written
/// to: their records stay as they are, their waiting-list ranks are dropped, and they are not listed.
public struct WorkshopPublisher: Sendable {
    /// What one message is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// An invitation or an update (`METHOD:REQUEST`).
        case request
        /// A cancellation (`METHOD:CANCEL`).
        case cancel
        /// A waiting-list letter (no calendar).
        case waiting
    }

    /// Why a message is sent: a code written in the outbox (ids only).
    public enum Reason: String, Hashable, Sendable, CaseIterable {
        /// The first invitation to the workshop.
        case new
        /// Enrolled again after a cancellation.
        case reenrolled
        /// The run moved, or the person moved to another run of the workshop.
        case moved
        /// The run is no longer held.
        case cancelled
        /// The run is held but the person is no longer enrolled in it.
        case noLongerEnrolled = "no-longer-enrolled"
        /// The person joined the waiting list.
        case waiting
        /// The person's rank on the waiting list changed.
        case rankChanged = "rank-changed"
    }

    /// One message to build.
    public struct Delivery: Hashable, Sendable {
        /// The person.
        public var person: Participant.ID
        /// The workshop.
        public var workshop: Workshop.ID
        /// Invitation, cancellation or waiting-list letter.
        public var kind: Kind
        /// Why.
        public var reason: Reason
        /// The event's `UID` (empty for a waiting-list letter).
        public var uid: String
        /// The `SEQUENCE` to write (0 for a waiting-list letter).
        public var sequence: Int
        /// For a `REQUEST`, the run in the calendar; `nil` otherwise.
        public var run: WorkshopRun?
        /// For a `CANCEL`, the run as the person holds it; for a move, where it was; `nil` otherwise.
        public var previous: WorkshopSlot?
        /// For a waiting-list letter, the person's entry.
        public var waiting: WaitingEntry?
    }

    /// The new state and the messages, in order (by workshop, then person; a `CANCEL` before a letter).
    public struct Result: Hashable, Sendable {
        /// Every record after the publication, changed or not, by workshop then person.
        public var publications: [WorkshopPublication]
        /// The waiting-list letters now remembered, by workshop then person.
        public var notices: [WaitingNotice]
        /// The messages to send.
        public var deliveries: [Delivery]
        /// People holding a live copy that cannot be addressed any more, by workshop then person.
        public var unaddressed: [Participant.ID]

        /// Whether anything is to be recorded (a message, or a waiting record dropped).
        public func changes(from notices: [WaitingNotice]) -> Bool {
            !deliveries.isEmpty || Set(notices) != Set(self.notices)
        }
    }

    /// What was last sent, one record per person and workshop.
    public let previous: [WorkshopPublication]
    /// The waiting-list letters last queued.
    public let notices: [WaitingNotice]
    /// The people Entraide can address (those of the interest file).
    public let addressable: Set<Participant.ID>
    /// The people erased on request: never written to, their records kept as they are.
    public let forgotten: Set<Participant.ID>
    /// The `UID` of a run's event, for a person's first invitation (the staff calendar's).
    public let uid: @Sendable (WorkshopRun) -> String

    /// A publisher.
    public init(
        previous: [WorkshopPublication],
        notices: [WaitingNotice],
        addressable: Set<Participant.ID>,
        forgotten: Set<Participant.ID> = [],
        uid: @escaping @Sendable (WorkshopRun) -> String
    ) {
        self.previous = previous
        self.notices = notices
        self.addressable = addressable.subtracting(forgotten)
        self.forgotten = forgotten
        self.uid = uid
    }

    /// What to send for the workshop runs and waiting lists of `plan`, and the new state.
    public func publish(_ plan: RegionalPlan) -> Result {
        struct Key: Hashable, Comparable {
            var workshop: Workshop.ID
            var person: Participant.ID
            static func < (lhs: Self, rhs: Self) -> Bool { (lhs.workshop, lhs.person) < (rhs.workshop, rhs.person) }
        }
        var enrolled: [Key: WorkshopRun] = [:]
        for run in plan.runs {
            for person in run.enrolled { enrolled[Key(workshop: run.workshop, person: person)] = run }
        }
        let held = Set(plan.runs.map { "\($0.workshop.rawValue)/\($0.slot.id.rawValue)" })
        var records: [Key: WorkshopPublication] = [:]
        for record in previous { records[Key(workshop: record.workshop, person: record.person)] = record }
        var waiting: [Key: WaitingEntry] = [:]
        for list in plan.waitingLists {
            for entry in list.entries { waiting[Key(workshop: list.workshop, person: entry.person)] = entry }
        }
        var remembered: [Key: WaitingNotice] = [:]
        for notice in notices { remembered[Key(workshop: notice.workshop, person: notice.person)] = notice }

        var result = Result(publications: [], notices: [], deliveries: [], unaddressed: [])
        for key in Set(enrolled.keys).union(records.keys).union(waiting.keys).sorted() {
            guard !forgotten.contains(key.person) else {
                if let record = records[key] { result.publications.append(record) }
                continue
            }
            let isAddressable = addressable.contains(key.person)
            if let run = enrolled[key] {
                let step = invitation(records[key], run: run, key.person, isAddressable: isAddressable)
                if let record = step.record { result.publications.append(record) }
                if let delivery = step.delivery { result.deliveries.append(delivery) }
            } else if let record = records[key] {
                guard !record.isCancelled else {
                    result.publications.append(record)
                    continue
                }
                guard isAddressable else {
                    result.publications.append(record)
                    result.unaddressed.append(key.person)
                    continue
                }
                let isHeld = held.contains("\(key.workshop.rawValue)/\(record.slot.rawValue)")
                var cancelled = record
                cancelled.sequence += 1
                cancelled.isCancelled = true
                result.publications.append(cancelled)
                result.deliveries.append(
                    Delivery(
                        person: key.person,
                        workshop: key.workshop,
                        kind: .cancel,
                        reason: isHeld ? .noLongerEnrolled : .cancelled,
                        uid: record.uid,
                        sequence: cancelled.sequence,
                        previous: record.sentSlot
                    )
                )
            }
            guard let entry = waiting[key], isAddressable else { continue }
            let notice = WaitingNotice(workshop: key.workshop, person: key.person, rank: entry.rank)
            result.notices.append(notice)
            guard remembered[key]?.rank != entry.rank else { continue }
            result.deliveries.append(
                Delivery(
                    person: key.person,
                    workshop: key.workshop,
                    kind: .waiting,
                    reason: remembered[key] == nil ? .waiting : .rankChanged,
                    uid: "",
                    sequence: 0,
                    waiting: entry
                )
            )
        }
        return result
    }

    // MARK: - Private helpers

    /// The record and message of a person enrolled in `run`: nothing when they hold it already.
    private func invitation(
        _ record: WorkshopPublication?,
        run: WorkshopRun,
        _ person: Participant.ID,
        isAddressable: Bool
    ) -> (record: WorkshopPublication?, delivery: Delivery?) {
        let slot = run.slot
        guard let record else {
            guard isAddressable else { return (nil, nil) }
            let new = WorkshopPublication(
                workshop: run.workshop,
                person: person,
                uid: uid(run),
                sequence: 0,
                slot: slot.id,
                start: slot.start,
                end: slot.end,
                venue: slot.venue
            )
            let delivery = Delivery(
                person: person,
                workshop: run.workshop,
                kind: .request,
                reason: .new,
                uid: new.uid,
                sequence: 0,
                run: run
            )
            return (new, delivery)
        }
        let isSame =
            record.slot == slot.id && record.start == slot.start && record.end == slot.end
            && record.venue == slot.venue
        guard record.isCancelled || !isSame else { return (record, nil) }
        guard isAddressable else { return (record, nil) }
        var updated = record
        updated.sequence += 1
        updated.slot = slot.id
        updated.start = slot.start
        updated.end = slot.end
        updated.venue = slot.venue
        updated.isCancelled = false
        let delivery = Delivery(
            person: person,
            workshop: run.workshop,
            kind: .request,
            reason: record.isCancelled ? .reenrolled : .moved,
            uid: record.uid,
            sequence: updated.sequence,
            run: run,
            previous: record.isCancelled ? nil : record.sentSlot
        )
        return (updated, delivery)
    }
}

internal import PlanDocuments
public import PlanningDomain

/// Where every group of the centre stands (`entraide status` without a group): its next session, a quorum
/// warning, and any conflict with another group's sessions (a facilitator or a room in two places at once).
///
/// Built from what is published; groups named by id, people not at all.
public struct CentreStatus: Hashable, Sendable {
    /// One group.
    public struct GroupLine: Hashable, Sendable {
        /// The group.
        public var group: Group.ID
        /// Whether anything was published.
        public var isPublished: Bool
        /// The next published session that has not started at the time of the report, if any.
        public var nextSession: NextSession?
        /// Whether a founding session is at risk (declines put it below the quorum).
        public var hasQuorumWarning: Bool
    }

    /// A session still to come.
    public struct NextSession: Hashable, Sendable {
        /// Which session.
        public var kind: SessionKind
        /// When it starts.
        public var start: LocalDateTime
    }

    /// Two published sessions of different groups that share a facilitator or a room at the same time.
    public struct Conflict: Hashable, Sendable {
        /// The first session (earlier group id first).
        public var first: SessionBooking
        /// The second session.
        public var second: SessionBooking
        /// What they share.
        public var shared: SessionBooking.Conflict
    }

    /// Every group, by id.
    public var groups: [GroupLine]
    /// Every conflict, by start.
    public var conflicts: [Conflict]

    /// The status of `groups` (each scenario with its publications) at `now`, a wall-clock time of the centre.
    public init(
        groups: [(scenario: Scenario, publications: [SessionPublication])],
        now: LocalDateTime,
        travelBufferMinutes: Int
    ) {
        var lines: [GroupLine] = []
        var bookings: [SessionBooking] = []
        for (scenario, publications) in groups.sorted(by: { $0.scenario.group.id < $1.scenario.group.id }) {
            let live = publications.filter { !$0.isCancelled }
            let next = live.filter { $0.start >= now }.min { $0.start < $1.start }
            let status = PublicationStatus(publications: publications, quorum: scenario.group.quorum)
            lines.append(
                GroupLine(
                    group: scenario.group.id,
                    isPublished: !publications.isEmpty,
                    nextSession: next.map { NextSession(kind: $0.kind, start: $0.start) },
                    hasQuorumWarning: status.hasQuorumWarning
                )
            )
            for publication in live {
                let facilitator =
                    publication.facilitator.rawValue.isEmpty
                    ? scenario.candidates.first { $0.id == publication.slot }?.facilitator ?? ""
                    : publication.facilitator
                bookings.append(
                    SessionBooking(
                        group: scenario.group.id,
                        kind: publication.kind,
                        facilitator: facilitator,
                        venue: publication.venue,
                        start: publication.start,
                        end: publication.end,
                        isPublished: true
                    )
                )
            }
        }
        var conflicts: [Conflict] = []
        let sorted = bookings.sorted { ($0.start, $0.group, $0.kind) < ($1.start, $1.group, $1.kind) }
        for (index, first) in sorted.enumerated() {
            for second in sorted[(index + 1)...] where second.group != first.group {
                guard second.start.wallMinutes < first.end.wallMinutes + travelBufferMinutes else { break }
                let slot = CandidateSlot(
                    id: "",
                    kind: second.kind,
                    start: second.start,
                    durationMinutes: second.end.wallMinutes - second.start.wallMinutes,
                    venue: second.venue,
                    facilitator: second.facilitator
                )
                if let shared = first.conflict(with: slot, travelBufferMinutes: travelBufferMinutes) {
                    conflicts.append(Conflict(first: first, second: second, shared: shared))
                }
            }
        }
        self.groups = lines
        self.conflicts = conflicts
    }
}

extension CentreStatus {
    /// The overview as staff read it, in `language` (the centre's by default): one line per group, then the
    /// conflicts.
    public func text(organisation: Organisation, language: Language? = nil) -> String {
        let wording = Wording(language ?? organisation.language)
        var lines = [wording.text("status.centre.title", count: groups.count, ["count": String(groups.count)])]
        for line in groups {
            var parts = ["  " + line.group.rawValue + ":"]
            if let next = line.nextSession {
                parts.append(
                    wording.text(
                        "status.centre.next",
                        [
                            "session": wording.noun(for: next.kind), "date": wording.date(next.start.date),
                            "time": wording.time(next.start.time),
                        ]
                    )
                )
            } else {
                parts.append(
                    wording.text(line.isPublished ? "status.centre.nothingAhead" : "status.centre.unpublished")
                )
            }
            if line.hasQuorumWarning { parts.append(wording.text("status.centre.quorumWarning")) }
            lines.append(parts.joined(separator: " "))
        }
        if conflicts.isEmpty {
            lines.append(wording.text("status.centre.noConflict"))
        }
        for conflict in conflicts {
            let key: String
            let resource: String
            switch conflict.shared {
            case .facilitator(let id):
                key = "status.centre.facilitatorConflict"
                resource = id.rawValue
            case .venue(let id):
                key = "status.centre.venueConflict"
                resource = id.rawValue
            }
            lines.append(
                wording.text(
                    key,
                    [
                        "resource": resource, "date": wording.date(conflict.first.start.date),
                        "first": "\(conflict.first.group) (\(wording.noun(for: conflict.first.kind)), "
                            + "\(wording.time(conflict.first.start.time)))",
                        "second": "\(conflict.second.group) (\(wording.noun(for: conflict.second.kind)), "
                            + "\(wording.time(conflict.second.start.time)))",
                    ]
                )
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

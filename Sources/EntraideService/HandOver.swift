internal import AvailabilityImport
internal import Calendaring
public import OutputFiles
public import PlanningDomain
public import PlanningInput
internal import Publication
public import WorkspaceStore

/// `entraide handover GROUP --rhythm …`: the group's own recurring meeting, one invitation per member (an
/// RRULE in local time, the holidays and closures as EXDATEs) and the staff copy.
public struct HandOver: Sendable {
    /// What to hand over.
    public struct Request: Hashable, Sendable {
        /// The group.
        public var group: Group.ID
        /// The rhythm as staff write it.
        public var rhythm: String
        /// The canton whose holidays are skipped, `nil` for none.
        public var canton: Canton?
        /// `DTSTAMP`.
        public var now: Instant

        /// A request.
        public init(group: Group.ID, rhythm: String, canton: Canton?, now: Instant) {
            self.group = group
            self.rhythm = rhythm
            self.canton = canton
            self.now = now
        }
    }

    /// What was written.
    public struct Outcome: Hashable, Sendable {
        /// `members/<participant>.ics` and `calendar.ics`.
        public var bundle: OutputBundle
        /// The members invited, by id.
        public var members: [Participant.ID]
        /// Meetings the rhythm would have had on a holiday or closure.
        public var skipped: [LocalDate]
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// The invitations of every member and the staff copy.
    public func run(_ request: Request) throws(ServiceError) -> Outcome {
        let (scenario, publications) = try GroupAccess.scenarioAndPublications(of: request.group, in: workspace)
        guard let founding2 = publications.first(where: { $0.kind == .founding2 && !$0.isCancelled }) else {
            throw ServiceError(
                .notPublished,
                "error: group '\(request.group)' has no published founding 2; publish the plan first.",
                isInputError: true
            )
        }
        let rhythm: Rhythm
        do {
            rhythm = try Rhythm.parse(request.rhythm, from: founding2.start.date.adding(days: 1))
        } catch {
            throw ServiceError(.invalidInput, error.description, isInputError: true)
        }
        let members = scenario.participants.filter { participant in
            guard let copy = founding2.recipients[participant.id] else { return false }
            return !copy.isCancelled && copy.reply != .declined
        }
        guard !members.isEmpty else {
            throw ServiceError(
                .invalidInput,
                "error: nobody holds the founding 2 invitation of '\(request.group)' without declining it.",
                isInputError: true
            )
        }
        let holidays = try Self.holidays(of: scenario, during: rhythm, canton: request.canton)
        let documents = HandoverInvites.documents(
            scenario: scenario,
            rhythm: rhythm,
            holidays: holidays,
            members: members,
            stamp: request.now,
            venue: founding2.venue
        )
        var bundle = OutputBundle(command: "handover")
        do {
            for (member, document) in documents {
                bundle.add(try ICSWriter.bytes(for: document), at: try BundlePath("members", "\(member.rawValue).ics"))
            }
            // The staff's copy: the same recurring event, published, nobody named (RFC 5546 §3.2.1).
            if var staff = documents.first?.1 {
                staff.method = .publish
                staff.events = staff.events.map { event in
                    var event = event
                    event.attendees = []
                    event.reminder = nil
                    return event
                }
                bundle.add(try ICSWriter.bytes(for: staff), at: BundlePath(fixed: "calendar.ics"))
            }
        } catch {
            throw .rendering("the hand-over invitations", error)
        }
        return Outcome(
            bundle: bundle,
            members: members.map(\.id),
            skipped: HandoverInvites.cancelledDates(of: rhythm, holidays: holidays)
        )
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
                throw ServiceError(.rendering, "error: \(error.rendered)", isInputError: false)
            }
        }
        return days.sorted()
    }
}

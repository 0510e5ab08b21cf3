internal import Calendaring
public import PlanningDomain

extension RecruitmentFigures {
    /// The figures of `facts` at `now`.
    ///
    /// - Registrations count from when they were received until they are withdrawn; a person registered twice
    ///   counts once, from their earliest registration that counts.
    /// - Members are the first `maximumSize` people in the order registrations were received (then by id);
    ///   everyone after them is on the waiting list.
    /// - A quorum is **reachable** when at least `quorum` members registered and, once some member answered a
    ///   proposed information date, one of those dates suits (yes or if need be) at least `quorum` members.
    ///   Before anyone answered, or when no date is proposed yet, the count of members decides.
    /// - The state is `running` once the fixed information session has started, `planned` while it is fixed and
    ///   ahead, else `ready-to-plan` when a quorum is reachable, else `recruiting`.
    /// - The timeline has one point per day (in the centre's time zone) on which a registration was received
    ///   or withdrawn, up to `now`, with the count at the end of that day (or at `now` on its day).
    public init(_ facts: RecruitmentFacts, at now: Instant) {
        let group = facts.group
        let people = Self.counting(facts.registrations, at: now)
        let members = Array(people.prefix(max(0, group.maximumSize)))
        let memberIDs = members.map(\.participant)
        let dates = facts.informationCandidates.sorted { ($0.start, $0.id) < ($1.start, $1.id) }.map { slot in
            var figure = InformationDateFigure(
                slot: slot.id,
                start: slot.start,
                yes: 0,
                ifNeedBe: 0,
                no: 0,
                unanswered: 0
            )
            for member in memberIDs {
                switch facts.answers[member]?[slot.id] {
                case .yes: figure.yes += 1
                case .ifNeedBe: figure.ifNeedBe += 1
                case .no: figure.no += 1
                case nil: figure.unanswered += 1
                }
            }
            return figure
        }
        let hasAnswers = dates.contains { $0.yes + $0.ifNeedBe + $0.no > 0 }
        let isReachable =
            members.count >= group.quorum && (!hasAnswers || dates.contains { $0.canCome >= group.quorum })
        let state: RecruitmentState
        if let start = facts.informationSessionStart {
            state = start <= now ? .running : .planned
        } else {
            state = isReachable ? .readyToPlan : .recruiting
        }
        self.init(
            state: state,
            quorum: group.quorum,
            maximumSize: group.maximumSize,
            registered: people.count,
            members: memberIDs,
            waitingList: Array(people.dropFirst(members.count)).map(\.participant),
            missingForQuorum: max(0, group.quorum - members.count),
            timeline: Self.timeline(facts.registrations, until: now, timeZone: facts.timeZone),
            sources: RegistrationSource.allCases.map { source in
                SourceCount(source: source, count: people.filter { $0.source == source }.count)
            },
            informationDates: dates,
            isQuorumReachable: isReachable
        )
    }

    // MARK: - Private helpers

    /// The registrations that count at `instant`, one per person (their earliest), in the order received.
    private static func counting(_ registrations: [Registration], at instant: Instant) -> [Registration] {
        var seen: Set<Participant.ID> = []
        return registrations.filter { $0.counts(at: instant) }
            .sorted { ($0.registeredAt, $0.participant) < ($1.registeredAt, $1.participant) }
            .filter { seen.insert($0.participant).inserted }
    }

    private static func timeline(
        _ registrations: [Registration],
        until now: Instant,
        timeZone: String
    )
        -> [TimelinePoint]
    {
        let changes = registrations.flatMap { [$0.registeredAt, $0.withdrawnAt].compactMap(\.self) }
            .filter { $0 <= now }
        let days = Set(changes.map { TimeZoneConversion.localDateTime(of: $0, in: timeZone).date }).sorted()
        return days.map { day in
            let nextDay = TimeZoneConversion.utcSeconds(of: day.adding(days: 1).atMinute(0), in: timeZone)
            let endOfDay = Instant(secondsSince1970: nextDay - 1).map { min($0, now) } ?? now
            return TimelinePoint(date: day, count: counting(registrations, at: endOfDay).count)
        }
    }
}

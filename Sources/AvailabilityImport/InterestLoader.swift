public import PlanningDomain
public import PlanningInput

/// Reads the files an interest document names (polls, grids, calendars) and merges each person's answers with
/// the rule groups use (``ScenarioLoader``: what the file writes wins, then a later poll over an earlier one, then
/// what habits, days away and calendars say); then splits them into one `WorkshopInterest` per person and
/// workshop wanted.
public struct InterestLoader: Sendable {
    /// A loader; interest needs no holidays (closures are the calendar's business).
    public init() {}

    /// The interests of a document, every file read through `files` (the disk by default).
    ///
    /// In file order: each person's workshops in the order written. Also the people as participants, for letters.
    public func load(
        _ document: InterestDocument,
        catalogue: WorkshopCatalogue,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> LoadedInterest {
        let merged = try ScenarioLoader(holidays: nil).load(document.scenario, files: files).scenario
        let people = Dictionary(merged.participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let workshops = Dictionary(catalogue.workshops.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var interests: [WorkshopInterest] = []
        for wish in document.people {
            guard let person = people[wish.person] else { continue }
            for id in wish.workshops {
                guard let workshop = workshops[id] else { continue }
                var answers: [WorkshopSlot.ID: Availability] = [:]
                for slot in workshop.candidates {
                    if let answer = person.answers[CandidateSlot.ID(slot.id.rawValue)] { answers[slot.id] = answer }
                }
                interests.append(
                    WorkshopInterest(
                        person: wish.person,
                        workshop: id,
                        group: wish.group,
                        registeredAt: wish.registeredAt,
                        needsStepFreeAccess: person.needsStepFreeAccess,
                        answers: answers
                    )
                )
            }
        }
        return LoadedInterest(interests: interests, people: merged.participants)
    }
}

/// Interest with every source merged.
public struct LoadedInterest: Hashable, Sendable {
    /// One per person and workshop wanted.
    public var interests: [WorkshopInterest]
    /// The people, with their merged answers for every workshop candidate.
    public var people: [Participant]

    /// Wraps merged interest.
    public init(interests: [WorkshopInterest] = [], people: [Participant] = []) {
        self.interests = interests
        self.people = people
    }
}

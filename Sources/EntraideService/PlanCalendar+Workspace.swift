internal import AvailabilityImport
internal import PlanningDomain
internal import PlanningInput
internal import WorkspaceStore

/// The coordinator's problem from a workspace: its centre records, every group it holds at the stage it has
/// reached on `now`, the workshop catalogue and the interest file.
///
/// - A group whose founding session 2 is published and past is founded: its review is planned
///   (``GroupStage/reviewDue``) when its scenario has review candidates, its held sessions pinned as its only
///   candidates of their kinds; a group whose review is past, or that has no review to plan, is left out.
/// - Any other group is founding: its published sessions are pinned, and draft candidates before `now` dropped.
/// - Workshop runs published through the outbox (``PublishWorkshops``) and still held by someone are the
///   problem's published runs (pinned), as long as the catalogue still proposes their candidate.
/// - A person of the workshops who was forgotten (`entraide forget`) is left out of the interest: never enrolled,
///   never on a waiting list, even while the interest file still names them; their records pin nothing.
struct WorkspaceRegion {
    let files: any InputFiles
    let now: Instant

    func load(_ workspace: Workspace, workshops: String?, interest: String?) throws(ServiceError) -> LoadedRegion {
        let today = now.date
        let read = try WorkspaceAccess.read(workspace) { reader in
            let centre = try reader.centre()
            var groups: [(Scenario, [SessionKind: CandidateSlot.ID])] = []
            for id in try reader.groups() {
                guard let scenario = try reader.scenario(of: id) else { continue }
                groups.append((scenario, try reader.pinnedSessions(of: id)))
            }
            let forgotten = try reader.workshopPeople().filter { $0.status == .forgotten }.map(\.id)
            return (centre, groups, try reader.workshopPublications(), Set(forgotten))
        }
        guard let centre = read.0 else {
            throw PlanCalendar.noCentre
        }
        var catalogue = WorkshopCatalogue()
        var interests = LoadedInterest()
        do {
            if let workshops {
                catalogue = try WorkshopCatalogueReader(centre: centre).catalogue(contentsOf: workshops, files: files)
            }
            if let interest {
                let document = try InterestReader(centre: centre, catalogue: catalogue)
                    .document(contentsOf: interest, files: files)
                interests = try InterestLoader().load(document, catalogue: catalogue, files: files)
                interests.interests.removeAll { read.3.contains($0.person) }
            }
        } catch {
            throw .invalid(error)
        }
        let groups = read.1.compactMap { scenario, pins in Self.group(scenario, pins: pins, today: today) }
        let problem = RegionalProblem(
            centre: catalogue.qualifying(centre),
            year: RegionLoader.firstYear(groups: groups, workshops: catalogue.workshops) ?? today.year,
            groups: groups,
            workshops: catalogue.workshops,
            interests: interests.interests,
            publishedRuns: Self.publishedRuns(
                read.2.filter { !read.3.contains($0.person) },
                catalogue: catalogue.workshops
            )
        )
        return LoadedRegion(
            problem: problem,
            people: interests.people,
            inputs: [workshops, interest].compactMap(\.self)
        )
    }

    /// The runs someone holds a live invitation to, once each, in the order of the records, when the catalogue
    /// still proposes their candidate.
    static func publishedRuns(_ records: [WorkshopPublication], catalogue: [Workshop]) -> [PublishedRun] {
        var runs: [PublishedRun] = []
        for record in records where !record.isCancelled {
            let run = PublishedRun(workshop: record.workshop, slot: record.slot)
            guard !runs.contains(run),
                catalogue.contains(where: { $0.id == record.workshop && $0.candidate(record.slot) != nil })
            else { continue }
            runs.append(run)
        }
        return runs
    }

    /// A group at the stage it has reached on `today`, or `nil` when there is nothing left to plan for it.
    static func group(_ scenario: Scenario, pins: [SessionKind: CandidateSlot.ID], today: LocalDate) -> RegionalGroup? {
        var scenario = scenario
        let pinned = { (kind: SessionKind) in pins[kind].flatMap { id in scenario.candidates.first { $0.id == id } } }
        if let founding2 = pinned(.founding2), founding2.date < today {
            if let review = pinned(.review), review.date < today { return nil }
            let reviews = scenario.candidates(of: .review).filter { $0.date >= today || $0.id == pins[.review] }
            guard !reviews.isEmpty else { return nil }
            scenario.candidates = scenario.candidates.filter { slot in
                slot.kind == .review ? reviews.contains(slot) : pins[slot.kind] == slot.id
            }
            scenario.sessionRules = scenario.sessionRules.filter { rule in
                rule.kind == .review || scenario.candidates.contains { $0.kind == rule.kind }
            }
            return RegionalGroup(scenario: scenario, stage: .reviewDue, foundedOn: founding2.date, published: pins)
        }
        scenario.candidates = scenario.candidates.filter { slot in pins[slot.kind] == slot.id || slot.date >= today }
        return RegionalGroup(scenario: scenario, published: pins)
    }
}

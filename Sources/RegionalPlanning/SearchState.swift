import PlanningDomain
import PlanningEngine

/// A group's place in the calendar: a candidate per level, the group's own score and how many published
/// sessions it keeps.
struct GroupChoice: Hashable, Sendable {
    var levels: [Int]
    var score: PlanScore
    var kept: Int

    /// What the calendar's objective sees of the choice, in term order: kept, then the group's own objective.
    var value: [Int] { [kept] + score.objectiveVector }

    /// The group's contribution to objective terms 3…9 (continuity … review start), in term order.
    func terms(reference: Int) -> [Int] {
        [
            score.continuity, score.attendanceHalves, score.hasRegularRhythm ? 1 : 0,
            score.informationStart.wallMinutes - reference, score.reviewContinuity, score.reviewHalves,
            score.reviewStart.map { $0.wallMinutes - reference } ?? 0,
        ]
    }
}

/// One run: its candidate, its facilitators (sorted) and the interests enrolled (indices, sorted).
struct RunChoice: Hashable, Sendable {
    var candidate: Int
    var facilitators: [Int]
    var enrolled: [Int]
}

/// A workshop's runs and its contribution to the workshop terms.
struct WorkshopChoice: Hashable, Sendable {
    var runs: [RunChoice] = []
    var kept = 0
    var enrolled = 0
    var priority = 0
    var spread = 0
}

/// The calendar under construction: every choice, the occupancy they make, and running sums of the objective.
struct SearchState: Sendable {
    let region: CompiledRegion
    private(set) var occupancy: Occupancy
    /// The same calendar without the workshops: where a group may go if it evicts runs.
    private(set) var groupOccupancy: Occupancy
    private(set) var groups: [GroupChoice?]
    private(set) var workshops: [WorkshopChoice]
    /// Sums of terms `published-kept` … `workshop-spread` (the first 12), in term order.
    private var sums = [Int](repeating: 0, count: 12)

    init(region: CompiledRegion) {
        self.region = region
        occupancy = Occupancy(
            facilitators: region.facilitators.count,
            venues: region.venues.count,
            persons: region.persons.count,
            buffer: region.buffer
        )
        groupOccupancy = Occupancy(
            facilitators: region.facilitators.count,
            venues: region.venues.count,
            persons: 0,
            buffer: region.buffer
        )
        groups = Array(repeating: nil, count: region.groups.count)
        workshops = Array(repeating: WorkshopChoice(), count: region.workshops.count)
    }

    /// The objective of the calendar as it stands.
    var objective: RegionalObjective {
        RegionalObjective(values: sums + [occupancy.peak, occupancy.peakWeeks, occupancy.travel])
    }

    // MARK: - Groups

    @discardableResult
    mutating func removeGroup(_ index: Int) -> GroupChoice? {
        guard let choice = groups[index] else { return nil }
        let group = region.groups[index]
        for (level, candidate) in choice.levels.enumerated() {
            let slot = group.levels[level][candidate]
            occupancy.remove(slot.span, facilitators: [slot.facilitator], owner: .group(index, level: level))
            groupOccupancy.remove(slot.span, facilitators: [slot.facilitator], owner: .group(index, level: level))
        }
        add(choice, sign: -1)
        groups[index] = nil
        return choice
    }

    mutating func placeGroup(_ index: Int, _ choice: GroupChoice) {
        removeGroup(index)
        let group = region.groups[index]
        for (level, candidate) in choice.levels.enumerated() {
            let slot = group.levels[level][candidate]
            occupancy.add(slot.span, facilitators: [slot.facilitator], owner: .group(index, level: level))
            groupOccupancy.add(slot.span, facilitators: [slot.facilitator], owner: .group(index, level: level))
        }
        add(choice, sign: 1)
        groups[index] = choice
    }

    private mutating func add(_ choice: GroupChoice, sign: Int) {
        sums[0] += sign * choice.kept
        sums[1] += sign
        for (offset, value) in choice.terms(reference: region.reference).enumerated() {
            sums[2 + offset] += sign * value
        }
    }

    // MARK: - Workshops

    @discardableResult
    mutating func removeWorkshop(_ index: Int) -> WorkshopChoice {
        let choice = workshops[index]
        let workshop = region.workshops[index]
        for run in choice.runs {
            let span = workshop.candidates[run.candidate].span
            occupancy.remove(span, facilitators: run.facilitators, owner: .run(index, candidate: run.candidate))
            for interest in run.enrolled { occupancy.withdraw(workshop.interests[interest].person, span) }
        }
        addWorkshop(choice, sign: -1)
        workshops[index] = WorkshopChoice()
        return choice
    }

    mutating func placeWorkshop(_ index: Int, _ choice: WorkshopChoice) {
        removeWorkshop(index)
        let workshop = region.workshops[index]
        for run in choice.runs {
            let span = workshop.candidates[run.candidate].span
            occupancy.add(span, facilitators: run.facilitators, owner: .run(index, candidate: run.candidate))
            for interest in run.enrolled { occupancy.enrol(workshop.interests[interest].person, span) }
        }
        addWorkshop(choice, sign: 1)
        workshops[index] = choice
    }

    private mutating func addWorkshop(_ choice: WorkshopChoice, sign: Int) {
        sums[0] += sign * choice.kept
        sums[9] += sign * choice.enrolled
        sums[10] += sign * choice.priority
        sums[11] += sign * choice.spread
    }
}

/// What a neighbourhood changed, so that a worse calendar can be put back exactly as it was.
struct Journal: Sendable {
    private var groups: [(Int, GroupChoice?)] = []
    private var workshops: [(Int, WorkshopChoice)] = []
    private var touchedGroups = Set<Int>()
    private var touchedWorkshops = Set<Int>()

    mutating func noteGroup(_ index: Int, in state: SearchState) {
        if touchedGroups.insert(index).inserted { groups.append((index, state.groups[index])) }
    }

    mutating func noteWorkshop(_ index: Int, in state: SearchState) {
        if touchedWorkshops.insert(index).inserted { workshops.append((index, state.workshops[index])) }
    }

    /// Adds another journal's notes of items this one has not noted (the other began where this one stands).
    mutating func merge(_ other: Journal) {
        for (index, choice) in other.groups where touchedGroups.insert(index).inserted {
            groups.append((index, choice))
        }
        for (index, choice) in other.workshops where touchedWorkshops.insert(index).inserted {
            workshops.append((index, choice))
        }
    }

    /// Puts every noted item back as it was when first noted.
    func undo(_ state: inout SearchState) {
        for (index, _) in groups { state.removeGroup(index) }
        for (index, _) in workshops { state.removeWorkshop(index) }
        for (index, choice) in groups { if let choice { state.placeGroup(index, choice) } }
        for (index, choice) in workshops { state.placeWorkshop(index, choice) }
    }
}

import PlanningDomain

extension StoredSettings.Organisation {
    init(_ value: PlanningDomain.Organisation) {
        self.init(
            name: value.name,
            timeZone: value.timeZone,
            language: value.language.code,
            organiser: StoredSettings.Contact(name: value.organiser.name, email: value.organiser.email),
            uidDomain: value.uidDomain
        )
    }

    var domain: PlanningDomain.Organisation {
        PlanningDomain.Organisation(
            name: name,
            timeZone: timeZone,
            language: Language(language),
            organiser: Contact(name: organiser.name, email: organiser.email),
            uidDomain: uidDomain
        )
    }
}

extension StoredSettings.Rules {
    init(_ value: PlanningRules) {
        self.init(initiatorMustAttend: value.initiatorMustAttend, quorumAppliesTo: value.quorumScope.rawValue)
    }

    func domain(_ what: String) throws -> PlanningRules {
        PlanningRules(
            initiatorMustAttend: initiatorMustAttend,
            quorumScope: try StoredValueError.decode(PlanningRules.QuorumScope.self, quorumAppliesTo, what)
        )
    }
}

extension StoredSettings.SessionRule {
    init(_ value: PlanningDomain.SessionRule) {
        self.init(
            kind: value.kind.rawValue,
            durationMinutes: value.durationMinutes,
            daysAfterPrevious: value.daysAfterPrevious.map {
                StoredSettings.DayRange(min: $0.lowerBound, max: $0.upperBound)
            }
        )
    }

    func domain(_ what: String) throws -> PlanningDomain.SessionRule {
        var range: ClosedRange<Int>?
        if let days = daysAfterPrevious {
            guard days.min <= days.max else { throw StoredValueError(what: what) }
            range = days.min...days.max
        }
        return PlanningDomain.SessionRule(
            kind: try StoredValueError.decode(SessionKind.self, kind, what),
            durationMinutes: durationMinutes,
            daysAfterPrevious: range
        )
    }
}

extension StoredSettings.Facilitator {
    init(_ value: PlanningDomain.Facilitator) {
        self.init(
            id: value.id.rawValue,
            name: value.name,
            email: value.email,
            away: value.awayDates.sorted().map(\.description),
            busy: value.busySlots.sorted().map(\.rawValue),
            tentative: value.tentativeSlots.isEmpty ? nil : value.tentativeSlots.sorted().map(\.rawValue)
        )
    }

    func domain(_ what: String) throws -> PlanningDomain.Facilitator {
        PlanningDomain.Facilitator(
            id: PlanningDomain.Facilitator.ID(id),
            name: name,
            email: email,
            awayDates: Set(try away.map { try StoredValueError.date($0, what) }),
            busySlots: Set(busy.map { CandidateSlot.ID($0) }),
            tentativeSlots: Set((tentative ?? []).map { CandidateSlot.ID($0) })
        )
    }
}

extension StoredSettings.Venue {
    init(_ value: PlanningDomain.Venue) {
        self.init(
            id: value.id.rawValue,
            name: value.name,
            address: value.address,
            capacity: value.capacity,
            stepFree: value.hasStepFreeAccess,
            booked: value.bookedSlots.sorted().map(\.rawValue)
        )
    }

    var domain: PlanningDomain.Venue {
        PlanningDomain.Venue(
            id: PlanningDomain.Venue.ID(id),
            name: name,
            address: address,
            capacity: capacity,
            hasStepFreeAccess: stepFree,
            bookedSlots: Set(booked.map { CandidateSlot.ID($0) })
        )
    }
}

extension StoredSettings.Closure {
    init(_ value: PlanningDomain.Closure) {
        self.init(from: value.from.description, to: value.to.description, reason: value.reason)
    }

    func domain(_ what: String) throws -> PlanningDomain.Closure {
        PlanningDomain.Closure(
            from: try StoredValueError.date(from, what),
            to: try StoredValueError.date(to, what),
            reason: reason
        )
    }
}

import PlanningDomain

/// The centre file, and what a scenario takes from the centre's records.
extension ScenarioParser {
    /// The centre file's sections: the organisation is required, the rest may be left out.
    ///
    /// The workshop catalogue (`workshops`, see ``WorkshopCatalogue``) is read after the facilitators and venues
    /// it refers to, into ``workshopCatalogue``.
    static let centreRequired = ["organisation"]
    static let centreOptional = ["facilitators", "venues", "closures", "workshops"]

    /// The centre of a centre file, or `nil` when anything is wrong (see ``problems``).
    mutating func centre(from root: YAMLNode) -> Centre? {
        documentName = Noun.centre
        guard
            let top = fields(
                of: root,
                subject: .centre,
                what: Noun.centre,
                required: Self.centreRequired,
                optional: Self.centreOptional
            )
        else { return nil }
        let organisation = top["organisation"].flatMap { self.organisation(from: $0) }
        let facilitators = top["facilitators"].map { self.facilitators(from: $0, allowsEmpty: true) } ?? []
        let venues = top["venues"].map { self.venues(from: $0, allowsEmpty: true) } ?? []
        let closures = top["closures"].map { self.closures(from: $0) } ?? []
        if let node = top["workshops"] {
            workshopCatalogue = workshops(from: node, facilitators: facilitators)
        }
        guard problems.isEmpty, let organisation, let facilitators, let venues else { return nil }
        return Centre(
            organisation: organisation,
            facilitators: facilitators,
            venues: venues,
            closures: closures,
            travelBufferMinutes: travelBufferMinutes ?? Centre.defaultTravelBufferMinutes
        )
    }

    // MARK: - A scenario on the centre's records

    /// The centre's organisation, for a scenario that leaves its own out; `nil` without a centre.
    ///
    /// Its time zone checks the candidates' wall-clock times. No canton's holidays are added for it: the
    /// centre's own closures hold them (``CentreLoader`` adds them), and they are added to the scenario's.
    mutating func centreOrganisation() -> Organisation? {
        guard let centre else { return nil }
        zone = centre.organisation.timeZone
        language = centre.organisation.language
        sources.canton = nil
        sources.cantonLocation = nil
        return centre.organisation
    }

    /// The centre's facilitators that candidates name and the scenario does not define, in the centre's order.
    func centreFacilitators(usedBy candidates: [CandidateSlot], besides own: [Facilitator]) -> [Facilitator] {
        let used = Set(candidates.map(\.facilitator))
        let defined = Set(own.map(\.id))
        return (centre?.facilitators ?? []).filter { used.contains($0.id) && !defined.contains($0.id) }
    }

    /// The centre's venues that candidates name and the scenario does not define, in the centre's order.
    func centreVenues(usedBy candidates: [CandidateSlot], besides own: [Venue]) -> [Venue] {
        let used = Set(candidates.map(\.venue))
        let defined = Set(own.map(\.id))
        return (centre?.venues ?? []).filter { used.contains($0.id) && !defined.contains($0.id) }
    }
}

public import PlanningDomain

/// The centre's workshop catalogue as read from a file: the workshops, and the facilitators each names.
///
/// Written under `workshops:` in the centre file or in a file of its own (``WorkshopCatalogueReader``):
///
/// ```yaml
/// workshops:
///   - id: ecoute-active
///     title: {fr: Écoute active, de: Aktives Zuhören}
///     description: {fr: Écouter sans conseiller ni juger.}
///     duration-minutes: 150            # default 150 (2 h 30)
///     minimum-participants: 6          # default 6
///     maximum-participants: 16         # default 16
///     runs: 2                          # runs in the year, default 1
///     months: [2027-03, 2027-10]       # and/or windows: [{from: 2027-03-01, to: 2027-03-20}]
///     facilitators: [anne, nadia]      # who may lead it; default: whose qualifications name it
///     facilitators-needed: 1           # 2 for co-facilitation
///     room: {capacity: 12, step-free: true}
///     candidates:
///       - {id: ea-0313, date: 2027-03-13, start: "09:30", venue: grand-pont}
///       - {weekdays: [saturday], starts: ["09:30"], venues: [grand-pont]}   # generated in every window
/// ```
public struct WorkshopCatalogue: Hashable, Sendable {
    /// The workshops, in file order.
    public var workshops: [Workshop]
    /// The facilitators a workshop names under `facilitators`, by workshop; a workshop that names none is absent
    /// (then the facilitators' own qualifications decide).
    public var facilitators: [Workshop.ID: [Facilitator.ID]]
    /// The file the catalogue was read from, as the user named it; empty for none.
    public var fileName: String

    /// A catalogue.
    public init(workshops: [Workshop] = [], facilitators: [Workshop.ID: [Facilitator.ID]] = [:], fileName: String = "")
    {
        self.workshops = workshops
        self.facilitators = facilitators
        self.fileName = fileName
    }

    /// Whether `facilitator` may lead `workshop`: when the workshop names its facilitators, those only;
    /// otherwise whoever's `qualifications.workshops` is `all` (the default) or names it.
    public func mayLead(_ facilitator: Facilitator, _ workshop: Workshop.ID) -> Bool {
        if let named = facilitators[workshop] { return named.contains(facilitator.id) }
        return facilitator.qualifications.mayLead(workshop: workshop.rawValue)
    }

    /// The centre with each facilitator's workshop qualifications written out for this catalogue (see
    /// ``mayLead(_:_:)``), so that `Qualifications/mayLead(workshop:)` answers the catalogue's rule.
    public func qualifying(_ centre: Centre) -> Centre {
        guard !workshops.isEmpty else { return centre }
        var centre = centre
        for index in centre.facilitators.indices {
            let facilitator = centre.facilitators[index]
            centre.facilitators[index].qualifications.workshops = Set(
                workshops.filter { mayLead(facilitator, $0.id) }.map(\.id.rawValue)
            )
            centre.facilitators[index].qualifications.allWorkshops = false
        }
        return centre
    }
}

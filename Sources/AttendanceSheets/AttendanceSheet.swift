import PlanDocuments
public import PlanningDomain

/// The attendance sheet (feuille de présence) of one planned session: what the facilitator prints and signs.
///
/// A sheet lists the participants expected at the session — those who answered yes or if need be — sorted by
/// name, then leaves blank rows for newcomers. ``SheetPDF`` prints it on A4 and ``SheetCSV`` writes the same
/// rows for a spreadsheet; both read only this value, so a sheet is the whole input of either.
///
/// Names are the only personal data on a sheet, printed as ``privacy`` says; no e-mail address appears.
public struct AttendanceSheet: Hashable, Sendable {
    /// The language of every word on the sheet: the organisation's, or French when it has no catalogue.
    public var language: Language
    /// The centre's name (`Centre d'entraide Vaud`).
    public var centre: String
    /// The group's title as people read it (« Proches aidant·e·s – Lausanne »).
    public var groupTitle: String
    /// The planned slot: session kind, date, start and end.
    public var slot: CandidateSlot
    /// The room's name, or the venue id when the scenario has no such venue.
    public var venueName: String
    /// The room's postal address, empty when the scenario has no such venue.
    public var venueAddress: String
    /// The facilitator's name, or the facilitator id when the scenario has no such facilitator.
    public var facilitatorName: String
    /// How names are printed; ``rows`` already hold the printed names.
    public var privacy: NamePrivacy
    /// The expected participants, sorted by printed name (ignoring case and accents), then by id.
    public var rows: [Row]
    /// Blank rows printed after the expected participants, for people who come without having answered.
    public var newcomerRows: Int

    /// Builds the sheet of one planned session of a scenario.
    ///
    /// The expected participants are `session.canAttend` (yes and if need be); a participant id the scenario
    /// does not know is printed as the id itself, so that the sheet still has a row to sign. A negative
    /// `newcomerRows` counts as 0.
    public init(scenario: Scenario, session: PlannedSession, privacy: NamePrivacy = .full, newcomerRows: Int = 4) {
        let venue = scenario.venue(session.slot.venue)
        let ifNeedBe = Set(session.ifNeedBe)
        self.language = Wording(scenario.organisation.language).language
        self.centre = scenario.organisation.name
        self.groupTitle = scenario.group.title
        self.slot = session.slot
        self.venueName = venue?.name ?? session.slot.venue.rawValue
        self.venueAddress = venue?.address ?? ""
        self.facilitatorName = scenario.facilitator(session.slot.facilitator)?.name ?? session.slot.facilitator.rawValue
        self.privacy = privacy
        // Names by id, the first participant of an id as `Scenario.participant(_:)` finds it: one search per row
        // was quadratic (2,500 rows among 5,000 people).
        let names = Dictionary(scenario.participants.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.rows = Row.sorted(
            session.canAttend.map { id in
                Row(
                    participant: id,
                    name: privacy.printedName(names[id] ?? id.rawValue),
                    isIfNeedBe: ifNeedBe.contains(id)
                )
            }
        )
        self.newcomerRows = max(0, newcomerRows)
    }

    /// The sheets of every session of a plan, in the plan's order.
    public static func sheets(
        for plan: Plan,
        scenario: Scenario,
        privacy: NamePrivacy = .full,
        newcomerRows: Int = 4
    ) -> [AttendanceSheet] {
        plan.sessions.map {
            AttendanceSheet(scenario: scenario, session: $0, privacy: privacy, newcomerRows: newcomerRows)
        }
    }

    /// The session this sheet is for.
    public var kind: SessionKind { slot.kind }

    /// The file name without extension: the session kind (`information`, `founding1`, `founding2`, `review`).
    ///
    /// The sheet of a session is `sheets/<fileStem>.pdf` and its CSV `sheets/<fileStem>.csv`.
    public var fileStem: String { kind.rawValue }

    /// Whether some expected participant answered only « if need be », so that the sheet explains its mark.
    public var hasIfNeedBeRows: Bool { rows.contains(where: \.isIfNeedBe) }
}

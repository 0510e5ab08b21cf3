import PlanDocuments
public import PlanningDomain

extension AttendanceSheet {
    /// The sheet of one held workshop run, printed by ``SheetPDF`` and ``SheetCSV`` as a group's sheet is.
    ///
    /// The title is the workshop's title in the centre's language, the session line « Atelier », then the date,
    /// time, room and facilitators (co-facilitators joined by « , »); the expected rows are the people enrolled
    /// (`run.enrolled`), sorted by printed name, then `newcomerRows` blank rows. A person the `people` list does
    /// not know is printed as their id. No row is marked « if need be »: enrolment is a place, not an answer.
    ///
    /// - Parameters:
    ///   - run: the held run.
    ///   - workshop: its workshop (the title).
    ///   - centre: the centre (its name and language, the rooms and the facilitators).
    ///   - people: the people who may be enrolled, by id.
    ///   - privacy: how names are printed.
    ///   - newcomerRows: blank rows for people who come without a place; a negative count counts as 0.
    public init(
        run: WorkshopRun,
        of workshop: Workshop,
        centre: Centre,
        people: [Participant],
        privacy: NamePrivacy = .full,
        newcomerRows: Int = 4
    ) {
        let language = Wording(centre.organisation.language).language
        let venue = centre.venue(run.slot.venue)
        let names = Dictionary(people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.language = language
        self.centre = centre.organisation.name
        self.groupTitle = workshop.title(in: language)
        self.slot = CandidateSlot(
            id: CandidateSlot.ID(run.slot.id.rawValue),
            kind: .workshop,
            start: run.slot.start,
            durationMinutes: run.slot.durationMinutes,
            venue: run.slot.venue,
            facilitator: run.facilitators.first ?? Facilitator.ID("")
        )
        self.venueName = venue?.name ?? run.slot.venue.rawValue
        self.venueAddress = venue?.address ?? ""
        self.facilitatorName = run.facilitators.map { centre.facilitator($0)?.name ?? $0.rawValue }
            .joined(separator: ", ")
        self.privacy = privacy
        self.rows = Row.sorted(
            run.enrolled.map { id in
                Row(participant: id, name: privacy.printedName(names[id] ?? id.rawValue), isIfNeedBe: false)
            }
        )
        self.newcomerRows = max(0, newcomerRows)
    }
}

internal import AvailabilityImport
internal import Calendaring
public import Intake
public import OutputFiles
import Phrasebook
internal import PlanDocuments
public import PlanningDomain
internal import PlanningInput
public import WorkspaceStore

/// `entraide intake offer`: the free intake interview slots of one staff member, from their weekly hours, their
/// calendars, the centre's closures and holidays, their days away, the group sessions they lead and a buffer.
///
/// The centre comes from a centre file (with the staff member's `weekly` hours and `calendars`, and the
/// canton's holidays) or from a workspace (its centre records, closures included, and every published or pinned
/// session the staff member leads, which is busy time). Hours and calendars given in the request are added to
/// (hours: replace) the centre's.
public struct OfferIntakeSlots: Sendable {
    /// Where the centre's records come from.
    public enum CentreSource: Sendable {
        /// A centre file (`centre.yaml`).
        case file(String)
        /// A workspace's centre records.
        case workspace(Workspace)
    }

    /// What to look for.
    public struct Request: Sendable {
        /// The centre.
        public var centre: CentreSource
        /// The staff member (a facilitator of the centre).
        public var staff: Facilitator.ID
        /// More calendar files (`.ics`) of the staff member, read through the input files.
        public var calendars: [String]
        /// Weekly hours for interviews; `nil` for the staff member's `weekly` hours of the centre file.
        public var weekly: [WeeklyWindow]?
        /// Minutes kept free around every interview.
        public var bufferMinutes: Int
        /// The days searched, and the interview's length, step and modes.
        public var slots: IntakeSlotRequest
        /// The language the person asking stated (`--language`, the locale); `nil` words the list in the staff
        /// member's language, else the centre's.
        public var language: Language?

        /// A request.
        public init(
            centre: CentreSource,
            staff: Facilitator.ID,
            calendars: [String] = [],
            weekly: [WeeklyWindow]? = nil,
            bufferMinutes: Int = IntakeHours.defaultBufferMinutes,
            slots: IntakeSlotRequest,
            language: Language? = nil
        ) {
            self.language = language
            self.centre = centre
            self.staff = staff
            self.calendars = calendars
            self.weekly = weekly
            self.bufferMinutes = bufferMinutes
            self.slots = slots
        }
    }

    /// What was found.
    public struct Outcome: Sendable {
        /// The free slots, in time order.
        public var slots: [IntakeSlot]
        /// The staff member.
        public var staff: Facilitator
        /// The centre's organisation (language, time zone).
        public var organisation: Organisation
        /// The list as the staff member reads it (the language they stated, else theirs, else the centre's).
        public var text: String
        /// `intake-slots.csv` and `intake-slots.txt`.
        public var bundle: OutputBundle
    }

    /// Where calendar files are read from.
    public let files: any InputFiles

    /// The use case.
    public init(files: any InputFiles) { self.files = files }

    /// The free slots.
    ///
    /// - Throws: `invalid-input` for a broken centre file or calendar, an unknown staff member, no weekly hours,
    ///   a date range backwards or longer than a year, a length or step outside 1–720 minutes, a buffer outside
    ///   0–720 minutes; `workspace` for a workspace that cannot be read.
    public func run(_ request: Request) throws(ServiceError) -> Outcome {
        let (hours, staff, centre) = try self.hours(request)
        let slots = IntakeSlots.free(in: hours, request.slots)
        let language =
            request.language ?? Wording.language(preferring: staff.languages, of: centre.organisation)
        let text = IntakeSlotList.text(
            slots,
            staffName: staff.name,
            from: request.slots.from,
            to: request.slots.to,
            language: language
        )
        var bundle = OutputBundle(command: "intake offer")
        bundle.add(IntakeSlotList.csv(slots), at: BundlePath(fixed: "intake-slots.csv"))
        bundle.add(Array(text.utf8), at: BundlePath(fixed: "intake-slots.txt"))
        return Outcome(slots: slots, staff: staff, organisation: centre.organisation, text: text, bundle: bundle)
    }

    /// The staff member's bookable hours for `request` (weekly hours, busy calendars and sessions they lead,
    /// closures, away dates, buffer), with the staff member and the centre; what booking checks again.
    ///
    /// - Throws: `invalid-input` for a bad request, an unknown staff member, no weekly hours or an unreadable
    ///   calendar.
    public func hours(_ request: Request) throws(ServiceError) -> (IntakeHours, Facilitator, Centre) {
        try Self.validate(request)
        let (centre, sources, sessions) = try records(request.centre)
        guard let staff = centre.facilitator(request.staff) else {
            let known = centre.facilitators.map(\.id.rawValue)
            throw ServiceError(
                .unknownID,
                ServiceError.sentence(
                    Phrase(
                        "service.unknownStaff",
                        [
                            "id": .verbatim(request.staff.rawValue),
                            "hint": Suggestion.closest(to: request.staff.rawValue, among: known).map(Phrase.didYouMean)
                                ?? .empty,
                            "end": known.isEmpty
                                ? Phrase("service.centreListsNone")
                                : Phrase("service.itLists", ["ids": .list(known)]),
                        ]
                    )
                ),
                isInputError: true
            )
        }
        let own = sources[request.staff]
        let weekly = request.weekly ?? own?.weekly ?? []
        guard !weekly.isEmpty else {
            throw ServiceError(
                .invalidInput,
                ServiceError.sentence(Phrase("service.offer.noHours", ["staff": .verbatim("\(request.staff)")])),
                isInputError: true
            )
        }
        let zone = centre.organisation.timeZone
        var calendars = try readCalendars((own?.calendars.map(\.path) ?? []) + request.calendars, request, zone)
        let led = sessions.filter { $0.facilitator == request.staff }
        if !led.isEmpty {
            calendars.append(
                BusyCalendar(
                    periods: led.map { session in
                        BusyPeriod(
                            start: TimeZoneConversion.utcSeconds(of: session.start, in: zone),
                            end: TimeZoneConversion.utcSeconds(of: session.end, in: zone),
                            kind: .busy
                        )
                    }
                )
            )
        }
        let hours = IntakeHours(
            staff: request.staff,
            timeZone: zone,
            weekly: weekly,
            calendars: calendars,
            closures: centre.closures,
            awayDates: staff.awayDates,
            bufferMinutes: request.bufferMinutes
        )
        return (hours, staff, centre)
    }
}

internal import AvailabilityImport
internal import Calendaring
internal import Intake
internal import Phrasebook
internal import PlanningDomain
internal import PlanningInput
internal import WorkspaceStore

/// Reading what an intake offer needs: the centre, the staff member's sources, their calendars.
extension OfferIntakeSlots {
    /// Bounds of the numbers of a request.
    static let minuteRange = 1...720

    /// Refuses a request whose numbers or dates make no sense.
    static func validate(_ request: Request) throws(ServiceError) {
        let slots = request.slots
        var problems: [Phrase] = []
        if slots.to < slots.from {
            problems.append(
                ServiceError.sentence(
                    Phrase(
                        "service.offer.reversed",
                        ["to": .verbatim("\(slots.to)"), "from": .verbatim("\(slots.from)")]
                    )
                )
            )
        } else if slots.from.days(to: slots.to) >= IntakeSlotRequest.longestRangeDays {
            problems.append(
                ServiceError.sentence(
                    Phrase(
                        "service.offer.tooLong",
                        [
                            "from": .verbatim("\(slots.from)"), "to": .verbatim("\(slots.to)"),
                            "days": .number(slots.from.days(to: slots.to) + 1),
                            "maximum": .number(IntakeSlotRequest.longestRangeDays),
                        ]
                    )
                )
            )
        }
        if !minuteRange.contains(slots.lengthMinutes) {
            problems.append(Self.minutes("length", slots.lengthMinutes, from: 1))
        }
        if !minuteRange.contains(slots.stepMinutes) {
            problems.append(Self.minutes("step", slots.stepMinutes, from: 1))
        }
        if !(0...720).contains(request.bufferMinutes) {
            problems.append(Self.minutes("buffer", request.bufferMinutes, from: 0))
        }
        if slots.modes.isEmpty { problems.append(ServiceError.sentence(Phrase("service.offer.noMode"))) }
        guard problems.isEmpty else { throw ServiceError(.invalidInput, .lines(problems), isInputError: true) }
    }

    /// The centre's records, the staff's own sources (centre file only) and the sessions that hold staff
    /// (workspace only).
    func records(
        _ source: CentreSource
    ) throws(ServiceError) -> (Centre, [Facilitator.ID: PersonalSources], [SessionBooking]) {
        switch source {
        case .file(let path):
            do {
                let loaded = try CentreLoader().load(contentsOf: path, files: files)
                return (loaded.centre, loaded.sources.facilitators, [])
            } catch {
                throw .invalid(error)
            }
        case .workspace(let workspace):
            let (centre, sessions) = try WorkspaceAccess.read(workspace) { reader in
                (try reader.centre(), try reader.bookings(excludingGroup: nil))
            }
            guard let centre else {
                throw ServiceError(
                    .invalidInput,
                    .joined(
                        [.verbatim("\(workspace.path): error: "), Phrase("service.offer.noCentre")],
                        separator: ""
                    ),
                    isInputError: true
                )
            }
            return (centre, [:], sessions)
        }
    }

    /// The busy time of each calendar file over the days searched (a day more on each side), every problem of
    /// every file reported at once.
    func readCalendars(_ paths: [String], _ request: Request, _ zone: String) throws(ServiceError) -> [BusyCalendar] {
        let from = TimeZoneConversion.utcSeconds(of: request.slots.from.adding(days: -1).atMinute(0), in: zone)
        let to = TimeZoneConversion.utcSeconds(of: request.slots.to.adding(days: 2).atMinute(0), in: zone)
        var calendars: [BusyCalendar] = []
        var problems: [Phrase] = []
        var seen: Set<String> = []
        for path in paths where seen.insert(path).inserted {
            switch files.read(path) {
            case .bytes(let bytes):
                do {
                    calendars.append(
                        try BusyTimeReader.read(bytes, file: path, defaultTimeZone: zone, from: from, to: to)
                    )
                } catch {
                    problems.append(error.diagnostic)
                }
            case .missing: problems.append(Self.fileProblem("missing", path))
            case .directory: problems.append(Self.fileProblem("directory", path))
            case .unreadable: problems.append(Self.fileProblem("unreadable", path))
            }
        }
        guard problems.isEmpty else { throw ServiceError(.invalidInput, .lines(problems), isInputError: true) }
        return calendars
    }

    /// The sentence `error: length '0' must be between 1 and 720 minutes.` in the reader's words.
    private static func minutes(_ what: String, _ value: Int, from lowest: Int) -> Phrase {
        ServiceError.sentence(
            Phrase(
                "service.offer.minutes",
                ["what": Phrase("service.offer.\(what)"), "value": .number(value), "lowest": .number(lowest)]
            )
        )
    }

    /// The line `PATH: error: calendar file 'PATH' does not exist.` and the like, in the reader's words.
    private static func fileProblem(_ problem: String, _ path: String) -> Phrase {
        .joined(
            [.verbatim("\(path): error: "), Phrase("service.calendarFile.\(problem)", ["file": .verbatim(path)])],
            separator: ""
        )
    }
}

internal import AvailabilityImport
internal import Calendaring
internal import Intake
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
        var problems: [String] = []
        if slots.to < slots.from {
            problems.append("error: the last day '\(slots.to)' is before the first day '\(slots.from)'.")
        } else if slots.from.days(to: slots.to) >= IntakeSlotRequest.longestRangeDays {
            problems.append(
                "error: from '\(slots.from)' to '\(slots.to)' is \(slots.from.days(to: slots.to) + 1) days; "
                    + "search at most \(IntakeSlotRequest.longestRangeDays) days at once."
            )
        }
        if !minuteRange.contains(slots.lengthMinutes) {
            problems.append("error: length '\(slots.lengthMinutes)' must be between 1 and 720 minutes.")
        }
        if !minuteRange.contains(slots.stepMinutes) {
            problems.append("error: step '\(slots.stepMinutes)' must be between 1 and 720 minutes.")
        }
        if !(0...720).contains(request.bufferMinutes) {
            problems.append("error: buffer '\(request.bufferMinutes)' must be between 0 and 720 minutes.")
        }
        if slots.modes.isEmpty { problems.append("error: no interview mode; give centre, phone or video.") }
        guard problems.isEmpty else {
            throw ServiceError(.invalidInput, problems.joined(separator: "\n"), isInputError: true)
        }
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
                    "\(workspace.path): error: the workspace holds no centre yet; import a centre file or a "
                        + "scenario first.",
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
        var problems: [String] = []
        var seen: Set<String> = []
        for path in paths where seen.insert(path).inserted {
            switch files.read(path) {
            case .bytes(let bytes):
                do {
                    calendars.append(
                        try BusyTimeReader.read(bytes, file: path, defaultTimeZone: zone, from: from, to: to)
                    )
                } catch {
                    problems.append(error.rendered)
                }
            case .missing: problems.append("\(path): error: calendar file '\(path)' does not exist.")
            case .directory: problems.append("\(path): error: '\(path)' is a directory, not a calendar file.")
            case .unreadable: problems.append("\(path): error: calendar file '\(path)' cannot be read.")
            }
        }
        guard problems.isEmpty else {
            throw ServiceError(.invalidInput, problems.joined(separator: "\n"), isInputError: true)
        }
        return calendars
    }
}

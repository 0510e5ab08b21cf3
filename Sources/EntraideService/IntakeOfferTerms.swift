import Foundation
public import Intake
public import PlanningDomain
internal import PlanningInput

/// What an intake offer allows, kept with the offered interview so that the initiator's page can show the free
/// slots later: the staff member's weekly hours and calendars, the buffer, the interview's length, the step
/// between starts, the modes and the days searched.
public struct IntakeOfferTerms: Codable, Hashable, Sendable {
    /// Weekly hours as written (`tuesday 17:00-21:00`); empty for the centre file's.
    public var weekly: [String]
    /// Calendar files of the staff member (paths the server can read).
    public var calendars: [String]
    /// Minutes kept free before and after.
    public var bufferMinutes: Int
    /// The interview's length.
    public var lengthMinutes: Int
    /// Minutes between two starts offered.
    public var stepMinutes: Int
    /// `centre`, `phone`, `video`.
    public var modes: [String]
    /// The first and last day offered (`2027-01-11`).
    public var from: String
    /// The last day offered.
    public var to: String
    /// The room or the video link, when known.
    public var place: String?

    /// Terms.
    public init(
        weekly: [String],
        calendars: [String] = [],
        bufferMinutes: Int = IntakeHours.defaultBufferMinutes,
        lengthMinutes: Int = IntakeSlotRequest.defaultLengthMinutes,
        stepMinutes: Int = IntakeSlotRequest.defaultStepMinutes,
        modes: [InterviewMode] = InterviewMode.allCases,
        from: LocalDate,
        to: LocalDate,
        place: String? = nil
    ) {
        self.weekly = weekly
        self.calendars = calendars
        self.bufferMinutes = bufferMinutes
        self.lengthMinutes = lengthMinutes
        self.stepMinutes = stepMinutes
        self.modes = modes.map(\.rawValue)
        self.from = from.description
        self.to = to.description
        self.place = place
    }

    /// The weekly windows, `nil` when none are given (the centre's are then used).
    var weeklyWindows: [WeeklyWindow]? {
        weekly.isEmpty ? nil : weekly.compactMap(WeeklyWindow.init(written:))
    }

    /// The slots searched, none before `now`.
    func slots(notBefore now: Instant) -> IntakeSlotRequest {
        let first = LocalDate(written: from) ?? LocalDate(dayNumber: 0)
        return IntakeSlotRequest(
            from: first,
            to: LocalDate(written: to) ?? first,
            lengthMinutes: lengthMinutes,
            stepMinutes: stepMinutes,
            modes: modes.compactMap(InterviewMode.init(rawValue:)),
            notBefore: now
        )
    }

    /// As stored (JSON, keys sorted).
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

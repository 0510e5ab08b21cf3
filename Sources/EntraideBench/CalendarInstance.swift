/// A regional problem as the CP-SAT model (`scripts/bench/cpsat_calendar.py`) reads it, with the optimiser's
/// result; `scripts/bench/README-calendar.md` documents every field.
///
/// Times are wall-clock minutes since 1970-01-01 00:00, days are day numbers since 1970-01-01, weekdays ISO
/// (1 Monday … 7 Sunday); participants of a group are numbered in the scenario's order, candidates of a
/// workshop in the problem's order. Nothing here is filtered: the model applies every rule itself.
struct CalendarInstance: Encodable {
    var format = 1
    var size: String
    var seed: UInt64
    var year: Int
    /// The first minute of the year: the origin of the start terms.
    var reference: Int
    var buffer: Int
    var facilitators: [FacilitatorRecord]
    var venues: [VenueRecord]
    var closures: [[Int]]
    var bookings: [BookingRecord]
    var groups: [GroupRecord]
    var workshops: [WorkshopRecord]
    var swift: SwiftRecord?

    struct FacilitatorRecord: Encodable {
        var id: String
        var weekly: Int?
        var monthly: Int?
        var away: [Int]
        var kinds: [String]
        var workshops: [String]
    }

    struct VenueRecord: Encodable {
        var id: String
        var capacity: Int
        var stepFree: Bool
        /// `[weekday, from minute, to minute]`; empty means always open.
        var open: [[Int]]
    }

    struct BookingRecord: Encodable {
        var venue: String
        var start: Int
        var end: Int
    }

    struct GroupRecord: Encodable {
        var id: String
        var quorum: Int
        var wholeSequence: Bool
        var initiatorMustAttend: Bool
        /// Index of the initiator among the participants, `nil` when none.
        var initiator: Int?
        var participants: Int
        var stepFree: [Int]
        var closures: [[Int]]
        /// The scenario's own facilitator records (away days, busy candidates), by id.
        var facilitators: [String: GroupFacilitator]
        /// The scenario's own room records, by id; a room not listed is the centre's.
        var venues: [String: GroupVenue]
        var levels: [Level]
    }

    struct GroupFacilitator: Encodable {
        var away: [Int]
        var busy: [String]
    }

    struct GroupVenue: Encodable {
        var capacity: Int
        var stepFree: Bool
        var booked: [String]
    }

    struct Level: Encodable {
        var kind: String
        /// Days after the previous level, `[min, max]`; `nil` for the first.
        var gap: [Int]?
        var published: String?
        var slots: [GroupSlot]
    }

    struct GroupSlot: Encodable {
        var id: String
        var start: Int
        var end: Int
        var day: Int
        var weekday: Int
        var minuteOfDay: Int
        var facilitator: String
        var venue: String
        var attend: [Int]
        var yes: [Int]
    }

    struct WorkshopRecord: Encodable {
        var id: String
        var runs: Int
        var minimum: Int
        var maximum: Int
        var need: Int
        var stepFree: Bool
        var roomCapacity: Int?
        var windows: [[Int]]
        var published: [String]
        var slots: [WorkshopSlotRecord]
        var interests: [InterestRecord]
    }

    struct WorkshopSlotRecord: Encodable {
        var id: String
        var start: Int
        var end: Int
        var day: Int
        var weekday: Int
        var minuteOfDay: Int
        var venue: String
    }

    struct InterestRecord: Encodable {
        var person: String
        /// Priority points: 2, 1 or 0 (see `InterestPriority`).
        var points: Int
        var stepFree: Bool
        /// Indices of the workshop's candidates the person can attend (yes or if need be).
        var attend: [Int]
    }

    /// The optimiser's run on this instance.
    struct SwiftRecord: Encodable {
        var objective: [Int]
        var bound: [Int]
        var seconds: Double
        var peakMegabytes: Double
        var iterations: Int
        var stop: String
        var checkerValid: Bool
        var violations: [String]
        var plan: PlanRecord
    }

    /// A calendar as ids: what CP-SAT writes back too.
    struct PlanRecord: Codable {
        /// Each placed group's candidate ids in sequence order.
        var groups: [String: [String]]
        var runs: [RunRecord]
    }

    struct RunRecord: Codable {
        var workshop: String
        var slot: String
        var facilitators: [String]
        var enrolled: [String]
    }
}

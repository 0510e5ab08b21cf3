import Foundation
import PlanningDomain

/// The JSON of the group's settings columns, also used as is in the export (WORKSPACE.md, "JSON columns").
///
/// Keys are the scenario file's kebab-case keys; sets are written as sorted arrays, so the same scenario always
/// gives the same bytes.
enum StoredSettings {
    struct Organisation: Codable, Equatable {
        var name: String
        var timeZone: String
        var language: String
        var organiser: Contact
        var uidDomain: String

        enum CodingKeys: String, CodingKey {
            case name, language, organiser
            case timeZone = "time-zone"
            case uidDomain = "uid-domain"
        }
    }

    struct Contact: Codable, Equatable {
        var name: String
        var email: String
    }

    struct Rules: Codable, Equatable {
        var initiatorMustAttend: Bool
        var quorumAppliesTo: String

        enum CodingKeys: String, CodingKey {
            case initiatorMustAttend = "initiator-must-attend"
            case quorumAppliesTo = "quorum-applies-to"
        }
    }

    struct SessionRule: Codable, Equatable {
        var kind: String
        var durationMinutes: Int
        var daysAfterPrevious: DayRange?

        enum CodingKeys: String, CodingKey {
            case kind
            case durationMinutes = "duration-minutes"
            case daysAfterPrevious = "days-after-previous"
        }

        // Written explicitly so that a missing range is `null` rather than an absent key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(durationMinutes, forKey: .durationMinutes)
            try container.encode(daysAfterPrevious, forKey: .daysAfterPrevious)
        }
    }

    struct DayRange: Codable, Equatable {
        var min: Int
        var max: Int
    }

    struct Facilitator: Codable, Equatable {
        var id: String
        var name: String
        var email: String
        var away: [String]
        var busy: [String]
        /// Candidates the facilitator's calendars mark tentative; absent from rows written before it existed,
        /// and left out when empty.
        var tentative: [String]?
    }

    struct Venue: Codable, Equatable {
        var id: String
        var name: String
        var address: String
        var capacity: Int
        var stepFree: Bool
        var booked: [String]

        enum CodingKeys: String, CodingKey {
            case id, name, address, capacity, booked
            case stepFree = "step-free"
        }
    }

    struct Closure: Codable, Equatable {
        var from: String
        var to: String
        var reason: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encode(reason, forKey: .reason)
        }
    }

    /// Sorted keys, no escaped slashes: deterministic bytes.
    static func encoded(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings, numbers, Booleans and arrays of them always encode.
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Decodes a column, or throws naming it.
    static func decoded<T: Decodable>(_: T.Type, _ text: String, _ what: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StoredValueError(what: what)
        }
    }
}

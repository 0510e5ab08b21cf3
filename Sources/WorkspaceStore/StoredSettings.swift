import Foundation
import PlanningDomain

/// The JSON of the group's settings columns (`rules`, `session_rules`), also used as is in the export.
///
/// Keys are the scenario file's kebab-case keys; sets are written as sorted arrays, so the same scenario always
/// gives the same bytes.
enum StoredSettings {
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

    /// Sorted keys, no escaped slashes: deterministic bytes.
    static func encoded(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings, numbers, Booleans and arrays of them always encode.
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

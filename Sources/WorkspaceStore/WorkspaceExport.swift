import Foundation

/// The `entraide-workspace-export/1` document: everything the workspace holds (WORKSPACE.md, "Export").
struct WorkspaceExport: Encodable {
    static let format = "entraide-workspace-export/1"

    var format = Self.format
    var schemaVersion: Int
    var groups: [Group]

    enum CodingKeys: String, CodingKey {
        case format, groups
        case schemaVersion = "schema-version"
    }

    struct Group: Encodable {
        var id: String
        var title: String
        var theme: String
        var type: String
        var region: String
        var quorum: Int
        var maximumSize: Int
        var initiator: String?
        var organisation: StoredSettings.Organisation
        var rules: StoredSettings.Rules
        var sessions: [StoredSettings.SessionRule]
        var facilitators: [StoredSettings.Facilitator]
        var venues: [StoredSettings.Venue]
        var closures: [StoredSettings.Closure]
        var candidates: [Candidate]
        var participants: [Participant]
        var forgottenAnswerCounts: [AnswerCount]
        var pinned: [String: String]
        var publications: [Publication]

        enum CodingKeys: String, CodingKey {
            case id, title, theme, type, region, quorum, initiator, organisation, rules, sessions, facilitators
            case venues, closures, candidates, participants, pinned, publications
            case maximumSize = "maximum-size"
            case forgottenAnswerCounts = "forgotten-answer-counts"
        }

        // Written explicitly so that a group without initiator says `null` rather than leaving the key out.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(theme, forKey: .theme)
            try container.encode(type, forKey: .type)
            try container.encode(region, forKey: .region)
            try container.encode(quorum, forKey: .quorum)
            try container.encode(maximumSize, forKey: .maximumSize)
            try container.encode(initiator, forKey: .initiator)
            try container.encode(organisation, forKey: .organisation)
            try container.encode(rules, forKey: .rules)
            try container.encode(sessions, forKey: .sessions)
            try container.encode(facilitators, forKey: .facilitators)
            try container.encode(venues, forKey: .venues)
            try container.encode(closures, forKey: .closures)
            try container.encode(candidates, forKey: .candidates)
            try container.encode(participants, forKey: .participants)
            try container.encode(forgottenAnswerCounts, forKey: .forgottenAnswerCounts)
            try container.encode(pinned, forKey: .pinned)
            try container.encode(publications, forKey: .publications)
        }
    }

    struct Candidate: Encodable {
        var id: String
        var kind: String
        var start: String
        var durationMinutes: Int
        var venue: String
        var facilitator: String

        enum CodingKeys: String, CodingKey {
            case id, kind, start, venue, facilitator
            case durationMinutes = "duration-minutes"
        }
    }

    /// A forgotten participant has only `id` and `status`; the other keys are left out.
    struct Participant: Encodable {
        var id: String
        var status: String
        var name: String?
        var email: String?
        var language: String?
        var initiator: Bool?
        var stepFree: Bool?
        var answers: [String: String]?

        enum CodingKeys: String, CodingKey {
            case id, status, name, email, language, initiator, answers
            case stepFree = "step-free"
        }
    }

    struct AnswerCount: Encodable {
        var candidate: String
        var availability: String
        var count: Int
    }

    struct Publication: Encodable {
        var kind: String
        var uid: String
        var sequence: Int
        var candidate: String
        var start: String
        var end: String
        var venue: String
        var cancelled: Bool
        var recipients: [String: Copy]
    }

    struct Copy: Encodable {
        var sequence: Int
        var cancelled: Bool
        var reply: String?

        enum CodingKeys: String, CodingKey {
            case sequence, cancelled, reply
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sequence, forKey: .sequence)
            try container.encode(cancelled, forKey: .cancelled)
            try container.encode(reply, forKey: .reply)
        }
    }

    /// Pretty, keys sorted, UTF-8, ending with a newline.
    var jsonBytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, numbers, Booleans and collections of them always encode.
        let data = (try? encoder.encode(self)) ?? Data()
        return Array(data) + [0x0A]
    }
}

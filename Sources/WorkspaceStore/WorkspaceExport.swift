import Foundation
import PlanningDomain

/// The `entraide-workspace-export/2` document: everything the workspace holds (WorkspaceStore documentation, `WorkspaceInDetail`, "Export").
///
/// The centre once, then each group referring to the centre's facilitators and venues by id. The outbox is
/// metadata only: ids, states and times, never the messages' bytes, addresses or the server's text.
struct WorkspaceExport: Encodable {
    static let format = "entraide-workspace-export/2"

    var format = Self.format
    var schemaVersion: Int
    var centre: Nullable<Centre>
    var groups: [Group]
    var workshops: Workshops

    enum CodingKeys: String, CodingKey {
        case format, centre, groups, workshops
        case schemaVersion = "schema-version"
    }

    /// An optional value written as `null` when absent, rather than left out.
    struct Nullable<Value: Encodable>: Encodable {
        var value: Value?

        init(_ value: Value?) { self.value = value }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encodeNil() }
        }
    }

    struct Group: Encodable {
        var id: String
        var title: String
        var theme: String
        var type: String
        var region: String
        var quorum: Int
        var maximumSize: Int
        var initiator: Nullable<String>
        var calendarTitle: String
        var rules: StoredSettings.Rules
        var sessions: [StoredSettings.SessionRule]
        var facilitators: [NamedFacilitator]
        var venues: [NamedVenue]
        var candidates: [Candidate]
        var participants: [Participant]
        var forgottenAnswerCounts: [AnswerCount]
        var pinned: [String: String]
        var publications: [Publication]
        var publicationRuns: [Run]
        var handover: Nullable<Handover>

        enum CodingKeys: String, CodingKey {
            case id, title, theme, type, region, quorum, initiator, rules, sessions, facilitators
            case venues, candidates, participants, pinned, publications, handover
            case maximumSize = "maximum-size"
            case calendarTitle = "calendar-title"
            case forgottenAnswerCounts = "forgotten-answer-counts"
            case publicationRuns = "publication-runs"
        }
    }

    /// A facilitator the group names (the record is the centre's), with the group's own candidates.
    struct NamedFacilitator: Encodable {
        var id: String
        var busy: [String]
        var tentative: [String]
    }

    /// A venue the group names (the record is the centre's), with the group's booked candidates.
    struct NamedVenue: Encodable {
        var id: String
        var booked: [String]
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
        var givenAnswers: [String: [GivenAnswer]]?

        enum CodingKeys: String, CodingKey {
            case id, status, name, email, language, initiator, answers
            case stepFree = "step-free"
            case givenAnswers = "given-answers"
        }
    }

    /// One stored answer: `origin` as the workspace names it (`scenario`, `poll:sondage.csv`, `recorded:phone`).
    struct GivenAnswer: Encodable {
        var availability: String
        var origin: String
        var order: Int
        var givenAt: String

        enum CodingKeys: String, CodingKey {
            case availability, origin, order
            case givenAt = "given-at"
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
        var facilitator: String
        var cancelled: Bool
        var recipients: [String: Copy]
        var facilitatorCopies: [String: Copy]

        enum CodingKeys: String, CodingKey {
            case kind, uid, sequence, candidate, start, end, venue, facilitator, cancelled, recipients
            case facilitatorCopies = "facilitator-copies"
        }
    }

    /// What the hand-over last sent: the series and each member's copy (schema version 4).
    struct Handover: Encodable {
        var uid: String
        var sequence: Int
        var everyWeeks: Int
        var first: String
        var durationMinutes: Int
        var until: Nullable<String>
        var skipped: [String]
        var venue: Nullable<String>
        var cancelled: Bool
        var copies: [String: Copy]

        enum CodingKeys: String, CodingKey {
            case uid, sequence, first, until, skipped, venue, cancelled, copies
            case everyWeeks = "every-weeks"
            case durationMinutes = "duration-minutes"
        }

        init(_ handover: HandoverPublication) {
            uid = handover.uid
            sequence = handover.sequence
            everyWeeks = handover.series.everyWeeks
            first = handover.series.first.description
            durationMinutes = handover.series.durationMinutes
            until = Nullable(handover.series.until?.description)
            skipped = handover.series.skipped.map(\.description)
            venue = Nullable(handover.series.venue?.rawValue)
            cancelled = handover.isCancelled
            copies = Dictionary(
                uniqueKeysWithValues: handover.copies.map { id, copy in
                    (
                        id.rawValue,
                        Copy(
                            sequence: copy.sequence,
                            cancelled: copy.isCancelled,
                            reply: Nullable(copy.reply?.rawValue)
                        )
                    )
                }
            )
        }
    }

    struct Copy: Encodable {
        var sequence: Int
        var cancelled: Bool
        var reply: Nullable<String>
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

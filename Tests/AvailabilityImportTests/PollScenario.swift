import AvailabilityImport
import Foundation
import InputVocabulary
import PlanningDomain
import PlanningInput
import Testing

/// A small scenario for the poll tests: participants with invented names, and candidate slots of every kind
/// in January and February 2027, two of them at the same date and time in different rooms.
enum PollScenario {
    static let participants: [Participant] = [
        participant("p01", "Martine Favre"),
        participant("p02", "Jean-Daniel Pittet"),
        participant("p03", "Léa Dubois-Marchand"),
        participant("p04", "Samuel Rochat"),
        participant("p05", "Anne-Sophie Müller"),
        participant("p06", "Noémie Cretegny"),
        participant("p07", "Luca Bernasconi"),
    ]

    static let candidates: [CandidateSlot] = [
        slot("info-0112", .information, "2027-01-12", "18:30", venue: "grand-pont"),
        slot("info-0112-cite", .information, "2027-01-12", "18:30", venue: "cite"),
        slot("info-0116", .information, "2027-01-16", "10:00"),
        slot("f1-0126", .founding1, "2027-01-26", "18:30"),
        slot("f1-0130", .founding1, "2027-01-30", "09:30"),
        slot("f2-0209", .founding2, "2027-02-09", "18:30"),
        slot("f2-0213", .founding2, "2027-02-13", "14:00"),
    ]

    /// The bytes of `Resources/Fixtures/Polls/<name>`, found from this file's path.
    static func fixture(_ name: String, filePath: String = #filePath) throws -> [UInt8] {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/Fixtures/Polls").appendingPathComponent(name)
        let data = try #require(FileManager.default.contents(atPath: url.path), "missing fixture \(name)")
        return [UInt8](data)
    }

    /// A Framadate export read against this scenario.
    static func framadate(
        _ text: String,
        voters: [String: VoterTarget] = [:],
        dateOrder: DateOrder? = nil,
        participants: [Participant] = participants
    ) throws(ScenarioErrors) -> PollAnswers {
        try FramadatePoll.answers(
            in: Array(text.utf8),
            file: "sondage.csv",
            participants: participants,
            candidates: candidates,
            voters: voters,
            dateOrder: dateOrder
        )
    }

    /// A grid read against this scenario.
    static func grid(_ text: String) throws(ScenarioErrors) -> PollAnswers {
        try GridPoll.answers(
            in: Array(text.utf8),
            file: "grille.csv",
            participants: participants,
            candidates: candidates
        )
    }

    /// The rendered errors of `body`, or a failure when it does not throw.
    static func rendered(
        sourceLocation: Testing.SourceLocation = #_sourceLocation,
        _ body: () throws -> Void
    ) -> String {
        do {
            try body()
        } catch let error as ScenarioErrors {
            return error.rendered
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return ""
        }
        Issue.record("expected errors", sourceLocation: sourceLocation)
        return ""
    }

    // MARK: - Building

    static func participant(_ id: String, _ name: String) -> Participant {
        Participant(
            id: Participant.ID(id),
            name: name,
            email: "\(id)@example.ch",
            language: .french,
            answers: [:]
        )
    }

    static func slot(
        _ id: String,
        _ kind: SessionKind,
        _ date: String,
        _ time: String,
        venue: String = "grand-pont"
    ) -> CandidateSlot {
        let day = date.split(separator: "-").compactMap { Int($0) }
        let clock = time.split(separator: ":").compactMap { Int($0) }
        guard day.count == 3, clock.count == 2, let localDate = LocalDate(year: day[0], month: day[1], day: day[2]),
            let localTime = LocalTime(hour: clock[0], minute: clock[1])
        else { preconditionFailure("bad test slot \(id)") }
        return CandidateSlot(
            id: CandidateSlot.ID(id),
            kind: kind,
            start: LocalDateTime(date: localDate, time: localTime),
            durationMinutes: 90,
            venue: Venue.ID(venue),
            facilitator: "anne"
        )
    }
}

import Foundation
import PlanningDomain

/// A folder under the system's temporary folder, removed with everything in it when the value goes away.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "entraide-store-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of a file or folder inside.
    func file(_ name: String) -> String { path + "/" + name }

    /// The bytes of a file inside, or none when it does not exist.
    func bytes(_ name: String) -> [UInt8] {
        (FileManager.default.contents(atPath: file(name))).map(Array.init) ?? []
    }

    deinit {
        // Make every file writable again so that a read-only test leaves nothing behind.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Small scenarios with every kind of data a scenario holds.
enum StoreFixtures {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        guard let date = LocalDate(year: year, month: month, day: day) else { preconditionFailure("no such date") }
        return date
    }

    static func start(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> LocalDateTime {
        guard let time = LocalTime(hour: hour, minute: minute) else { preconditionFailure("no such time") }
        return LocalDateTime(date: date(year, month, day), time: time)
    }

    static let candidates: [CandidateSlot] = [
        CandidateSlot(
            id: "info-0112",
            kind: .information,
            start: start(2027, 1, 12, 18, 30),
            durationMinutes: 90,
            venue: "grand-pont",
            facilitator: "anne"
        ),
        CandidateSlot(
            id: "info-0116",
            kind: .information,
            start: start(2027, 1, 16, 10, 0),
            durationMinutes: 90,
            venue: "cite",
            facilitator: "anne"
        ),
        CandidateSlot(
            id: "f1-0126",
            kind: .founding1,
            start: start(2027, 1, 26, 18, 30),
            durationMinutes: 120,
            venue: "grand-pont",
            facilitator: "anne"
        ),
        CandidateSlot(
            id: "f2-0209",
            kind: .founding2,
            start: start(2027, 2, 9, 18, 30),
            durationMinutes: 120,
            venue: "grand-pont",
            facilitator: "marc"
        ),
    ]

    static func participant(_ number: Int, answers: [CandidateSlot.ID: Availability]? = nil) -> Participant {
        let id = number < 10 ? "p0\(number)" : "p\(number)"
        return Participant(
            id: Participant.ID(id),
            name: "Personne Numéro\(number)",
            email: "Personne.\(number)@Exemple.example",
            language: number % 3 == 0 ? .german : .french,
            isInitiator: number == 1,
            needsStepFreeAccess: number % 4 == 0,
            answers: answers ?? [
                "info-0112": .yes, "info-0116": number % 2 == 0 ? .ifNeedBe : .no, "f1-0126": .yes,
                "f2-0209": number % 5 == 0 ? .no : .yes,
            ]
        )
    }

    /// A complete scenario for `group` with participants p01…p`count`.
    static func scenario(_ group: Group.ID = "proches-aidants", participants count: Int = 6) -> Scenario {
        Scenario(
            organisation: Organisation(
                name: "Centre d'entraide Vaud",
                timeZone: "Europe/Zurich",
                language: .french,
                organiser: Contact(name: "Groupes d'entraide", email: "groupes@entraide-vd.example"),
                uidDomain: "entraide-vd.example"
            ),
            group: Group(
                id: group,
                title: "Proches aidant·e·s – Lausanne",
                theme: "Partager le quotidien.",
                type: .talkingGroup,
                region: "Lausanne",
                quorum: 4,
                maximumSize: 10,
                initiator: "p01"
            ),
            facilitators: [
                Facilitator(
                    id: "anne",
                    name: "Anne Rochat",
                    email: "anne@entraide-vd.example",
                    awayDates: [date(2027, 2, 23), date(2027, 3, 29)],
                    busySlots: ["info-0116"]
                ),
                Facilitator(id: "marc", name: "Marc Dubois", email: "marc@entraide-vd.example"),
            ],
            venues: [
                Venue(
                    id: "grand-pont",
                    name: "Salle du Grand-Pont",
                    address: "Rue du Grand-Pont 2, 1003 Lausanne",
                    capacity: 16,
                    hasStepFreeAccess: true,
                    bookedSlots: ["f1-0126"]
                ),
                Venue(
                    id: "cite",
                    name: "Salle voûtée",
                    address: "Rue Cité-Devant 6",
                    capacity: 14,
                    hasStepFreeAccess: false
                ),
            ],
            sessionRules: [.standard(.information), .standard(.founding1), .standard(.founding2)],
            candidates: candidates,
            participants: (1...count).map { participant($0) },
            closures: [
                Closure(from: date(2027, 1, 1), to: date(2027, 1, 2), reason: "Nouvel An"),
                Closure(from: date(2027, 2, 15), to: date(2027, 2, 19)),
            ],
            rules: PlanningRules(initiatorMustAttend: true, quorumScope: .wholeSequence)
        )
    }

    /// Publications of the information session and founding session 1, with copies for p01 and p02.
    static func publications() -> [SessionPublication] {
        [
            SessionPublication(
                kind: .founding1,
                uid: "founding1.proches-aidants@entraide-vd.example",
                sequence: 2,
                slot: "f1-0126",
                start: start(2027, 1, 26, 18, 30),
                end: start(2027, 1, 26, 20, 30),
                venue: "grand-pont",
                recipients: ["p01": RecipientCopy(sequence: 2, reply: .accepted), "p02": RecipientCopy(sequence: 1)]
            ),
            SessionPublication(
                kind: .information,
                uid: "information.proches-aidants@entraide-vd.example",
                sequence: 0,
                slot: "info-0112",
                start: start(2027, 1, 12, 18, 30),
                end: start(2027, 1, 12, 20, 0),
                venue: "grand-pont",
                isCancelled: true,
                recipients: ["p02": RecipientCopy(sequence: 0, isCancelled: true, reply: .tentative)]
            ),
        ]
    }

    /// Whether `needle` occurs in `haystack`, as bytes.
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return false }
        return (0...(haystack.count - pattern.count)).contains { start in
            haystack[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }
}

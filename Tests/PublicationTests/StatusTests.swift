import PlanDocuments
import PlanningDomain
import Publication
import Testing

/// ``PublicationStatus``: expected attendance, answers, the quorum warning, and its text.
@Suite struct StatusTests {
    typealias D = ReplyTestData

    static func copies(_ replies: [RecipientCopy.Reply?]) -> [String: RecipientCopy] {
        Dictionary(
            uniqueKeysWithValues: replies.enumerated().map { index, reply in
                ("p0\(index + 1)", RecipientCopy(sequence: 0, reply: reply))
            }
        )
    }

    @Test("Expected attendance counts live copies; answers are split; the cancelled are left out")
    func counts() throws {
        var copies = Self.copies([.accepted, .tentative, .declined, nil, .accepted])
        copies["p06"] = RecipientCopy(sequence: 1, isCancelled: true, reply: .accepted)
        let status = PublicationStatus(publications: [D.publication(.founding1, recipients: copies)], quorum: 2)
        let session = try #require(status.sessions.first)
        #expect(session.expected == ["p01", "p02", "p03", "p04", "p05"])
        #expect(session.accepted == ["p01", "p05"])
        #expect(session.tentative == ["p02"])
        #expect(session.declined == ["p03"])
        #expect(session.unanswered == ["p04"])
        #expect(session.remaining == 4)
        #expect(!session.isQuorumAtRisk)
    }

    @Test("Declines that leave fewer than the quorum put a founding session at risk")
    func quorumWarning() {
        let copies = Self.copies([.accepted, .declined, .declined, nil])
        let status = PublicationStatus(
            publications: [
                D.publication(.founding2, recipients: copies), D.publication(.founding1, recipients: copies),
            ],
            quorum: 3
        )
        #expect(status.sessions.map(\.kind) == [.founding1, .founding2])
        #expect(status.sessions.map(\.isQuorumAtRisk) == [true, true])
        #expect(status.hasQuorumWarning)
        // At the quorum exactly: no warning.
        let enough = PublicationStatus(publications: [D.publication(.founding1, recipients: copies)], quorum: 2)
        #expect(!enough.hasQuorumWarning)
    }

    @Test("The information session, the review and a cancelled session carry no quorum warning")
    func warningOnlyForFoundingSessions() {
        let copies = Self.copies([.declined, .declined])
        var cancelled = D.publication(.founding1, recipients: copies)
        cancelled.isCancelled = true
        let status = PublicationStatus(
            publications: [
                D.publication(.information, recipients: copies), D.publication(.review, recipients: copies), cancelled,
            ],
            quorum: 6
        )
        #expect(status.sessions.map(\.isQuorumAtRisk) == [false, false, false])
        #expect(status.sessions.first { $0.kind == .founding1 }?.expected == [])
    }

    @Test("The text gives the slot, the venue, the counts, ids only, and the warning, in the scenario's language")
    func text() {
        let scenario = StatusTests.scenario(language: .english)
        let status = PublicationStatus(
            publications: [D.publication(.founding1, recipients: Self.copies([.accepted, .declined, nil]))],
            quorum: 3
        )
        let text = status.text(for: scenario)
        #expect(text.contains("Tuesday 26 January 2027"))
        #expect(text.contains("Big room"))
        #expect(text.contains("p02"))
        #expect(!text.contains("Secret") && !text.contains("@mail.example"))
        #expect(!text.contains("status."), "a status key is missing from the catalogue:\n\(text)")
        for language in [Language.french, .german, .italian] {
            let other = status.text(for: StatusTests.scenario(language: language))
            #expect(!other.contains("status."), "a status key is missing from the \(language) catalogue")
            #expect(other != text)
        }
    }

    @Test("Nothing published yet")
    func nothing() {
        let text = PublicationStatus(publications: [], quorum: 6).text(for: StatusTests.scenario(language: .english))
        #expect(text.split(separator: "\n").count == 2)
        #expect(!text.contains("status."))
    }

    static func scenario(language: Language) -> Scenario {
        Scenario(
            organisation: Organisation(
                name: "Centre",
                timeZone: "Europe/Zurich",
                language: language,
                organiser: Contact(name: "Centre", email: "centre@example.org"),
                uidDomain: "example.org"
            ),
            group: Group(
                id: "g",
                title: "Groupe",
                theme: "Thème",
                type: .talkingGroup,
                region: "Lausanne",
                quorum: 3,
                initiator: nil
            ),
            facilitators: [],
            venues: [
                Venue(
                    id: "big",
                    name: "Big room",
                    address: "Rue 1, 1000 Lausanne",
                    capacity: 20,
                    hasStepFreeAccess: true
                )
            ],
            sessionRules: [],
            candidates: [],
            participants: ReplyTestData.participants(3, language: language),
            closures: [],
            rules: PlanningRules()
        )
    }
}

import PlanningDomain
import Testing

/// How the intake interview becomes the group's draft.
@Suite struct IntakeRecordTests {
    static func record(theme: String, title: String? = nil, region: String = "Lausanne") -> IntakeRecord {
        IntakeRecord(
            group: "g",
            workingTitle: title,
            region: region,
            need: "NEED",
            theme: theme,
            memberProfile: "PROFILE",
            groupType: .sharedActivity,
            initiatorRole: "ROLE",
            motivation: "MOTIVATION"
        )
    }

    @Test func aWorkingTitleIsTheTitle() {
        #expect(Self.record(theme: "x", title: "  Marcher ensemble – Nyon ").draftTitle == "Marcher ensemble – Nyon")
    }

    @Test(arguments: [
        ("vivre avec un acouphène. Échanges et astuces.", "Vivre avec un acouphène – Lausanne"),
        ("Parents d'ados à Lausanne: tenir bon", "Parents d'ados à Lausanne"),
        (
            "partager le quotidien de celles et ceux qui accompagnent un proche malade, âgé ou handicapé",
            "Partager le quotidien de celles et ceux qui accompagnent un… – Lausanne"
        ),
        ("   ", "Lausanne"),
    ])
    func theThemesFirstClauseAndTheRegionMakeTheTitle(theme: String, title: String) {
        #expect(Self.record(theme: theme).draftTitle == title)
    }

    @Test func theDraftKeepsTheNotesOutOfTheGroup() {
        let group = Self.record(theme: " Marcher ensemble. ").draftGroup(quorum: 5, maximumSize: 10)
        #expect(group.theme == "Marcher ensemble.")
        #expect(group.type == .sharedActivity)
        #expect(group.quorum == 5 && group.maximumSize == 10 && group.initiator == nil)
        let written = "\(group)"
        for note in ["NEED", "PROFILE", "ROLE", "MOTIVATION"] { #expect(!written.contains(note)) }
    }

    @Test func aPublicTextIsPrintedInsteadOfTheTheme() {
        #expect(PublicDescription(text: "Public").text(orTheme: "Internal") == ("Public", false))
        #expect(PublicDescription(text: " \n").text(orTheme: "Internal") == ("Internal", true))
        #expect(PublicDescription.none.text(orTheme: "Internal") == ("Internal", true))
    }

    @Test func aRegistrationCountsFromReceiptUntilWithdrawal() throws {
        let registered = try #require(Instant(iso8601: "2027-01-05T10:00:00Z"))
        let withdrawn = try #require(Instant(iso8601: "2027-01-09T10:00:00Z"))
        let registration = Registration(
            participant: "p01",
            registeredAt: registered,
            source: .flyer,
            withdrawnAt: withdrawn
        )
        #expect(!registration.counts(at: try #require(registered.adding(seconds: -1))))
        #expect(registration.counts(at: registered))
        #expect(!registration.counts(at: withdrawn))
        #expect(
            RegistrationSource.allCases.map(\.description) == [
                "flyer", "partner", "social-media", "press", "other", "phone", "staff", "mail",
            ]
        )
    }
}

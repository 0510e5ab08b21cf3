import EntraideService
import EntraideTestSupport
import Foundation
import PlanningDomain
import Testing
import WorkspaceStore

/// The groups offered to a person on a waiting list: same theme, still taking registrations, a place left.
@Suite struct NextGroupsTests {
    let fixture: ServiceFixture

    /// `g` full (2 of 2), `a` on the same theme with places, `b` on it too (published: running once its
    /// information session started), `c` full, `d` on another theme.
    init() throws {
        fixture = try ServiceFixture()
        for (id, people, maximum, theme) in [
            ("g", 2, 2, "Thème"), ("a", 1, 12, " thème "), ("b", 2, 12, "THÈME"), ("c", 2, 2, "Thème"),
            ("d", 1, 12, "Autre"),
        ] {
            var builder = ServiceFixture.group(Group.ID(id), people: people)
            builder.scenario.group.maximumSize = maximum
            builder.scenario.group.theme = theme
            try fixture.importScenario(builder.scenario)
        }
        _ = try fixture.publish("b")
    }

    func register(
        _ name: String,
        email: String = "",
        phone: String = "",
        source: RegistrationSource,
        in group: Group.ID
    ) throws(ServiceError) -> Register.Outcome {
        let form = Registrations.Form(
            name: name,
            email: email,
            phone: phone,
            language: "fr",
            needsStepFreeAccess: false
        )
        return try Register(workspace: fixture.workspace).run(
            Register.Request(form: form, source: source, hasConsent: true),
            group: group,
            at: ServiceFixture.now
        )
    }

    @Test func aPersonOnTheWaitingListIsOfferedTheGroupsOnTheSameThemeWithAPlace() throws {
        let outcome = try register("Zoé", phone: "+41 21 555 12 34", source: .phone, in: "g")
        #expect(outcome.waitingRank == 1)
        #expect(outcome.nextGroups == [.init(group: "a", title: "Groupe a"), .init(group: "b", title: "Groupe b")])
    }

    @Test func aGroupWhoseInformationSessionStartedIsNotOffered() throws {
        let after = try #require(Instant(iso8601: "2027-01-13T09:00:00Z"))
        #expect(try NextGroups(workspace: fixture.workspace).run(after: "g", at: after).map(\.group) == ["a"])
    }

    @Test func aPersonWithAPlaceIsOfferedNothingAndAnUnknownGroupIsAnError() throws {
        let outcome = try register("Yves", email: "yves@mail.example", source: .flyer, in: "a")
        #expect(outcome.waitingRank == nil && outcome.nextGroups.isEmpty)
        let error = #expect(throws: ServiceError.self) {
            try NextGroups(workspace: fixture.workspace).run(after: "nope", at: ServiceFixture.now)
        }
        #expect(error?.code == .unknownGroup)
    }
}

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

    @Test func aPersonOnTheWaitingListIsOfferedTheGroupsOnTheSameThemeWithAPlace() throws {
        let outcome = try Register(workspace: fixture.workspace).run(
            Register.Request(
                form: Registrations.Form(
                    name: "Zoé",
                    email: "",
                    phone: "+41 21 555 12 34",
                    language: "fr",
                    needsStepFreeAccess: false
                ),
                source: .phone,
                hasConsent: true
            ),
            group: "g",
            at: ServiceFixture.now
        )
        #expect(outcome.waitingRank == 1)
        #expect(outcome.nextGroups == [.init(group: "a", title: "Groupe a"), .init(group: "b", title: "Groupe b")])
    }

    @Test func aGroupWhoseInformationSessionStartedIsNotOffered() throws {
        let after = try #require(Instant(iso8601: "2027-01-13T09:00:00Z"))
        #expect(try NextGroups(workspace: fixture.workspace).run(after: "g", at: after).map(\.group) == ["a"])
    }

    @Test func aPersonWithAPlaceIsOfferedNothingAndAnUnknownGroupIsAnError() throws {
        let outcome = try Register(workspace: fixture.workspace).run(
            Register.Request(
                form: Registrations.Form(
                    name: "Yves",
                    email: "yves@mail.example",
                    phone: "",
                    language: "fr",
                    needsStepFreeAccess: false
                ),
                source: .flyer,
                hasConsent: true
            ),
            group: "a",
            at: ServiceFixture.now
        )
        #expect(outcome.waitingRank == nil && outcome.nextGroups.isEmpty)
        let error = #expect(throws: ServiceError.self) {
            try NextGroups(workspace: fixture.workspace).run(after: "nope", at: ServiceFixture.now)
        }
        #expect(error?.code == .unknownGroup)
    }
}

import PlanningDomain
import Testing
import WorkspaceStore

@Suite struct BookingTests {
    @Test func otherGroupsPublishedAndPinnedSessionsAreBookings() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var publications = StoreFixtures.publications()
        publications[0].facilitator = "anne"
        try workspace.write { writer in
            _ = try writer.importScenario(StoreFixtures.scenario("a-group"))
            _ = try writer.importScenario(StoreFixtures.scenario("b-group"))
            _ = try writer.importScenario(StoreFixtures.scenario("c-group"))
            // a-group: founding 1 published (information published and cancelled), founding 2 pinned only.
            try writer.recordPublications(
                publications,
                pinned: [.founding1: "f1-0126", .founding2: "f2-0209"],
                for: "a-group"
            )
            // b-group: information pinned only.
            try writer.recordPublications([], pinned: [.information: "info-0116"], for: "b-group")
        }
        let founding1 = SessionBooking(
            group: "a-group",
            kind: .founding1,
            facilitator: "anne",
            venue: "grand-pont",
            start: StoreFixtures.start(2027, 1, 26, 18, 30),
            end: StoreFixtures.start(2027, 1, 26, 20, 30),
            isPublished: true
        )
        let founding2 = SessionBooking(
            group: "a-group",
            kind: .founding2,
            facilitator: "marc",
            venue: "grand-pont",
            start: StoreFixtures.start(2027, 2, 9, 18, 30),
            end: StoreFixtures.start(2027, 2, 9, 20, 30),
            isPublished: false
        )
        let information = SessionBooking(
            group: "b-group",
            kind: .information,
            facilitator: "anne",
            venue: "cite",
            start: StoreFixtures.start(2027, 1, 16, 10, 0),
            end: StoreFixtures.start(2027, 1, 16, 11, 30),
            isPublished: false
        )
        #expect(
            try workspace.read { try $0.bookings(excludingGroup: "c-group") } == [information, founding1, founding2]
        )
        #expect(try workspace.read { try $0.bookings(excludingGroup: "a-group") } == [information])
        #expect(try workspace.read { try $0.bookings(excludingGroup: "b-group") } == [founding1, founding2])
        #expect(try workspace.read { try $0.bookings(excludingGroup: nil) }.count == 3)
    }

    @Test func anEmptyWorkspaceHasNoBookings() throws {
        let folder = TemporaryFolder()
        #expect(try Workspace.create(in: folder.path).read { try $0.bookings(excludingGroup: nil) }.isEmpty)
    }
}

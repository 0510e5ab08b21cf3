import Calendaring
import Testing

@Suite struct ICSWriterSnapshotTests {
    @Test func invitationMatchesGoldenFile() throws {
        try ICSSnapshot.assertMatches(try ICSWriter.bytes(for: CalendarFixtures.invite), named: "invite-request.ics")
    }

    @Test func publishedCalendarMatchesGoldenFile() throws {
        try ICSSnapshot.assertMatches(
            try ICSWriter.bytes(for: CalendarFixtures.published),
            named: "calendar-publish.ics"
        )
    }

    @Test func twoWritesGiveTheSameBytes() throws {
        let first = try ICSWriter.bytes(for: CalendarFixtures.invite)
        let second = try ICSWriter.bytes(for: CalendarFixtures.invite)
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test func concurrentWritesGiveTheSameBytes() async throws {
        let expected = try ICSWriter.bytes(for: CalendarFixtures.invite)
        let outputs = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<16 {
                group.addTask { try ICSWriter.bytes(for: CalendarFixtures.invite) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outputs.count == 16)
        #expect(outputs.allSatisfy { $0 == expected })
    }
}

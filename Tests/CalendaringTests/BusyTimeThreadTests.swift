import Calendaring
import Testing

/// Reading on several threads at once: libical's error state and ring buffer are per thread, and built-in
/// time zones are loaded and used behind one lock, so concurrent reads agree with a lone read.
@Suite struct BusyTimeThreadTests {
    @Test("Concurrent reads of every fixture give the same busy time as a lone read")
    func concurrentReads() async throws {
        var expected: [String: BusyCalendar] = [:]
        for client in CalendarImportFixtures.clients {
            expected[client] = try CalendarImportFixtures.busy(client)
        }
        let results = try await withThrowingTaskGroup(of: (String, BusyCalendar).self) { group in
            for _ in 0..<8 {
                for client in CalendarImportFixtures.clients {
                    group.addTask { (client, try CalendarImportFixtures.busy(client)) }
                }
            }
            var results: [(String, BusyCalendar)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 40)
        for (client, busy) in results {
            #expect(busy == expected[client])
        }
    }
}

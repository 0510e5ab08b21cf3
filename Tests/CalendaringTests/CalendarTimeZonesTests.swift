import Calendaring
import Testing

@Suite struct CalendarTimeZonesTests {
    @Test(arguments: ["Europe/Zurich", "Europe/Paris", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC", "Etc/UTC"])
    func knownZones(identifier: String) {
        #expect(CalendarTimeZones.isKnown(identifier))
    }

    @Test(arguments: [
        "", "Europe/Zürich", "Europe/Lausanne", "Europe//Zurich", "Europe/../Europe/Zurich", "/etc/localtime",
    ])
    func unknownZones(identifier: String) {
        #expect(!CalendarTimeZones.isKnown(identifier))
    }
}

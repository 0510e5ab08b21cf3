import Calendaring
import Foundation

/// Reply files for the tests: the client fixtures in `Resources/Fixtures/Replies`, and small ones built here.
enum ReplyFixtures {
    /// The client styles, one fixture each.
    static let clients = ["outlook", "google", "apple", "thunderbird"]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/Fixtures/Replies")

    static func bytes(_ client: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(client + ".ics")))
    }

    /// A reply: lines 1–3 the calendar's head, 4 `METHOD:<method>` (left out when `nil`), then the components.
    static func file(method: String? = "REPLY", _ components: [String]) -> [UInt8] {
        let head =
            ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Entraide//Tests//EN"]
            + (method.map { ["METHOD:" + $0] } ?? [])
        return Array((head + components + ["END:VCALENDAR"]).map { $0 + "\r\n" }.joined().utf8)
    }

    /// One `VEVENT` (lines 5–7 when the METHOD is there: BEGIN, UID, DTSTAMP) with these properties from line 8.
    static func event(_ properties: [String], uid: String? = "founding1.groupe@entraide-vd.example") -> [String] {
        ["BEGIN:VEVENT"] + (uid.map { ["UID:" + $0] } ?? []) + ["DTSTAMP:20270110T120000Z"] + properties
            + ["END:VEVENT"]
    }

    /// A reply of one event with these properties (from line 8).
    static func reply(_ properties: [String]) -> [UInt8] { file(event(properties)) }

    static func read(_ bytes: [UInt8]) throws(CalendarImportError) -> [CalendarReply] {
        try ReplyReader.read(bytes, file: "reply.ics")
    }
}

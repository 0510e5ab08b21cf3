import Calendaring
import EntraideTestSupport
import Foundation
import PlanDocuments
import Publication

/// A document serialised by ``ICSWriter``, read back line by line for assertions (folding undone).
struct ICSReading {
    let text: String
    let lines: [String]

    init(_ document: CalendarDocument) throws {
        text = String(decoding: try ICSWriter.bytes(for: document), as: UTF8.self)
        lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// The value (after the first `:` outside quotes) of the top-level property `name`, such as `METHOD`.
    func value(_ name: String) -> String? { lines.first { Self.name(of: $0) == name }.map(Self.value(of:)) }

    /// Whole content lines named `name` inside the `VEVENT`s, outside their alarms.
    func eventLines(_ name: String) -> [String] {
        var depth: [String] = []
        var found: [String] = []
        for line in lines {
            if line.hasPrefix("BEGIN:") { depth.append(String(line.dropFirst(6))) }
            if line.hasPrefix("END:") { depth.removeLast() }
            if depth.last == "VEVENT", Self.name(of: line) == name { found.append(line) }
        }
        return found
    }

    /// Values of the event property `name`.
    func eventValues(_ name: String) -> [String] { eventLines(name).map(Self.value(of:)) }

    /// The number of `VEVENT`s.
    var eventCount: Int { lines.filter { $0 == "BEGIN:VEVENT" }.count }

    private static func name(of line: String) -> String {
        String(line.prefix { $0 != ";" && $0 != ":" })
    }

    private static func value(of line: String) -> String {
        var isQuoted = false
        for index in line.indices {
            if line[index] == "\"" { isQuoted.toggle() }
            if line[index] == ":" && !isQuoted { return String(line[line.index(after: index)...]) }
        }
        return ""
    }
}

/// Parses written files with Python `icalendar` (code we did not write), from the project's `.venv`.
enum PythonICalendar {
    static var isAvailable: Bool { ProjectPython.has("icalendar") }

    /// What the parser saw in one file.
    struct Parsed: Decodable, Equatable {
        var method: String
        var events: [Event]
        var crlfOnly: Bool

        struct Event: Decodable, Equatable {
            var uid: String
            var sequence: Int
            var status: String
            var start: String
            var attendees: [String]
            var hasOrganizer: Bool
        }
    }

    /// Reads every file of `folder` (relative path → parsed), failing when a file does not parse.
    static let script = """
        import icalendar, json, pathlib, sys
        out = {}
        root = pathlib.Path(sys.argv[1])
        for path in sorted(root.rglob('*.ics')):
            data = path.read_bytes()
            cal = icalendar.Calendar.from_ical(data)
            events = []
            for e in cal.walk('VEVENT'):
                if e.errors: raise SystemExit(f'{path}: {e.errors}')
                att = e.get('ATTENDEE', [])
                att = att if isinstance(att, list) else [att]
                events.append({'uid': str(e['UID']), 'sequence': int(e['SEQUENCE']), 'status': str(e['STATUS']),
                    'start': e.decoded('DTSTART').isoformat(), 'attendees': [str(a) for a in att],
                    'hasOrganizer': 'ORGANIZER' in e})
            lf = data.count(b'\\n')
            out[str(path.relative_to(root))] = {'method': str(cal['METHOD']), 'events': events,
                'crlfOnly': lf == data.count(b'\\r\\n')}
        print(json.dumps(out))
        """

    /// Writes each document at its path under a temporary folder and parses them all.
    static func parse(_ files: [String: CalendarDocument]) throws -> [String: Parsed] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-publish-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, document) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(try ICSWriter.bytes(for: document)).write(to: url)
        }
        let result = try ProjectPython.run(script, arguments: [folder.path])
        guard result.status == 0 else { throw ParseFailure(status: result.status, message: result.error) }
        return try JSONDecoder().decode([String: Parsed].self, from: result.output)
    }

    /// Python exited with an error.
    struct ParseFailure: Error {
        var status: Int32
        var message: String
    }

    /// Every message of a result at its file name, and the staff calendar as `calendar.ics`.
    static func files(of result: PublicationResult) -> [String: CalendarDocument] {
        var files = Dictionary(uniqueKeysWithValues: result.messages.map { ($0.fileName, $0.document) })
        files["calendar.ics"] = result.staffCalendar
        return files
    }
}

import EntraideTestSupport
import Foundation

/// Reads written messages with Python's `email` package (stdlib, code we did not write) and the `.ics`
/// parts with the project's `.venv` `icalendar`.
enum PythonEmail {
    static var isAvailable: Bool { ProjectPython.has("icalendar") }

    /// What Python saw in one message.
    struct Parsed: Decodable {
        var from: [String]
        var to: [[String]]
        var subject: String
        var messageID: String
        var date: String
        var mimeVersion: String
        var structure: [String]
        var methodParameter: String
        var inlineMethod: String
        var attachmentMethod: String
        var inlineMatchesICS: Bool
        var attachmentMatchesICS: Bool
        var inlineDisposition: String?
        var attachmentDisposition: String?
        var attachmentFilename: String?
        var attachmentType: String
        var textCharset: String
        var textLanguage: String?
        var text: String
        var attendees: [String]
        var defects: [String]
        var everything: String
        var crlfOnly: Bool
        var longestLine: Int
    }

    static let script = #"""
        import email, email.policy, icalendar, json, pathlib, sys
        out = {}
        root = pathlib.Path(sys.argv[1])
        for path in sorted(root.rglob('*.eml')):
            raw = path.read_bytes()
            ics = path.with_suffix('.ics').read_bytes()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            parts = list(msg.walk())
            defects = [f'{p.get_content_type()}: {d!r}' for p in parts for d in p.defects]
            plain = next(p for p in parts if p.get_content_type() == 'text/plain')
            cal = next(p for p in parts if p.get_content_type() == 'text/calendar')
            att = parts[-1]
            inline = cal.get_payload(decode=True)
            attached = att.get_payload(decode=True)
            cal_obj = icalendar.Calendar.from_ical(inline)
            attendees = []
            for e in cal_obj.walk('VEVENT'):
                a = e.get('ATTENDEE', [])
                attendees += [str(x) for x in (a if isinstance(a, list) else [a])]
            headers = ' | '.join(f'{k}: {v}' for k, v in msg.items())
            text = plain.get_content()
            frm = msg['From'].addresses[0]
            lines = raw.split(b'\r\n')
            out[str(path.relative_to(root))] = {
                'from': [frm.display_name, frm.addr_spec],
                'to': [[a.display_name, a.addr_spec] for a in msg['To'].addresses],
                'subject': str(msg['Subject']), 'messageID': str(msg['Message-ID']), 'date': str(msg['Date']),
                'mimeVersion': str(msg['MIME-Version']),
                'structure': [p.get_content_type() for p in parts],
                'methodParameter': cal.get_param('method'),
                'inlineMethod': str(cal_obj['METHOD']),
                'attachmentMethod': str(icalendar.Calendar.from_ical(attached)['METHOD']),
                'inlineMatchesICS': inline == ics, 'attachmentMatchesICS': attached == ics,
                'inlineDisposition': cal.get_content_disposition(),
                'attachmentDisposition': att.get_content_disposition(),
                'attachmentFilename': att.get_filename(), 'attachmentType': att.get_content_type(),
                'textCharset': plain.get_content_charset(), 'textLanguage': plain['Content-Language'],
                'text': text, 'attendees': attendees, 'defects': defects,
                'everything': headers + '\n' + text + '\n' + inline.decode('utf-8'),
                'crlfOnly': raw.count(b'\n') == raw.count(b'\r\n'),
                'longestLine': max(len(l) for l in lines),
            }
        print(json.dumps(out))
        """#

    /// Writes each message (`.eml`) beside its `.ics` under a temporary folder and parses them all.
    static func parse(_ files: [String: (eml: [UInt8], ics: [UInt8])]) throws -> [String: Parsed] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-mail-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, file) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(file.eml).write(to: url)
            try Data(file.ics).write(to: url.deletingPathExtension().appendingPathExtension("ics"))
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
}

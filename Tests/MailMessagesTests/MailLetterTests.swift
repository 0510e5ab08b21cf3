import EntraideTestSupport
import Foundation
import MailMessages
import PlanDocuments
import PlanningDomain
import Testing

/// A letter by e-mail without a calendar: one `text/plain` part, read back by Python's `email` package.
@Suite struct MailLetterTests {
    private let fixture = MailFixture()

    private func letter(_ index: Int = 1, key: String = "waiting.ecoute-active") throws -> [UInt8] {
        let person = try #require(fixture.scenario.participants.first { $0.id.rawValue == "p0\(index)" })
        return try MailLetter.bytes(
            subject: "Liste d'attente : atelier « Écoute active »",
            body: "Bonjour \(person.name),\n\nVous êtes sur la liste d'attente, au rang 2.\n.\nFin",
            language: .french,
            to: Addressee(person, of: fixture.scenario.organisation),
            from: fixture.scenario.organisation,
            stamp: MailFixture.stamp,
            key: key
        )
    }

    @Test func theLetterIsOnePlainTextPartWithTheHeadersOfAMessage() throws {
        let bytes = try letter()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(bytes.allSatisfy { $0 < 128 }, "7-bit")
        #expect(text.hasPrefix("Date: Sat, 16 Jan 2027 08:00:00 +0000\r\n"))
        #expect(text.contains("\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Language: fr\r\n"))
        #expect(!text.contains("multipart") && !text.contains("text/calendar"))
        #expect(text.split(separator: "\r\n", omittingEmptySubsequences: false).allSatisfy { $0.utf8.count <= 78 })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF only")
        let id = try #require(text.split(separator: "\r\n").first { $0.hasPrefix("Message-ID: ") })
        #expect(id.hasSuffix("@entraide-vd.example>") && !id.contains("p01") && !id.contains("mail.example"))
        #expect(try self.letter() == bytes, "the same letter gives the same bytes")
        let other = String(decoding: try letter(key: "waiting.animer"), as: UTF8.self)
        #expect(!other.contains(String(id)), "another letter has another Message-ID")
    }

    @Test(.enabled(if: ProjectPython.isAvailable)) func pythonReadsTheSubjectRecipientAndBody() throws {
        let script = """
            import email, email.policy, json, sys
            msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
            print(json.dumps({"subject": msg["Subject"], "to": msg["To"].addresses[0].display_name,
                "body": msg.get_content(), "defects": [repr(d) for d in msg.defects]}, ensure_ascii=False))
            """
        let result = try ProjectPython.run(script, input: Data(try letter(2)))
        #expect(result.status == 0, "\(result.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        #expect(json["subject"] as? String == "Liste d'attente : atelier « Écoute active »")
        #expect(json["to"] as? String == MailFixture.names[1])
        #expect(
            (json["body"] as? String)?.replacingOccurrences(of: "\r\n", with: "\n")
                == "Bonjour \(MailFixture.names[1]),\n\nVous êtes sur la liste d'attente, au rang 2.\n.\nFin\n"
        )
        #expect((json["defects"] as? [String])?.isEmpty == true)
    }

    @Test func anAddressThatIsNotOneIsRefusedByID() throws {
        var person = try #require(fixture.scenario.participants.first)
        person.email = "not an address"
        do {
            _ = try MailLetter.bytes(
                subject: "s",
                body: "b",
                language: .french,
                to: Addressee(person, of: fixture.scenario.organisation),
                from: fixture.scenario.organisation,
                stamp: MailFixture.stamp,
                key: "k"
            )
            Issue.record("accepted")
        } catch {
            #expect(error.code == .invalidAddress && !error.description.contains(person.name))
        }
    }
}

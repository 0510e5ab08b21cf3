import EntraideTestSupport
import Foundation
import MailDelivery
import PlanningDomain
import Testing

/// Sending to a real SMTP server (`aiosmtpd`, from the project's virtual environment) on 127.0.0.1.
@Suite(.enabled(if: TestMailServer.python != nil, "the project's .venv lacks aiosmtpd; run scripts/test"))
struct MailSenderTests {
    static func message(_ subject: String, body: String) -> [UInt8] {
        let lines = [
            "From: Centre <organiser@centre.example>", "To: <p01@people.example>", "Subject: \(subject)",
            "Date: Tue, 05 Jan 2027 09:00:00 +0100", "Message-ID: <\(subject)@centre.example>", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body,
        ]
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    @Test func twoMessagesArriveAsSent() throws {
        let server = try TestMailServer(python: try #require(TestMailServer.python))
        let via = SMTPServer(host: "127.0.0.1", port: server.port)
        let first = Self.message("first", body: "Bonjour,\r\n.a line that starts with a dot\r\n..and two\r\nÀ bientôt")
        let second = Self.message("second", body: "Second message.\r\n\r\n-- \r\nLe centre")
        try MailSender.send(
            first,
            from: "organiser@centre.example",
            to: ["p01@people.example"],
            via: via,
            credentials: nil
        )
        try MailSender.send(
            second,
            from: "organiser@centre.example",
            to: ["p02@people.example", "p03@people.example"],
            via: via,
            credentials: nil
        )
        #expect(try server.count() == 2)
        #expect(try server.message(1) == first)
        #expect(try server.message(2) == second)
        #expect(try server.envelope(1) == ["organiser@centre.example", "p01@people.example"])
        #expect(try server.envelope(2) == ["organiser@centre.example", "p02@people.example", "p03@people.example"])
    }

    @Test func credentialsAreNeverSentWithoutSTARTTLSNorShown() throws {
        let server = try TestMailServer(python: try #require(TestMailServer.python))
        let credentials = SMTPCredentials(user: "centre-user", password: "s3cret-pass")
        let error = #expect(throws: DeliveryError.self) {
            try MailSender.send(
                Self.message("secret", body: "x"),
                from: "organiser@centre.example",
                to: ["p01@people.example"],
                via: SMTPServer(host: "127.0.0.1", port: server.port),
                credentials: credentials
            )
        }
        #expect(error?.code == .transfer)
        for secret in ["centre-user", "s3cret-pass", "organiser@centre.example", "p01@people.example"] {
            #expect(error?.description.contains(secret) == false)
        }
        #expect(try server.count() == 0)
        #expect(!"\(credentials)".contains("s3cret-pass") && !String(reflecting: credentials).contains("s3cret-pass"))
    }

    @Test func closedPortIsADeliveryError() throws {
        // Port 1 (tcpmux) is not served on 127.0.0.1: the connection is refused at once.
        let error = #expect(throws: DeliveryError.self) {
            try MailSender.send(
                Self.message("closed", body: "x"),
                from: "organiser@centre.example",
                to: ["p01@people.example"],
                via: SMTPServer(host: "127.0.0.1", port: 1),
                credentials: nil
            )
        }
        #expect(error?.code == .transfer)
        #expect(error?.description.hasPrefix("127.0.0.1:1: ") == true, "\(String(describing: error))")
        #expect(error?.description.contains("people.example") == false)
        // libcurl's own words stay as they are, inside a sentence in the reader's language.
        let french = error?.rendered(in: .french) ?? ""
        #expect(french.hasPrefix("127.0.0.1:1: l'échange avec le serveur de messagerie a échoué : "), "\(french)")
        let german = error?.rendered(in: .german) ?? ""
        #expect(german.hasPrefix("127.0.0.1:1: der Austausch mit dem Mailserver ist fehlgeschlagen: "), "\(german)")
    }

    @Test func noRecipientIsRefusedBeforeConnecting() {
        let error = #expect(throws: DeliveryError.self) {
            try MailSender.send(
                [],
                from: "a@b.example",
                to: [],
                via: SMTPServer(host: "127.0.0.1", port: 1),
                credentials: nil
            )
        }
        #expect(error?.description == "127.0.0.1:1: the message has no recipient.")
    }
}

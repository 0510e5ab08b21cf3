import EntraideTestSupport
import Foundation
import MailDelivery
import Testing

/// STARTTLS (RFC 3207) and AUTH (RFC 4954) against `aiosmtpd` with a self-signed certificate on 127.0.0.1.
@Suite(.enabled(if: TestMailServer.python != nil, "the project's .venv lacks aiosmtpd; run scripts/test"))
struct STARTTLSTests {
    static let credentials = SMTPCredentials(user: "centre-user", password: "s3cret-pass")

    static func send(to server: TestMailServer, trusting: Bool, credentials: SMTPCredentials?) throws(DeliveryError) {
        try MailSender.send(
            MailSenderTests.message("tls", body: "Over TLS."),
            from: "organiser@centre.example",
            to: ["p01@people.example"],
            via: SMTPServer(
                host: "127.0.0.1",
                port: server.port,
                trustedCertificates: trusting ? server.certificate : nil
            ),
            credentials: credentials
        )
    }

    @Test func startTLSIsUsedWhenOffered() throws {
        let server = try TestMailServer(python: try #require(TestMailServer.python), startTLS: true)
        try Self.send(to: server, trusting: true, credentials: nil)
        #expect(try server.session(1) == ["tls", ""])
        #expect(try server.message(1) == MailSenderTests.message("tls", body: "Over TLS."))
    }

    @Test func credentialsAuthenticateOverTLS() throws {
        let server = try TestMailServer(python: try #require(TestMailServer.python), startTLS: true)
        try Self.send(to: server, trusting: true, credentials: Self.credentials)
        #expect(try server.session(1) == ["tls", "centre-user"])
    }

    @Test func aWrongPasswordIsADeliveryErrorThatHidesIt() throws {
        let server = try TestMailServer(python: try #require(TestMailServer.python), startTLS: true)
        let wrong = SMTPCredentials(user: "centre-user", password: "wrong-pass")
        let error = #expect(throws: DeliveryError.self) {
            try Self.send(to: server, trusting: true, credentials: wrong)
        }
        #expect(error?.code == .transfer)
        #expect(error?.description.contains("wrong-pass") == false, "\(String(describing: error))")
        #expect(error?.description.contains("centre-user") == false)
        #expect(try server.count() == 0)
    }

    @Test func anUntrustedCertificateIsRefused() throws {
        let server = try TestMailServer(python: try #require(TestMailServer.python), startTLS: true)
        let error = #expect(throws: DeliveryError.self) {
            try Self.send(to: server, trusting: false, credentials: Self.credentials)
        }
        #expect(error?.code == .transfer)
        #expect(try server.count() == 0)
    }
}

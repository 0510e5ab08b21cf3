import EntraideTestSupport
import MailDelivery
import PlanningDomain
import Testing

/// `HOST:PORT` as typed after `--smtp`, and credentials from the environment.
@Suite struct SMTPServerTests {
    @Test(arguments: [
        ("mail.example.ch:587", "mail.example.ch", 587), ("127.0.0.1:2525", "127.0.0.1", 2525),
        ("[::1]:25", "::1", 25),
    ])
    func parses(text: String, host: String, port: Int) throws {
        let server = try SMTPServer(parsing: text)
        #expect(server == SMTPServer(host: host, port: port))
        #expect(server.description == text)
    }

    @Test(arguments: [
        ("mail.example.ch", "--smtp: 'mail.example.ch' has no port; expected HOST:PORT such as mail.example.ch:587."),
        (":25", "--smtp: ':25' has no host; expected HOST:PORT such as mail.example.ch:587."),
        ("mail.example.ch:0", "--smtp: 'mail.example.ch:0' does not end with a port from 1 to 65535."),
        ("mail.example.ch:smtp", "--smtp: 'mail.example.ch:smtp' does not end with a port from 1 to 65535."),
        ("mail.example.ch:70000", "--smtp: 'mail.example.ch:70000' does not end with a port from 1 to 65535."),
        (
            "user@mail:25",
            "--smtp: 'user@mail:25' does not start with a host name (letters, digits, dots and hyphens) or an IP address."
        ),
        ("[::1:25", "--smtp: '[::1:25' is not HOST:PORT; an IPv6 address is written [::1]:25."),
    ])
    func refuses(text: String, rendered: String) {
        let error = #expect(throws: DeliveryError.self) { try SMTPServer(parsing: text) }
        #expect(error?.code == .invalidServer)
        #expect(error?.description == rendered)
        #expect(error?.isInvalidInput == true)
    }

    @Test func credentialsComeInPairs() throws {
        #expect(try SMTPCredentials.fromEnvironment([:]) == nil)
        let both = ["ENTRAIDE_SMTP_USER": "centre", "ENTRAIDE_SMTP_PASSWORD": "s3cret"]
        #expect(try SMTPCredentials.fromEnvironment(both) == SMTPCredentials(user: "centre", password: "s3cret"))
        let error = #expect(throws: DeliveryError.self) {
            try SMTPCredentials.fromEnvironment(["ENTRAIDE_SMTP_PASSWORD": "s3cret"])
        }
        #expect(
            error?.description
                == "ENTRAIDE_SMTP_USER: is not set or empty while ENTRAIDE_SMTP_PASSWORD is set; set both to "
                + "authenticate, or neither."
        )
        #expect(error?.description.contains("s3cret") == false)
    }

    @Test func refusalsAreWordedInTheReadersLanguage() {
        let server = #expect(throws: DeliveryError.self) { try SMTPServer(parsing: "mail.example.ch") }
        #expect(
            server?.rendered(in: .french)
                == "--smtp: « mail.example.ch » n'a pas de port ; HÔTE:PORT comme mail.example.ch:587 est attendu."
        )
        let credentials = #expect(throws: DeliveryError.self) {
            try SMTPCredentials.fromEnvironment(["ENTRAIDE_SMTP_USER": "centre"])
        }
        #expect(
            credentials?.rendered(in: .german)
                == "ENTRAIDE_SMTP_PASSWORD: ist nicht gesetzt oder leer, während ENTRAIDE_SMTP_USER gesetzt ist; "
                + "setzen Sie beide, um sich anzumelden, oder keine."
        )
    }
}

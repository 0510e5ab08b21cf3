import EntraideTestSupport
import Foundation
import Testing

/// The intake interview from the command line, as staff run it: invite the initiator, book, send, cancel, send
/// again; the messages reach the test mail server as iMIP e-mails and `entraide outbox` tells what became of them.
@Suite(.enabled(if: TestMailServer.python != nil, "needs .venv/bin/python with aiosmtpd"))
struct IntakeSendCommandTests {
    let folder: URL
    var workspace: String { folder.appendingPathComponent("ws").path }

    init() throws {
        folder = try TemporaryFolder().url
        #expect(try EntraideBinary.run(["init", workspace]).status == 0)
        let centre = try EntraideBinary.run([
            "import", "--centre", PackageRoot.example("centre-vaud.yaml"), "--workspace", workspace,
        ])
        #expect(centre.status == 0, "\(centre.standardError)")
    }

    func run(_ arguments: [String]) throws -> EntraideBinary.Output {
        try EntraideBinary.run(arguments + ["--workspace", workspace, "--now", "2027-01-05T09:00:00Z"])
    }

    /// `entraide outbox …`, which takes no clock.
    func outbox(_ arguments: [String]) throws -> EntraideBinary.Output {
        try EntraideBinary.run(["outbox"] + arguments + ["--workspace", workspace])
    }

    /// The `.ics` inline in an e-mail (its base64 `text/calendar` part), decoded.
    static func calendar(in mail: [UInt8]) -> String {
        let text = String(decoding: mail, as: UTF8.self)
        guard let part = text.components(separatedBy: "Content-Type: text/calendar").dropFirst().first,
            let body = part.components(separatedBy: "\r\n\r\n").dropFirst().first?.components(separatedBy: "\r\n--")
                .first,
            let data = Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: ""))
        else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func aBookingAndItsCancellationAreSentToTheInitiatorAndTheStaffMember() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try TestMailServer(python: try #require(TestMailServer.python))
        let hours = ["--staff", "anne", "--hours", "tuesday 14:00-18:00"]
        let invite = try run(
            [
                "intake", "invite", "i1", "--from", "2027-01-11", "--name", "Léa Initiatrice", "--email",
                "lea@mail.example",
            ]
                + hours
        )
        #expect(invite.status == 0, "\(invite.standardError)")
        let book = try run(["intake", "book", "i1", "--at", "2027-01-12T14:00", "--place", "Salle Cité"] + hours)
        #expect(book.status == 0, "\(book.standardError)")
        #expect(book.standardOutput.contains("SEQUENCE 0; `entraide send` sends the invitations."))
        let pending = try outbox([])
        #expect(
            pending.standardOutput.contains("R1\trecruitment\ti1\tintake invitation to initiator\tSEQUENCE 0\tpending")
        )
        #expect(
            pending.standardOutput.contains("R2\trecruitment\ti1\tintake invitation to staff anne\tSEQUENCE 0\tpending")
        )

        let send = try run(["send", "--smtp", server.address])
        #expect(send.status == 0, "\(send.standardError)")
        #expect(send.standardOutput.contains("  sent R1: intake invitation to initiator (i1)"))
        #expect(!send.standardOutput.contains("@") && !send.standardOutput.contains("Léa"))
        #expect(try server.count() == 2)
        #expect(try server.envelope(1).last == "lea@mail.example")
        #expect(try server.envelope(2).last == "anne.rochat@entraide-vd.example")
        let request = Self.calendar(in: try server.message(1))
        #expect(request.contains("METHOD:REQUEST\r\n") && request.contains("SEQUENCE:0\r\n"))
        #expect(request.contains("DTSTART;TZID=Europe/Zurich:20270112T140000\r\n"))
        let staffCopy =
            String(decoding: try server.message(2), as: UTF8.self) + Self.calendar(in: try server.message(2))
        #expect(!staffCopy.contains("lea@mail.example"), "the staff member's copy does not name the initiator")

        #expect(try run(["intake", "cancel", "i1"]).status == 0)
        #expect(try run(["send", "--smtp", server.address]).status == 0)
        #expect(try server.count() == 4, "the two REQUESTs are not sent again")
        let cancel = Self.calendar(in: try server.message(3))
        #expect(cancel.contains("METHOD:CANCEL\r\n") && cancel.contains("SEQUENCE:1\r\n"))
        let listed = try outbox(["--state", "sent"])
        #expect(listed.standardOutput.hasSuffix("4 sent.\n"))
        // A message staff ask for again goes once more, with the same bytes.
        #expect(try outbox(["resend", "R3"]).status == 0)
        #expect(try run(["send", "--smtp", server.address]).status == 0)
        #expect(try server.message(5) == (try server.message(3)))
        // Without a stated language (the C locale), a workspace command speaks the centre's language.
        let quiet = try EntraideBinary.run(
            ["send", "--smtp", server.address, "--workspace", workspace],
            environment: ["LANG": "C.UTF-8"]
        )
        #expect(quiet.standardOutput == "0 message(s) envoyé(s) par \(server.address).\n", "\(quiet.standardOutput)")
    }

    @Test func theIntakeRecordDraftsTheGroupAndABadFormChangesNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("fiche.yaml")
        try Data("group: x\nregion: Lausanne\n".utf8).write(to: bad)
        let refused = try run(["intake", "record", bad.path])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("fiche.yaml:1:1: error: the intake form is missing the required key"))
        let form = PackageRoot.example("intake-proches-aidants-lausanne.yaml")
        let recorded = try run(["intake", "record", form])
        #expect(recorded.status == 0, "\(recorded.standardError)")
        #expect(
            recorded.standardOutput.hasPrefix(
                "Intake record of group proches-aidants-lausanne kept; the group is drafted: « Proches aidant·e·s – "
                    + "Lausanne » (talking-group, Lausanne, quorum 6, maximum 12), staff member in charge anne."
            )
        )
        #expect(!recorded.standardOutput.contains("isolement"), "the confidential notes are not printed")
        let registered = try run([
            "register", "proches-aidants-lausanne", "--name", "Jean Test", "--phone", "+41 21 555 00 00",
            "--source", "phone", "--consent",
        ])
        #expect(registered.status == 0, "\(registered.standardError)")
        let status = try run(["status", "proches-aidants-lausanne"])
        #expect(status.standardOutput.contains("registered 1, quorum 6, maximum 12"))
    }

    @Test func withSMTPTheInitiatorReceivesTheLinkByEmailAndARefusalShowsIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let python = try #require(TestMailServer.python)
        let server = try TestMailServer(python: python)
        let invite = [
            "intake", "invite", "i1", "--from", "2027-01-11", "--name", "Léa Initiatrice", "--email",
            "lea@mail.example", "--staff", "anne", "--hours", "tuesday 14:00-18:00", "--base-url",
            "https://entraide.example",
        ]
        let sent = try run(invite + ["--smtp", server.address])
        #expect(sent.status == 0, "\(sent.standardError)")
        #expect(sent.standardOutput.hasPrefix("Intake i1: the initiator's link was e-mailed to them"))
        #expect(!sent.standardOutput.contains("/intake/"), "the link is not printed once it went")
        #expect(try server.envelope(1).last == "lea@mail.example")
        let mail = String(decoding: try server.message(1), as: UTF8.self)
            .replacingOccurrences(of: "=\r\n", with: "")
        #expect(mail.contains("https://entraide.example/intake/"))
        let refusing = try TestMailServer(python: python, behaviour: .refuse(after: 0))
        let refused = try run(invite.map { $0 == "i1" ? "i2" : $0 } + ["--smtp", refusing.address])
        #expect(refused.status == 1)
        #expect(
            refused.standardOutput.contains(
                "Intake i2: the initiator's link (shown once): https://entraide.example/intake/"
            )
        )
    }

    @Test func recruitmentErrorsSpeakTheStaffMembersLanguage() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let french = try EntraideBinary.run(
            ["intake", "cancel", "nope", "--workspace", workspace],
            environment: ["LANG": "fr_CH.UTF-8"]
        )
        #expect(french.status == 2)
        #expect(french.standardError == "error: il n'y a pas d'entretien d'accueil réservé « nope ».\n")
        let english = try EntraideBinary.run(["intake", "cancel", "nope", "--workspace", workspace])
        #expect(english.standardError == "error: there is no booked intake interview 'nope'.\n")
    }
}

import EntraideService
import EntraideTestSupport
import Foundation
import PlanningDomain
import PlanningInput
import Testing
import WorkspaceStore

/// The use cases the web page calls, in-process on a workspace in memory: registrations, candidate dates,
/// links and their e-mails, answers and replies through links, the participant's page, uploads, the preview.
@Suite struct WebUseCaseTests {
    let fixture: ServiceFixture

    init() throws {
        fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group().scenario)
    }

    @Test func registrationsGetTheNextIdAndRefuseIncompleteForms() throws {
        let register = Register(workspace: fixture.workspace)
        let form = Registrations.Form(
            name: " Ana Ruiz ",
            email: "ana@mail.example",
            phone: "+41 79 123 45 67",
            language: "it",
            needsStepFreeAccess: true
        )
        #expect(form.problems.isEmpty)
        let request = Register.Request(form: form, source: .staff, hasConsent: true)
        #expect(try register.run(request, group: "g", at: ServiceFixture.now).participant == "p05")
        let bad = Registrations.Form(name: "", email: "ana@", phone: "12", language: "xx", needsStepFreeAccess: false)
        #expect(bad.problems == [.name: .missing, .email: .invalid, .phone: .invalid, .language: .invalid])
        #expect(throws: ServiceError.self) {
            try register.run(
                Register.Request(form: bad, source: .staff, hasConsent: true),
                group: "g",
                at: ServiceFixture.now
            )
        }
        let person = try #require(try fixture.workspace.read { try $0.scenario(of: "g") }?.participant("p05"))
        #expect(person.name == "Ana Ruiz")
        #expect(person.language == .italian)
        #expect(try fixture.workspace.read { try $0.registrations(of: "g") }.map(\.registration.source) == [.staff])
    }

    @Test func aWindowGeneratesDatesLikeTheScenarioFileAndSkipsTheMissingHour() throws {
        let scenario = try #require(try fixture.workspace.read { try $0.scenario(of: "g") })
        // 28 March 2027: clocks move from 02:00 to 03:00 in Zurich; a 02:30 start does not exist that day.
        let proposal = AddCandidates.Proposal(
            kind: .founding1,
            from: LocalDate(year: 2027, month: 3, day: 26)!,
            to: LocalDate(year: 2027, month: 3, day: 29)!,
            weekdays: [5, 7, 1],
            starts: [LocalTime(hour: 2, minute: 30)!, LocalTime(hour: 18, minute: 30)!],
            venue: "big",
            facilitator: "anne"
        )
        let generated = AddCandidates.candidates(of: proposal, in: scenario)
        #expect(generated.problems.isEmpty)
        #expect(
            generated.slots.map(\.id.rawValue) == [
                "f1-20270326-0230", "f1-20270326-1830", "f1-20270328-1830", "f1-20270329-0230", "f1-20270329-1830",
            ]
        )
        #expect(generated.slots.allSatisfy { $0.durationMinutes == 120 })
        let outcome = try AddCandidates(workspace: fixture.workspace).run(proposal, to: "g")
        #expect(outcome.added.count == 5)
        let again = AddCandidates.candidates(
            of: proposal,
            in: try #require(try fixture.workspace.read { try $0.scenario(of: "g") })
        )
        #expect(again.problems == [.nothingNew])
        #expect(again.alreadyThere == 5)
        var wrong = proposal
        wrong.venue = "nowhere"
        wrong.starts = []
        #expect(AddCandidates.candidates(of: wrong, in: scenario).problems == [.unknownVenue, .noStart])
    }

    @Test func thePreviewIsExactlyWhatIsPublished() throws {
        let preview = try PublishPreview(workspace: fixture.workspace).run(
            PublishGroup.Request(group: "g", now: ServiceFixture.now)
        )
        #expect(preview.lines.count == 20)
        #expect(preview.lines.first?.language == .french)
        #expect(try fixture.outbox().isEmpty)
        let outdated = PublishGroup.Request(group: "g", now: ServiceFixture.now, expectedPreview: "0000000000000000-20")
        let error = try #require(throws: ServiceError.self) {
            try PublishGroup(workspace: fixture.workspace).run(outdated)
        }
        #expect(error.code == .previewOutdated)
        let request = PublishGroup.Request(group: "g", now: ServiceFixture.now, expectedPreview: preview.fingerprint)
        let outcome = try PublishGroup(workspace: fixture.workspace).run(request)
        #expect(outcome.messages.count == preview.lines.count)
        #expect(try fixture.outbox().count == 20)
    }

    @Test func theParticipantsPageShowsTheirAnswersAndNothingOfOthers() throws {
        let digest = try #require(SecretDigest([UInt8](repeating: 1, count: 32)))
        try PersonalLinks(workspace: fixture.workspace).issue(digest, for: "p02", in: "g", at: ServiceFixture.now)
        let page = try ParticipantPage(workspace: fixture.workspace).run(digest)
        #expect(page.participant == "p02")
        #expect(page.title == nil)
        #expect(page.dates.map(\.when).first == "mardi 12 janvier 2027, 18 h 30 – 20 h")
        #expect(page.dates.allSatisfy { $0.answer == .yes && $0.counts == nil })
        #expect(page.sessions.isEmpty)
        let unknown = try #require(SecretDigest([UInt8](repeating: 2, count: 32)))
        #expect(throws: ServiceError.self) { try ParticipantPage(workspace: fixture.workspace).run(unknown) }
    }

    @Test func decliningThroughALinkIsAReplyAndWithdrawingCancelsAtTheNextPublication() throws {
        let digest = try #require(SecretDigest([UInt8](repeating: 3, count: 32)))
        try PersonalLinks(workspace: fixture.workspace).issue(digest, for: "p03", in: "g", at: ServiceFixture.now)
        let replies = ReplyByLink(workspace: fixture.workspace)
        #expect(throws: ServiceError.self) { try replies.decline(.founding1, link: digest, at: ServiceFixture.now) }
        _ = try fixture.publish()
        try replies.decline(.founding1, link: digest, at: ServiceFixture.now)
        let founding1 = try #require(
            try fixture.workspace.read { try $0.publications(of: "g") }.first { $0.kind == .founding1 }
        )
        #expect(founding1.recipients["p03"]?.reply == .declined)
        try replies.withdraw(link: digest, at: ServiceFixture.later)
        let next = try fixture.publish(at: ServiceFixture.later)
        #expect(next.messages.filter { $0.recipient == .participant("p03") }.count == 4)
        #expect(next.messages.filter { $0.recipient == .participant("p03") }.allSatisfy { $0.isCancel })
        #expect(throws: ServiceError.self) { try ParticipantPage(workspace: fixture.workspace).run(digest) }
    }

    @Test func linkEmailsCarryANewLinkMadeWhenSent() throws {
        let transport = FakeTransport()
        let maker = CountingLinks()
        _ = try PersonalLinks(workspace: fixture.workspace).queueMail(to: "p04", in: "g", at: ServiceFixture.now)
        let outcome = try SendLinkMessages(workspace: fixture.workspace, transport: transport, maker: maker).run(
            now: ServiceFixture.now
        )
        #expect(outcome.sent.count == 1)
        let mail = String(decoding: try #require(transport.messages.first), as: UTF8.self)
        #expect(mail.contains("To: <p04@mail.example>\r\n"))
        #expect(mail.contains("Subject: =?UTF-8?B?"))
        #expect(mail.contains("Date: Wed, 25 Nov 2026 09:00:00 +0000\r\n"))
        #expect(mail.contains("Content-Transfer-Encoding: base64\r\n"))
        let body = try #require(mail.components(separatedBy: "\r\n\r\n").last)
        let text = String(
            decoding: try #require(Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: ""))),
            as: UTF8.self
        )
        #expect(text.contains("https://example.test/p/token-1"))
        #expect(try fixture.workspace.read { try $0.linkOwner(CountingLinks.digest(1)) }?.participant == "p04")
        #expect(try fixture.workspace.read { try $0.linkMessages(group: "g", states: [.sent]) }.count == 1)
    }

    @Test func anUploadedGridIsReadWithTheScenariosReaderAndItsLocatedErrors() throws {
        let upload = ImportUpload(
            files: MemoryFiles(["phone.csv": Array("participant;information-a\np01;non\np02;peut-être\n".utf8)]),
            workspace: fixture.workspace
        )
        let error = try #require(throws: ServiceError.self) {
            try upload.run("phone.csv", as: .poll, in: "g", now: ServiceFixture.now)
        }
        #expect(error.message.hasPrefix("phone.csv:3:"))
        #expect(error.message.contains("'peut-être'"))
        let good = ImportUpload(
            files: MemoryFiles(["phone.csv": Array("participant;information-a\np01;non\n".utf8)]),
            workspace: fixture.workspace
        )
        let outcome = try good.run("phone.csv", as: .poll, in: "g", now: ServiceFixture.now)
        #expect(outcome.answers == 1 && outcome.changes == 1)
    }
}

/// Links made from a counter: deterministic, for tests only (the server draws them from the system's CSPRNG).
final class CountingLinks: LinkMaker, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    static func digest(_ number: Int) -> SecretDigest {
        guard let digest = SecretDigest([UInt8](repeating: UInt8(number), count: 32)) else {
            preconditionFailure("32 bytes make a digest")
        }
        return digest
    }

    func newLink() -> (url: String, digest: SecretDigest) {
        let number = lock.withLock {
            count += 1
            return count
        }
        return ("https://example.test/p/token-\(number)", Self.digest(number))
    }

    func words(for participant: Participant, organisation: Organisation, url: String) -> (subject: String, body: String)
    {
        ("Votre lien – \(organisation.name)", "Bonjour,\n\n\(url)\n")
    }
}

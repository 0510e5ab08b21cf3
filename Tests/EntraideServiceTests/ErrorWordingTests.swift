import EntraideService
import EntraideTestSupport
import Phrasebook
import PlanningDomain
import Testing
import WorkspaceStore

/// The use cases' errors and the outbox's reasons are phrases, worded in the reader's language when shown.
@Suite struct ErrorWordingTests {
    @Test func anIncompleteRegistrationIsWordedInEveryLanguage() throws {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group().scenario)
        let form = Registrations.Form(name: "B", email: "b@", phone: "", language: "fr", needsStepFreeAccess: false)
        let error = #expect(throws: ServiceError.self) {
            try Register(workspace: fixture.workspace).run(
                Register.Request(form: form, source: .phone, hasConsent: true),
                group: "g",
                at: ServiceFixture.now
            )
        }
        #expect(error?.message(in: .french) == "error: l'inscription n'est pas complète : l'e-mail (non valable).")
        #expect(error?.message(in: .german) == "error: die Anmeldung ist nicht vollständig: die E-Mail (ungültig).")
        #expect(error?.message(in: .italian) == "error: l'iscrizione non è completa: l'e-mail (non valido).")
        #expect(error?.message == "error: the registration is not complete: email (invalid).")
    }

    @Test func aRenderingFailureWordsWhatFailedAndKeepsTheLibrarysWords() {
        struct CairoFailure: Error, CustomStringConvertible { var description: String { "out of memory" } }
        let error = ServiceError.rendering(Phrase("service.what.publication"), CairoFailure())
        #expect(error.code == .rendering && !error.isInputError)
        #expect(error.message(in: .french) == "error: impossible d'écrire la publication (out of memory).")
        #expect(error.message(in: .german) == "error: Fehler beim Schreiben: die Veröffentlichung (out of memory).")
        #expect(error.message == "error: the publication could not be written (out of memory).")
    }

    @Test func aRefusalIsKeptAsAPhraseAndWordedWhenShown() throws {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group().scenario)
        _ = try fixture.publish()
        let refusal = Phrase("delivery.transfer", ["reason": .verbatim("550 mailbox unavailable.")])
        let outcome = try SendOutbox(workspace: fixture.workspace, transport: RefusingTransport(refusal))
            .run(now: ServiceFixture.now)
        let failed = try #require(outcome.failed)
        guard case .failed(let stored, _) = try #require(try fixture.outbox().first { $0.id == failed.id }).state
        else {
            Issue.record("the refused message is not failed")
            return
        }
        #expect(
            DeliveryWording.reason(stored).text(in: .french)
                == "l'échange avec le serveur de messagerie a échoué : 550 mailbox unavailable."
        )
        #expect(
            DeliveryWording.reason(stored).text(in: .english)
                == "the exchange with the mail server failed: 550 mailbox unavailable."
        )
        // A reason an earlier version kept as plain text reads back as it was written.
        #expect(DeliveryWording.reason("550 refused.").text(in: .german) == "550 refused.")
    }

    @Test func recipientsAreNamedByIdInTheReadersWords() {
        #expect(DeliveryWording.recipient(.participant("p01")).text(in: .french) == "personne p01")
        #expect(DeliveryWording.recipient(RecruitmentMessage.Recipient.initiator).text(in: .german) == "Initiant·in")
        #expect(
            DeliveryWording.recipient(RecruitmentMessage.Recipient.staff("anne")).text(in: .italian)
                == "membro del personale anne"
        )
        #expect(DeliveryWording.kind(.quorumReachable).text(in: .english) == "quorum notice")
    }
}

/// A mail server that refuses every message with `phrase`.
private struct RefusingTransport: MailTransport {
    let phrase: Phrase

    init(_ phrase: Phrase) { self.phrase = phrase }

    func send(_ message: [UInt8], from: String, to: String) throws(TransportFailure) -> String {
        throw TransportFailure(phrase)
    }
}

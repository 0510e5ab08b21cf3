import Phrasebook
import PlanDocuments
import PlanningDomain
import Publication
import Testing

/// What staff read about messages and replies, in their language: no code or Swift name reaches them.
@Suite struct ReportWordingTests {
    @Test func everyReasonAMessageIsSentForHasItsWordsInEveryLanguage() {
        for code in OutgoingMessage.Reason.allCases.map(\.rawValue) {
            for language in PhraseCatalogue.languages {
                let words = Phrase("cli.reason.\(code)").text(in: language)
                #expect(words != "cli.reason.\(code)", "\(code) has no words in \(language)")
                // An English word may be the code itself (`new`, `moved`), never a code with a hyphen.
                #expect(code.contains("-") ? words != code : !words.isEmpty, "\(code) in \(language): \(words)")
            }
        }
    }

    @Test func anAppliedReplyReadsInTheStaffMembersLanguage() {
        let outcome = ReplyOutcome(
            uid: "x",
            session: .founding1,
            recipient: .participant("p03"),
            sequence: 0,
            result: .applied(.declined, previous: .accepted)
        )
        #expect(outcome.description == "founding1: p03 declined (was accepted), sequence 0.")
        #expect(outcome.phrase.text(in: .french) == "founding1 : p03 a décliné (auparavant : a accepté), séquence 0.")
        #expect(outcome.phrase.text(in: .german) == "founding1: p03 hat abgesagt (vorher: hat zugesagt), Sequenz 0.")
    }

    @Test func anIgnoredReplySaysWhyInItalian() {
        let outcome = ReplyOutcome(
            uid: "x",
            session: nil,
            recipient: nil,
            sequence: 2,
            result: .ignored(.outdated(current: 3))
        )
        #expect(
            outcome.phrase.text(in: .italian)
                == "«x»: la risposta di una persona invitata è ignorata: risponde alla sequenza 2, una versione più "
                + "vecchia; da allora le è stata inviata la sequenza 3."
        )
        #expect(
            outcome.description
                == "'x': the reply of an attendee is ignored: it answers sequence 2, an older version; they were sent "
                + "sequence 3 since."
        )
    }
}

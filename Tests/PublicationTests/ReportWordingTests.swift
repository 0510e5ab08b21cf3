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

    @Test func aRhythmThatIsNotWeeksIsRefusedInFrenchAtTheSameColumn() throws {
        let error = try #require(throws: RhythmError.self) {
            try Rhythm.parse("tous les 10 jours le mardi 19h, 2 h", from: LocalDate(year: 2027, month: 3, day: 1)!)
        }
        #expect(
            error.diagnostic().text(in: .french)
                == "--rhythm:10: error: « 10 » dans « tous les 10 jours le mardi 19h, 2 h » n'est pas un nombre de "
                + "semaines ; attendu : un nombre de jours qui fait des semaines entières (7, 8 ou 14, 15, 21 …), au "
                + "plus 52 semaines."
        )
        #expect(error.rendered().hasPrefix("--rhythm:10: error: '10' in "))
    }
}

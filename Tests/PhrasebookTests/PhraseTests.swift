import Phrasebook
import PlanningDomain
import Testing

/// Wording phrases from catalogues: parts, forms, the singular, nesting, fallbacks.
@Suite struct PhraseTests {
    let catalogue = PhraseCatalogue(templates: [
        "en": [
            "field": "'{key}' {subject:of}", "venue": "venue '{id}'", "venue.of": "of venue '{id}'",
            "count": "{count} people", "count.one": "one person", "onlyEnglish": "in English",
            "yaml": "write {id: x} for {id}",
        ],
        "fr": [
            "field": "« {key} » {subject:of}", "venue": "la salle « {id} »", "venue.of": "de la salle « {id} »",
            "count": "{count} personnes", "count.one": "une personne", "yaml": "écrivez {id: x} pour {id}",
        ],
    ])

    @Test func nestedSentencesTakeTheFormAsked() {
        let phrase = Phrase(
            "field",
            ["key": .verbatim("capacity"), "subject": Phrase("venue", ["id": .verbatim("salle-b")])]
        )
        #expect(catalogue.text(of: phrase, in: .english) == "'capacity' of venue 'salle-b'")
        #expect(catalogue.text(of: phrase, in: .french) == "« capacity » de la salle « salle-b »")
    }

    @Test func aCountOfOneTakesTheSingular() {
        #expect(catalogue.text(of: Phrase("count", ["count": .number(1)]), in: .french) == "une personne")
        #expect(catalogue.text(of: Phrase("count", ["count": .number(2)]), in: .french) == "2 personnes")
    }

    @Test func aMissingTemplateFallsBackToEnglishThenToTheKey() {
        #expect(catalogue.text(of: Phrase("onlyEnglish"), in: .german) == "in English")
        #expect(catalogue.text(of: Phrase("nowhere"), in: .french) == "nowhere")
    }

    @Test func bracesThatNameNoPartStayAsWritten() {
        #expect(catalogue.text(of: Phrase("yaml", ["id": .verbatim("p01")]), in: .french) == "écrivez {id: x} pour p01")
    }

    @Test func listsAndLinesJoinTheirParts() {
        let phrase = Phrase.lines([.list(["yes", "no"]), Phrase("venue", ["id": .verbatim("a")])])
        #expect(catalogue.text(of: phrase, in: .french) == "yes, no\nla salle « a »")
    }

    @Test func aStoredPhraseReadsBackAndPlainTextStaysVerbatim() {
        let phrase = Phrase.joined(
            [
                .capitalized(Phrase("delivery.transfer", ["reason": .verbatim("550 {no} \"quotes\".")])),
                .verbatim(" — "), Phrase("common.period"),
            ],
            separator: ""
        )
        #expect(Phrase(stored: phrase.stored) == phrase)
        #expect(Phrase(stored: Phrase.verbatim("plain").stored) == .verbatim("plain"))
        #expect(Phrase(stored: "550 refused by the server.") == .verbatim("550 refused by the server."))
        #expect(Phrase(stored: "{not a phrase}") == .verbatim("{not a phrase}"))
    }

    @Test func placeholdersAreFoundInOrder() {
        #expect(PhraseCatalogue.placeholders(in: "« {key} » {subject:of}, {id: x}") == ["key", "subject:of"])
    }
}

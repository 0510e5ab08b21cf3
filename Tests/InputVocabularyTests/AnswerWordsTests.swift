import InputVocabulary
import PlanningDomain
import Testing

/// One vocabulary of answers for every reader, in French, German, Italian and English.
@Suite struct AnswerWordsTests {
    struct Word: Sendable, CustomTestStringConvertible {
        let text: String
        let answer: Availability
        var testDescription: String { text }
    }

    static let pairs: [(String, Availability)] = [
        ("oui", .yes), ("Oui", .yes), ("OUI", .yes), ("si besoin", .ifNeedBe), ("Si nécessaire", .ifNeedBe),
        ("si necessaire", .ifNeedBe), ("au besoin", .ifNeedBe), ("non", .no), ("Non", .no),
        ("ja", .yes), ("falls nötig", .ifNeedBe), ("FALLS NÖTIG", .ifNeedBe),
        ("wenn nötig", .ifNeedBe), ("Unter Vorbehalt", .ifNeedBe), ("Wenn notwendig", .ifNeedBe), ("nein", .no),
        ("sì", .yes), ("si", .yes), ("Sì", .yes), ("se necessario", .ifNeedBe), ("no", .no),
        ("yes", .yes), ("if need be", .ifNeedBe), ("if-need-be", .ifNeedBe), ("Ifneedbe", .ifNeedBe),
        ("Under reserve", .ifNeedBe), ("maybe", .ifNeedBe), ("No", .no), ("  yes  ", .yes),
    ]
    static let words = pairs.map { Word(text: $0.0, answer: $0.1) }

    @Test("Each word of each language", arguments: words)
    func reads(_ word: Word) {
        #expect(AnswerWords.all.reading(word.text) == .answer(word.answer))
    }

    @Test(
        "Words for no answer, and nothing written",
        arguments: ["Inconnu", "unbekannt", "Sconosciuto", "Unknown", "", " "]
    )
    func none(_ text: String) {
        #expect(AnswerWords.all.reading(text) == .none)
    }

    @Test("Not answers", arguments: ["peut-être", "vielleicht", "forse", "perhaps", "on", "true", "x"])
    func unknown(_ text: String) {
        #expect(AnswerWords.all.reading(text) == .unknown)
    }

    @Test func theLanguageOfAFileIsTheOneMostOfItsWordsAreIn() {
        var reader = AnswerWords.Reader()
        for text in ["ja", "nein", "Ja", "falls nötig", "no"] { _ = reader.reading(text) }
        #expect(reader.language()?.language == .german)
        var italian = AnswerWords.Reader()
        _ = italian.reading("No")
        // `No` alone is Italian as well as English: the earlier language wins.
        #expect(italian.language()?.language == .italian)
        #expect(AnswerWords.Reader().language() == nil)
    }

    @Test func messagesListTheWordsOfOneLanguageOrOfAll() {
        let words = AnswerWords.all
        #expect(words.accepted(in: words.words(in: .french)) == "oui, si besoin, non")
        #expect(words.accepted(in: words.words(in: .german)) == "ja, falls nötig, nein")
        #expect(words.accepted(in: words.words(in: .italian)) == "sì, se necessario, no")
        #expect(words.accepted(in: words.words(in: .english)) == "yes, if need be, no")
        #expect(words.accepted(in: nil).split(separator: "; ").count == 4)
        #expect(words.word(for: .ifNeedBe, in: .german) == "falls nötig")
    }
}

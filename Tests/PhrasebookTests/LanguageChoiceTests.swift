import Phrasebook
import PlanningDomain
import Testing

/// The one rule for the language of messages: flag, LC_ALL, LC_MESSAGES, LANG, the document, English.
@Suite struct LanguageChoiceTests {
    @Test func theFlagWinsOverEverything() {
        let choice = LanguageChoice(
            flag: .italian,
            environment: ["LC_ALL": "de_CH.UTF-8", "LC_MESSAGES": "fr_CH.UTF-8", "LANG": "fr_CH.UTF-8"]
        )
        #expect(choice.language(document: .french) == .italian)
    }

    @Test func lcAllComesBeforeLcMessagesAndLang() {
        let choice = LanguageChoice(
            flag: nil,
            environment: ["LC_ALL": "de_CH.UTF-8", "LC_MESSAGES": "it_CH.UTF-8", "LANG": "fr_CH.UTF-8"]
        )
        #expect(choice.language(document: .english) == .german)
    }

    @Test func lcMessagesComesBeforeLang() {
        let choice = LanguageChoice(flag: nil, environment: ["LC_MESSAGES": "it_CH.UTF-8", "LANG": "fr_CH.UTF-8"])
        #expect(choice.language() == .italian)
    }

    @Test func langLikeASwissMacDecides() {
        let choice = LanguageChoice(flag: nil, environment: ["LANG": "fr_CH.UTF-8"])
        #expect(choice.stated == .french)
        #expect(choice.language(document: .german) == .french)
    }

    @Test func anEmptyVariableIsNotSet() {
        let choice = LanguageChoice(flag: nil, environment: ["LC_ALL": "", "LANG": "de_CH.UTF-8"])
        #expect(choice.language() == .german)
    }

    @Test(arguments: ["C", "C.UTF-8", "POSIX", "es_ES.UTF-8"])
    func aLocaleWithoutCatalogueLeavesTheDocumentToDecide(locale: String) {
        let choice = LanguageChoice(flag: nil, environment: ["LC_ALL": locale, "LANG": "de_CH.UTF-8"])
        #expect(choice.stated == nil)
        #expect(choice.language(document: .italian) == .italian)
    }

    @Test func withNothingStatedTheDocumentThenEnglish() {
        let choice = LanguageChoice(flag: nil, environment: [:])
        #expect(choice.language(document: .french) == .french)
        #expect(choice.language(document: Language("rm")) == .english)
        #expect(choice.language() == .english)
    }

    @Test(arguments: [
        ("fr_CH.UTF-8", "fr"), ("de_CH", "de"), ("it", "it"), ("en_GB.ISO-8859-1", "en"), ("FR_ch", "fr"),
        ("de_DE@euro", "de"),
    ])
    func localeNames(locale: String, code: String) {
        #expect(LanguageChoice.language(locale: locale) == Language(code))
    }

    @Test(arguments: ["", "C", "POSIX", "rm_CH.UTF-8", "french"])
    func localesWithoutCatalogue(locale: String) {
        #expect(LanguageChoice.language(locale: locale) == nil)
    }
}

import Phrasebook
import PlanningDomain
import Testing

/// The coordinator's calendar's words (`regional.json`): every rule and term named in every language, each term's
/// English definition the domain's word for word, and explanations worded from data.
@Suite struct RegionalCatalogueTests {
    @Test(arguments: PhraseCatalogue.languages)
    func everyRuleAndTermHasANameAndEveryTermADefinition(language: Language) {
        for rule in RegionalRule.allCases {
            let name = rule.phrase.text(in: language)
            #expect(!name.isEmpty && name != "regional.rule.\(rule.name)", "\(language.code): \(rule)")
        }
        for term in ObjectiveTerm.allCases {
            #expect(term.phrase.text(in: language) != "regional.term.\(term.name)", "\(language.code): \(term)")
            #expect(!term.definitionPhrase.text(in: language).hasPrefix("regional."), "\(language.code): \(term)")
        }
    }

    @Test func theEnglishDefinitionIsTheDomainsOne() {
        for term in ObjectiveTerm.allCases {
            #expect(term.definitionPhrase.english == term.definition, "\(term)")
        }
    }

    @Test(arguments: [
        (
            Language.french,
            "limite hebdomadaire (weekly-limit) : sophie anime déjà 3 séances la semaine 2027-W11, limite 2"
        ),
        (.german, "Wochengrenze (weekly-limit): sophie leitet in der Woche 2027-W11 schon 3 Termine, Grenze 2"),
        (
            .italian,
            "limite settimanale (weekly-limit): sophie conduce già 3 incontri nella settimana 2027-W11, limite 2"
        ),
        (.english, "weekly limit (weekly-limit): sophie already leads 3 sessions in week 2027-W11, limit 2"),
    ])
    func aBreachIsWordedInTheReadersLanguage(language: Language, text: String) {
        let breach = RuleBreach(
            .weeklyLimit,
            BreachDetail(
                "regional.why.weeklyLimit",
                ["facilitator": .value("sophie"), "count": .number(3), "week": .value("2027-W11"), "limit": .number(2)]
            )
        )
        #expect(breach.phrase.text(in: language) == text)
    }

    @Test func everySessionKindStageWaitingReasonAndStopHasWords() {
        for language in PhraseCatalogue.languages {
            let phrases =
                SessionKind.allCases.filter { $0 != .workshop }.map { BreachDetail.kind($0).phrase }
                + GroupStage.allCases.map { Phrase("regional.stage.\($0.rawValue)") }
                + WaitingEntry.Reason.allCases.map { Phrase("regional.waiting.\($0.rawValue)") }
                + RegionalSearchStatistics.Stop.allCases.map { Phrase("regional.stop.\($0.rawValue)") }
            for phrase in phrases {
                #expect(!phrase.text(in: language).hasPrefix("regional."), "\(language.code): \(phrase)")
            }
        }
    }
}

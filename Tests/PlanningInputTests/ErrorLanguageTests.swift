import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// Every scenario problem worded in French, German and Italian: the same location, line and caret as in
/// English, the value as written, a sentence of the language (not English, no catalogue key, no Swift name).
@Suite struct ErrorLanguageTests {
    static let languages: [Language] = [.french, .german, .italian]

    @Test func aFrenchStaffMembersBadScenarioReadsInFrench() throws {
        let yaml = try ScenarioFixtures.minimal(replacing: ["f1-0126: no}" => "f1-0126: peut-être}"])
        let errors = try ScenarioFixtures.errors(reading: yaml)
        #expect(
            errors.rendered(in: .french) == """
                scenario.yaml:41:40: error: la disponibilité « peut-être » n'est pas l'une des réponses yes, \
                if-need-be, no (en français : oui, si besoin, non).
                    answers: {info-0112: yes, f1-0126: peut-être}
                                                       ^
                """
        )
        #expect(errors.language == .french)
    }

    @Test func aGermanStaffMemberReadsAnUnknownKeyInGerman() throws {
        let yaml = try ScenarioFixtures.minimal(replacing: ["capacity: 16" => "capacty: 16"])
        let errors = try ScenarioFixtures.errors(reading: yaml)
        let first = try #require(errors.errors.first)
        #expect(
            first.message(in: .german)
                == "unbekannter Schlüssel «capacty» beim Raum «grand-pont»; meinten Sie «capacity»?"
        )
        #expect(
            first.message(in: .italian)
                == "chiave «capacty» sconosciuta per la sala «grand-pont»; forse intendeva «capacity»?"
        )
        #expect(
            first.message(in: .french)
                == "clé « capacty » inconnue pour la salle « grand-pont » ; vouliez-vous dire « capacity » ?"
        )
    }

    @Test(arguments: ErrorCase.all)
    func everyProblemKeepsItsPlaceAndValueInEveryLanguage(_ errorCase: ErrorCase) throws {
        let yaml = try ScenarioFixtures.minimal(replacing: errorCase.replacements)
        let errors = try ScenarioFixtures.errors(reading: yaml)
        for error in errors.errors {
            let english = error.rendered(in: .english).split(separator: "\n", omittingEmptySubsequences: false)
            for language in Self.languages {
                let worded = error.rendered(in: language).split(separator: "\n", omittingEmptySubsequences: false)
                #expect(worded.count == english.count, "\(errorCase.name), \(language)")
                let location = "\(error.file):\(error.line):\(error.column): error: "
                #expect(worded.first?.hasPrefix(location) == true, "\(errorCase.name), \(language): \(worded)")
                #expect(Array(worded.dropFirst()) == Array(english.dropFirst()), "\(errorCase.name), \(language)")
                let sentence = error.message(in: language)
                #expect(sentence != error.message, "\(errorCase.name) is not worded in \(language): \(sentence)")
                if let value = error.value, error.message.contains(value) {
                    #expect(sentence.contains(value), "\(errorCase.name), \(language): \(sentence)")
                }
                #expect(Self.leftovers(in: sentence).isEmpty, "\(errorCase.name), \(language): \(sentence)")
            }
            #expect(Self.leftovers(in: error.message).isEmpty, "\(errorCase.name): \(error.message)")
        }
    }

    /// What must never reach a person: a template part not filled in, a catalogue key, a Swift name in camel
    /// case (`noLongerAvailable`, `ifNeedBe`).
    static func leftovers(in sentence: String) -> [String] {
        let patterns = [
            #"\{[A-Za-z_]+(:[a-z]+)?\}"#, #"\b(scenario|import|common|date|id)\.[a-z]"#, #"\b[a-z]+[A-Z][a-zA-Z]*\b"#,
        ]
        return patterns.flatMap { pattern in
            (try? Regex(pattern)).map { regex in sentence.ranges(of: regex).map { String(sentence[$0]) } } ?? []
        }
    }
}

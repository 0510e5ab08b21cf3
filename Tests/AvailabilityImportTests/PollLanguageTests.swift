import AvailabilityImport
import PlanningDomain
import PlanningInput
import Testing

/// Every refused poll, grid and CSV file worded in French, German and Italian: the same location, line and
/// caret as in English, the value as written, a sentence of the language with nothing left of the template.
@Suite struct PollLanguageTests {
    static let languages: [Language] = [.french, .german, .italian]

    /// Every bad file of the other suites, with how it is read.
    static let files: [(name: String, read: @Sendable () throws(ScenarioErrors) -> Void)] =
        GridPollErrorTests.cases.map { bad in
            (bad.name, { () throws(ScenarioErrors) in _ = try PollScenario.grid(bad.text) })
        }
        + GridByDateTests.refused.map { bad in
            (bad.name, { () throws(ScenarioErrors) in _ = try GridByDateTests.grid(bad.text) })
        }
        + FramadateErrorTests.cases.map { bad in
            (bad.name, { () throws(ScenarioErrors) in _ = try PollScenario.framadate(bad.text) })
        }
        + CSVReaderErrorTests.cases.map { bad in
            (bad.name, { () throws(ScenarioErrors) in _ = try CSVReader.read(bad.bytes, file: "t.csv") })
        }

    @Test func aFrenchGridWithAnUnknownAnswerReadsInFrench() throws {
        let error = try #require(throws: ScenarioErrors.self) {
            try PollScenario.grid("participant;info-0112;f1-0126\np01;oui;peut-être\n")
        }
        #expect(
            error.rendered(in: .french) == """
                grille.csv:2:9: error: la réponse « peut-être » n'est pas l'une des réponses oui, si besoin, non ; \
                laissez la case vide s'il n'y a pas de réponse.
                p01;oui;peut-être
                        ^
                """
        )
    }

    @Test func anExcelFileThatIsNoTextSaysHowToSaveItInGerman() throws {
        let error = try #require(throws: ScenarioErrors.self) {
            try CSVReader.read([0x61, 0x3B, 0x81, 0x0A], file: "liste.csv")
        }
        #expect(
            error.errors.first?.message(in: .german)
                == "die Datei ist weder UTF-8 noch Windows-1252 (das Byte 0x81 ist keines von beiden); speichern Sie "
                + "sie als «CSV UTF-8»."
        )
    }

    @Test func everyRefusedFileIsWordedInEveryLanguage() throws {
        for file in Self.files {
            let errors: ScenarioErrors
            do {
                try file.read()
                Issue.record("\(file.name): read without error")
                continue
            } catch {
                errors = error
            }
            for error in errors.errors {
                let english = error.rendered(in: .english).split(separator: "\n", omittingEmptySubsequences: false)
                for language in Self.languages {
                    let worded = error.rendered(in: language).split(separator: "\n", omittingEmptySubsequences: false)
                    let location = error.rendered(in: .english).prefix { $0 != " " }
                    #expect(worded.first?.hasPrefix(location) == true, "\(file.name), \(language)")
                    #expect(Array(worded.dropFirst()) == Array(english.dropFirst()), "\(file.name), \(language)")
                    let sentence = error.message(in: language)
                    #expect(sentence != error.message, "\(file.name) is not worded in \(language): \(sentence)")
                    if let value = error.value, error.message.contains(value) {
                        #expect(sentence.contains(value), "\(file.name), \(language): \(sentence)")
                    }
                    #expect(ErrorLeftovers.in(sentence).isEmpty, "\(file.name), \(language): \(sentence)")
                }
            }
        }
    }
}

/// What must never reach a person: a template part not filled in, a catalogue key, a Swift name in camel case
/// (`noLongerAvailable`, `ifNeedBe`).
enum ErrorLeftovers {
    static func `in`(_ sentence: String) -> [String] {
        let patterns = [
            #"\{[A-Za-z_]+(:[a-z]+)?\}"#, #"\b(scenario|import|common|date|id|calendar|cli)\.[a-z]"#,
            #"\b[a-z]+[A-Z][a-zA-Z]*\b"#,
        ]
        return patterns.flatMap { pattern in
            (try? Regex(pattern)).map { regex in sentence.ranges(of: regex).map { String(sentence[$0]) } } ?? []
        }
    }
}

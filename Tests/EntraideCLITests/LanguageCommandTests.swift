import EntraideTestSupport
import Foundation
import Testing

/// `--language`, the locale and the scenario choose the language of what a command prints.
@Suite struct LanguageCommandTests {
    static let example = PackageRoot.example("proches-aidants-lausanne.yaml")

    @Test func theFlagChoosesTheLanguage() throws {
        let result = try EntraideBinary.run(["check", Self.example, "--language", "de"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("\(Self.example): gültig — "), "\(result.standardOutput)")
    }

    @Test func theLocaleChoosesWhenThereIsNoFlag() throws {
        let result = try EntraideBinary.run(["check", Self.example], environment: ["LANG": "it_CH.UTF-8"])
        #expect(result.standardOutput.hasPrefix("\(Self.example): valido — "), "\(result.standardOutput)")
    }

    @Test func theFlagWinsOverTheLocale() throws {
        let result = try EntraideBinary.run(
            ["check", Self.example, "--language", "en"],
            environment: ["LC_ALL": "fr_CH.UTF-8"]
        )
        #expect(result.standardOutput.hasPrefix("\(Self.example): valid — "), "\(result.standardOutput)")
    }

    @Test func withoutALocaleTheScenarioSpeaks() throws {
        let result = try EntraideBinary.run(["check", Self.example], environment: ["LANG": "C.UTF-8"])
        #expect(result.standardOutput.hasPrefix("\(Self.example) : valide — "), "\(result.standardOutput)")
    }

    @Test func anUnknownLanguageIsInvalidInputInTheLocalesLanguage() throws {
        let result = try EntraideBinary.run(
            ["check", Self.example, "--language", "rm"],
            environment: ["LANG": "fr_CH.UTF-8"]
        )
        #expect(result.status == 2)
        #expect(result.standardError.contains("--language « rm » n'est pas l'une des langues fr, de, it, en."))
    }
}

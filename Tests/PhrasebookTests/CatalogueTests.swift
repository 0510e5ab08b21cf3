import EntraideTestSupport
import Foundation
import Phrasebook
import PlanningDomain
import Testing

/// The shipped catalogues in `Resources/Messages`: the same keys and parts in every language, no key twice.
@Suite struct CatalogueTests {
    /// Each language's files, read straight from the package (not through the bundle, to see every file).
    static func files(of language: Language) throws -> [String: [String: String]] {
        let folder = PackageRoot.url.appendingPathComponent("Resources/Messages/\(language.code)")
        var files: [String: [String: String]] = [:]
        for url in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        where url.pathExtension == "json" {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
            files[url.lastPathComponent] = try #require(object as? [String: String], "\(url.path)")
        }
        return files
    }

    @Test func everyLanguageHasTheSameFiles() throws {
        let english = try Self.files(of: .english)
        #expect(!english.isEmpty)
        for language in PhraseCatalogue.languages {
            #expect(Set(try Self.files(of: language).keys) == Set(english.keys), "\(language)")
        }
    }

    @Test func noKeyIsInTwoFiles() throws {
        for language in PhraseCatalogue.languages {
            var seen: [String: String] = [:]
            for (file, templates) in try Self.files(of: language) {
                for key in templates.keys {
                    #expect(seen[key] == nil, "\(language.code): \(key) is in \(seen[key] ?? "") and \(file)")
                    seen[key] = file
                }
            }
        }
    }

    @Test(arguments: [Language.french, .german, .italian])
    func everyKeyExistsInEveryLanguageWithTheSameParts(language: Language) throws {
        let english = try Self.files(of: .english)
        let other = try Self.files(of: language)
        for (file, templates) in english {
            let translated = other[file] ?? [:]
            #expect(Set(translated.keys) == Set(templates.keys), "\(language.code)/\(file): keys differ")
            for (key, template) in templates {
                guard let translation = translated[key] else { continue }
                #expect(
                    Set(Self.parts(of: translation)) == Set(Self.parts(of: template)),
                    "\(language.code)/\(file): \(key) names other parts than in English"
                )
                #expect(!translation.isEmpty, "\(language.code)/\(file): \(key) is empty")
            }
        }
    }

    @Test func theBundleHoldsEveryShippedKey() throws {
        for language in PhraseCatalogue.languages {
            let keys = try Self.files(of: language).values.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
            #expect(Set(PhraseCatalogue.shared.templates[language.code]?.keys ?? [:].keys) == keys)
        }
    }

    /// The names of a template's parts, without their forms (`subject:of` is `subject`).
    static func parts(of template: String) -> [String] {
        PhraseCatalogue.placeholders(in: template).map { String($0.split(separator: ":")[0]) }
    }
}

import Foundation
import PlanDocuments
import PlanningDomain
import Testing

@Suite struct WordingTests {
    let slot: CandidateSlot

    init() throws {
        slot = CandidateSlot(
            id: "info",
            kind: .information,
            start: LocalDateTime(
                date: try #require(LocalDate(year: 2027, month: 1, day: 12)),
                time: try #require(LocalTime(hour: 18, minute: 30))
            ),
            durationMinutes: 120,
            venue: "v",
            facilitator: "f"
        )
    }

    @Test func frenchDatesReadAsAPersonWritesThem() {
        let wording = Wording(.french)
        #expect(wording.range(slot) == "mardi 12 janvier 2027, 18 h 30 – 20 h 30")
        #expect(wording.time(LocalTime(hour: 19, minute: 0)!) == "19 h")
        #expect(wording.halves(55) == "27,5")
        #expect(wording.halves(54) == "27")
        #expect(wording.title(of: .founding2) == "Deuxième séance de fondation")
    }

    @Test func englishDates() {
        let wording = Wording(.english)
        #expect(wording.range(slot) == "Tuesday 12 January 2027, 18:30 – 20:30")
        #expect(wording.halves(55) == "27.5")
    }

    @Test func germanDatesReadTheSwissWay() {
        let wording = Wording(.german)
        #expect(wording.language == .german)
        #expect(wording.range(slot) == "Dienstag, 12. Januar 2027, 18.30 – 20.30 Uhr")
        #expect(wording.time(LocalTime(hour: 19, minute: 0)!) == "19.00")
        #expect(wording.time(LocalTime(hour: 9, minute: 5)!) == "9.05")
        #expect(wording.halves(55) == "27,5")
        #expect(wording.title(of: .information) == "Informationsveranstaltung")
        #expect(wording.title(of: .founding2) == "Zweites Gründungstreffen")
    }

    @Test func italianDatesReadTheTicinoWay() {
        let wording = Wording(.italian)
        #expect(wording.language == .italian)
        #expect(wording.range(slot) == "martedì 12 gennaio 2027, 18:30 – 20:30")
        #expect(wording.time(LocalTime(hour: 19, minute: 0)!) == "19:00")
        #expect(wording.time(LocalTime(hour: 9, minute: 5)!) == "9:05")
        #expect(wording.halves(55) == "27,5")
        #expect(wording.title(of: .founding1) == "Primo incontro di fondazione")
    }

    @Test func sessionNounsFitInsideSentences() {
        let german = Wording(.german)
        #expect(
            german.text(
                "infeasible.quorumAtSession",
                ["quorum": "6", "best": "4", "session": german.noun(for: .founding1)]
            )
                == "Quorum 6 für das erste Gründungstreffen nicht erreichbar: Höchstens 4 Personen können an einem "
                + "der vorgeschlagenen Termine teilnehmen."
        )
        let italian = Wording(.italian)
        #expect(
            italian.text(
                "infeasible.noneWithinGap",
                [
                    "session": italian.title(of: .founding2), "previous": italian.noun(for: .founding1),
                    "min": "7", "max": "28",
                ]
            )
                == "Secondo incontro di fondazione: nessuna data cade da 7 a 28 giorni dopo una data possibile per "
                + "il primo incontro di fondazione."
        )
    }

    @Test func languagesWithoutACatalogueFallBackToFrench() {
        #expect(Wording(Language("rm")).language == .french)
        #expect(Wording(Language("rm")).title(of: .information) == "Séance d'information")
    }

    @Test func everyKeyExistsInEveryCatalogue() {
        let keys = [
            "explain.title", "explain.continuity", "loss.continuity", "infeasible.sequenceQuorum",
            "exclusion.stepFreeAccess", "invitation.intro.new", "event.reminder",
        ]
        for language in Wording.availableLanguages {
            let wording = Wording(language)
            for key in keys { #expect(wording.text(key) != key, "\(language): \(key) missing") }
        }
    }

    @Test(arguments: Wording.availableLanguages)
    func catalogueHasTheFrenchKeysAndPlaceholders(_ language: Language) throws {
        let french = try Self.catalogue(.french)
        let other = try Self.catalogue(language)
        let missing = Set(french.keys).subtracting(other.keys).sorted()
        let extra = Set(other.keys).subtracting(french.keys).sorted()
        #expect(missing.isEmpty && extra.isEmpty, "\(language): missing \(missing), not in fr.json \(extra)")
        for (key, frenchValue) in french {
            guard let value = other[key] else { continue }
            if let frenchTemplate = frenchValue as? String {
                let template = try #require(value as? String, "\(language): \(key) is not a string")
                let expected = Self.placeholders(frenchTemplate)
                let found = Self.placeholders(template)
                #expect(
                    found == expected,
                    "\(language): \(key) has \(found.sorted()), fr.json has \(expected.sorted())"
                )
            } else if let frenchNames = frenchValue as? [String] {
                let names = try #require(value as? [String], "\(language): \(key) is not a list of strings")
                #expect(names.count == frenchNames.count, "\(language): \(key) has \(names.count) names")
            }
        }
    }

    // MARK: - Catalogue files

    /// The catalogue `Resources/Strings/<code>.json` of the package, read from the source tree.
    static func catalogue(_ language: Language, filePath: String = #filePath) throws -> [String: Any] {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Resources/Strings/\(language.code).json").standardizedFileURL
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return try #require(object as? [String: Any], "\(url.path) is not a JSON object")
    }

    /// The names `x` of the `{x}` placeholders of a template.
    static func placeholders(_ template: String) -> Set<String> {
        var names: Set<String> = []
        for part in template.split(separator: "{", omittingEmptySubsequences: false).dropFirst() {
            if let close = part.firstIndex(of: "}") { names.insert(String(part[..<close])) }
        }
        return names
    }
}

/// Singular and plural forms chosen by count.
@Suite struct WordingPluralTests {
    @Test func singularWhenTheCountIsOne() {
        let french = Wording(.french)
        #expect(
            french.text("loss.laterInformation", count: 1, ["days": "1"]) == "séance d'information 1 jour plus tard"
        )
        #expect(
            french.text("loss.laterInformation", count: 7, ["days": "7"]) == "séance d'information 7 jours plus tard"
        )
        #expect(Wording(.english).text("loss.laterReview", count: 2, ["days": "2"]) == "review 2 days later")
    }

    @Test func keysWithoutASingularFormUseTheTemplate() {
        #expect(
            Wording(.french).text("loss.irregularRhythm", count: 1) == Wording(.french).text("loss.irregularRhythm")
        )
    }
}

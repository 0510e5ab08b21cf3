import PlanDocuments
import PlanningDomain
import Testing

@testable import AttendanceSheets

/// The `sheet.` texts exist in every catalogue and are really translated.
@Suite struct SheetWordingTests {
    @Test(arguments: Wording.availableLanguages)
    func everyCatalogueHasEverySheetKey(language: Language) {
        let wording = Wording(language)
        for key in SheetWording.keys {
            #expect(wording.text(key) != key, "\(language.code): \(key)")
        }
    }

    @Test func germanAndItalianAreNotFrenchOrEnglish() {
        let french = SheetWording.keys.map { Wording(.french).text($0) }
        let english = SheetWording.keys.map { Wording(.english).text($0) }
        for language in [Language.german, .italian] {
            let texts = SheetWording.keys.map { Wording(language).text($0) }
            let copied = zip(SheetWording.keys, texts).filter { key, text in
                !["sheet.timeRange", "sheet.page", "sheet.column.name"].contains(key)
                    && (french.contains(text) || english.contains(text))
            }
            #expect(copied.isEmpty, "\(language.code) copies \(copied.map(\.0))")
        }
    }
}

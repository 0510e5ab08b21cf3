import AttendanceSheets
import EntraideTestSupport
import Foundation
import PDFDrawing
import PlanningDomain
import Testing

/// What poppler (`pdftotext`, `pdfinfo`, `pdffonts`) reads in the PDFs.
@Suite(.enabled(if: Poppler.isAvailable, "needs poppler-utils (scripts/lib/setup.sh installs it)"))
struct SheetPDFTests {
    static let creationDate = "2027-01-05T09:00:00"

    /// The European names, one long name, two if-need-be answers and one no.
    static func sheet(
        names: [String] = SheetFixtures.europeanNames + [SheetFixtures.longName, "Carl Absent"],
        no: Set<Int> = [13],
        language: Language = .french,
        privacy: NamePrivacy = .full
    ) -> AttendanceSheet {
        let scenario = SheetFixtures.scenario(names: names, ifNeedBe: [2, 12], no: no, language: language)
        return AttendanceSheet(scenario: scenario, session: SheetFixtures.session(in: scenario), privacy: privacy)
    }

    @Test func theTextHoldsEveryExpectedNameTheDateAndTheVenue() throws {
        let text = try Poppler.text(SheetPDF.bytes(for: Self.sheet(), creationDate: Self.creationDate))
        for name in SheetFixtures.europeanNames + [SheetFixtures.longName] {
            #expect(text.contains(name), "\(name)")
        }
        #expect(!text.contains("Carl Absent"))
        for expected in [
            "Centre d'entraide Vaud", "FEUILLE DE PRÉSENCE", "Proches aidant·e·s – Lausanne", "Séance d'information",
            "mardi 12 janvier 2027", "18 h 30 – 20 h", "Salle du Grand-Pont, Rue du Grand-Pont 2, 1003 Lausanne",
            "Anne Rochat", "Présent·e", "Excusé·e", "Signature", "Jiří Dvořák *", "* a répondu « si nécessaire »",
            "Personnes présentes :", "Signature de l'animation (Anne Rochat)",
            "Document confidentiel — ne pas diffuser", "page 1 / 1",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func aSessionOfTwelveIsOneA4Page() throws {
        let sheet = Self.sheet(names: SheetFixtures.europeanNames)
        #expect(sheet.rows.count == 12)
        let pdf = try SheetPDF.bytes(for: sheet, creationDate: Self.creationDate)
        let info = try Poppler.info(pdf)
        #expect(info["Pages"] == "1")
        #expect(info["Page size"] == "595.276 x 841.89 pts (A4)")
    }

    @Test func thirtyNamesTakeTwoPagesWithTheTableHeaderOnEach() throws {
        let sheet = Self.sheet(names: SheetFixtures.numberedNames(30), no: [])
        let pdf = try SheetPDF.bytes(for: sheet, creationDate: Self.creationDate)
        let info = try Poppler.info(pdf)
        #expect(info["Pages"] == "2")
        #expect(info["Page size"] == "595.276 x 841.89 pts (A4)")
        let first = try Poppler.text(pdf, first: 1, last: 1)
        let second = try Poppler.text(pdf, first: 2, last: 2)
        for page in [first, second] {
            for column in ["Nom", "Présent·e", "Excusé·e", "Signature", "Document confidentiel — ne pas diffuser"] {
                #expect(page.contains(column), "\(column)")
            }
        }
        #expect(first.contains("page 1 / 2"))
        #expect(second.contains("page 2 / 2"))
        #expect(second.contains("Proches aidant·e·s – Lausanne — Séance d'information, mardi 12 janvier 2027"))
        #expect(first.contains("Person 01") && second.contains("Person 30"))
        #expect(!first.contains("Personnes présentes") && second.contains("Personnes présentes"))
    }

    /// First page about 21 rows, later pages 26, the closing block after the last row.
    @Test(arguments: [(8, 1), (40, 2), (90, 4)])
    func longListsGoOnAsManyPagesAsNeededEachNumbered(count: Int, expectedPages: Int) throws {
        let pdf = try SheetPDF.bytes(
            for: Self.sheet(names: SheetFixtures.numberedNames(count), no: []),
            creationDate: Self.creationDate
        )
        #expect(try Poppler.info(pdf)["Pages"] == String(expectedPages))
        let text = try Poppler.text(pdf)
        for name in SheetFixtures.numberedNames(count) { #expect(text.contains(name), "\(name)") }
        for page in 1...expectedPages {
            let pageText = try Poppler.text(pdf, first: page, last: page)
            #expect(pageText.contains("page \(page) / \(expectedPages)"))
            #expect(pageText.contains("Signature") && pageText.contains("Excusé·e"))
        }
    }

    @Test func fontsAreEmbeddedDejaVuSubsets() throws {
        let fonts = try Poppler.fonts(SheetPDF.bytes(for: Self.sheet(), creationDate: Self.creationDate))
        #expect(!fonts.isEmpty)
        for font in fonts {
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.first?.contains("+DejaVuSans") == true, "\(font)")
            // emb, sub and uni are the three columns before the object number and generation.
            #expect(columns.dropLast(2).suffix(3) == ["yes", "yes", "yes"], "\(font)")
        }
    }

    @Test func metadataNamesTheGroupAndSessionButNoParticipant() throws {
        let pdf = try SheetPDF.bytes(for: Self.sheet(), creationDate: Self.creationDate)
        let info = try Poppler.info(pdf)
        #expect(info["Title"] == "Proches aidant·e·s – Lausanne — Séance d'information")
        #expect(info["Subject"] == "Feuille de présence")
        #expect(info["Author"] == "Centre d'entraide Vaud")
        #expect(info["Creator"] == "Entraide")
        #expect(info["CreationDate"] == "Tue Jan  5 09:00:00 2027 UTC")
        let everything = info.values.joined(separator: "\n")
        for name in SheetFixtures.europeanNames { #expect(!everything.contains(name)) }
    }

    @Test func initialsLeaveOutLastNames() throws {
        let sheet = Self.sheet(privacy: .initials)
        let text = try Poppler.text(SheetPDF.bytes(for: sheet, creationDate: Self.creationDate))
        for expected in ["Nathalie B.", "Nguyễn T.", "Łukasz W.", "Jiří D. *", "Søren Ø.", "Günter W.", "François Ç."] {
            #expect(text.contains(expected), "\(expected)")
        }
        for lastName in ["Bovet", "Wróbel", "Dvořák", "Østergård", "Weiß", "Çelik", "Graffenried"] {
            #expect(!text.contains(lastName), "\(lastName)")
        }
    }

    @Test func aLongNameIsEllipsisedInsideItsColumn() throws {
        let words = try Poppler.words(SheetPDF.bytes(for: Self.sheet(), creationDate: Self.creationDate))
        let first = try #require(words.first { $0.text == "Marie-Geneviève-Alexandrine" })
        let line = words.filter { abs($0.yMin - first.yMin) < 0.5 }
        // The name column is 195 points wide from the 42.52-point margin; the mark follows the name inside it.
        let nameColumnRight = 42.52 + 195
        #expect(line.count >= 2)
        for word in line where word.xMin < nameColumnRight {
            #expect(word.xMax <= nameColumnRight, "\(word)")
        }
        #expect(line.contains { $0.text == "*" })
    }

    @Test(arguments: [
        (
            Language.german,
            [
                "ANWESENHEITSLISTE", "Dienstag, 12. Januar 2027", "18.30 – 20.00 Uhr", "Begleitung",
                "Anwesend", "Entschuldigt", "Unterschrift", "hat mit «falls nötig» geantwortet",
                "Vertrauliches Dokument — nicht weitergeben", "Seite 1 / 1", "Informationsveranstaltung",
            ]
        ),
        (
            .italian,
            [
                "FOGLIO DELLE PRESENZE", "martedì 12 gennaio 2027", "18:30 – 20:00", "Conduzione", "Presente",
                "Scusato/a", "Firma", "ha risposto «se necessario»", "Documento confidenziale — non divulgare",
                "pagina 1 / 1", "Incontro informativo",
            ]
        ),
        (
            .english,
            [
                "ATTENDANCE SHEET", "Tuesday 12 January 2027", "18:30 – 20:00", "Facilitator", "Present",
                "Excused", "Signature", "answered “if need be”", "Confidential document — do not share", "page 1 / 1",
                "Information session",
            ]
        ),
    ])
    func everyWordIsInTheScenariosLanguage(language: Language, expected: [String]) throws {
        let text = try Poppler.text(
            SheetPDF.bytes(for: Self.sheet(language: language), creationDate: Self.creationDate)
        )
        for word in expected { #expect(text.contains(word), "\(word)") }
    }

    @Test func theSameSheetGivesTheSameBytes() throws {
        let sheet = Self.sheet()
        #expect(
            try SheetPDF.bytes(for: sheet, creationDate: Self.creationDate)
                == SheetPDF.bytes(for: sheet, creationDate: Self.creationDate)
        )
        #expect(
            try SheetPDF.bytes(for: sheet, creationDate: Self.creationDate)
                != SheetPDF.bytes(for: sheet, creationDate: "2027-01-05T09:00:01")
        )
    }

    @Test(arguments: ["", "2027-01-05", "2027-02-30T09:00:00", "2027-01-05 09:00:00", "2027-01-05T24:00:00", "x"])
    func aMalformedCreationDateIsRefused(date: String) {
        #expect(throws: SheetError(code: .invalidCreationDate, value: date)) {
            try SheetPDF.bytes(for: Self.sheet(), creationDate: date)
        }
    }

    @Test(arguments: ["2027-01-05T09:00:00Z", "2027-01-05T09:00:00+01:00", "2027-01-05T09:00:00-05:30"])
    func creationDatesWithAZoneAreAccepted(date: String) throws {
        #expect(try !SheetPDF.bytes(for: Self.sheet(), creationDate: date).isEmpty)
    }
}

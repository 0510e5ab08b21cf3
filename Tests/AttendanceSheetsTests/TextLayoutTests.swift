import PDFDrawing
import PlanDocuments
import PlanningDomain
import Testing

@testable import AttendanceSheets

/// Ellipsis and shaping, measured by pango itself.
@Suite struct TextLayoutTests {
    @Test func longNamesAreEllipsisedShortOnesAreNot() throws {
        let canvas = try PDFCanvas(width: SheetGeometry.pageWidth, height: SheetGeometry.pageHeight)
        let text = try TextLayout(canvas: canvas)
        let font = FontDescription(size: 10)
        let width = SheetGeometry.columnWidths[0] - 2 * SheetGeometry.cellPadding
        #expect(text.isEllipsized(SheetFixtures.longName, font: font, width: width))
        for name in SheetFixtures.europeanNames {
            #expect(!text.isEllipsized(name, font: font, width: width), "\(name)")
            #expect(text.size(of: name, font: font, width: width).width <= width)
        }
        #expect(text.size(of: SheetFixtures.longName, font: font, width: width).width <= width)
    }

    @Test(arguments: Wording.availableLanguages)
    func columnTitlesFitTheirColumns(language: Language) throws {
        let canvas = try PDFCanvas(width: SheetGeometry.pageWidth, height: SheetGeometry.pageHeight)
        let text = try TextLayout(canvas: canvas)
        let scenario = SheetFixtures.scenario(names: ["Ana Favre"], language: language)
        let wording = SheetWording(AttendanceSheet(scenario: scenario, session: SheetFixtures.session(in: scenario)))
        for (column, title) in wording.columns.enumerated() {
            let width = SheetGeometry.columnWidths[column] - 2 * SheetGeometry.cellPadding
            #expect(!text.isEllipsized(title, font: SheetRenderer.Fonts().columnTitle, width: width), "\(title)")
        }
    }

    @Test(arguments: [
        ("2027-01-05T09:00:00", true), ("2027-01-05T09:00:00Z", true), ("2027-01-05T09:00:00+01:00", true),
        ("2024-02-29T23:59:59", true), ("2027-02-29T09:00:00", false), ("2027-01-05T09:60:00", false),
        ("2027-01-05T09:00:00+1:00", false), ("2027-01-05T09:00:00z", false), ("２０２７-01-05T09:00:00", false),
    ])
    func creationDates(date: String, isValid: Bool) {
        #expect(PDFCreationDate.isValid(date) == isValid)
    }
}

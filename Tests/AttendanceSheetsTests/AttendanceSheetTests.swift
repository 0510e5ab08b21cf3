import AttendanceSheets
import PlanningDomain
import Testing

/// Who is on a sheet, in which order, under which name.
@Suite struct AttendanceSheetTests {
    @Test func expectedParticipantsAreThoseWhoAnsweredYesOrIfNeedBe() {
        let scenario = SheetFixtures.scenario(names: ["Ana Favre", "Bea Rochat", "Carl Meier"], ifNeedBe: [1], no: [2])
        let sheet = AttendanceSheet(scenario: scenario, session: SheetFixtures.session(in: scenario))
        #expect(sheet.rows.map(\.participant) == ["p01", "p02"])
        #expect(sheet.rows.map(\.isIfNeedBe) == [false, true])
        #expect(sheet.hasIfNeedBeRows)
    }

    @Test func rowsAreSortedByNameIgnoringCaseAndAccents() {
        let scenario = SheetFixtures.scenario(names: SheetFixtures.europeanNames)
        let sheet = AttendanceSheet(scenario: scenario, session: SheetFixtures.session(in: scenario))
        #expect(
            sheet.rows.map(\.name) == [
                "Ælfrida Ólafsdóttir", "ana pittet", "Đặng Văn Lâm", "Émile Aubert", "François Çelik", "Günter Weiß",
                "Jiří Dvořák", "Łukasz Wróbel", "Nathalie Bovet", "Nguyễn Thị Ánh Tuyết", "Søren Østergård",
                "Zoé Favre",
            ]
        )
    }

    @Test func equalNamesAreOrderedById() {
        let scenario = SheetFixtures.scenario(names: ["Zoé Favre", "Marc Dubois", "ZOE FAVRE", "Zoe Favre"])
        let sheet = AttendanceSheet(scenario: scenario, session: SheetFixtures.session(in: scenario))
        #expect(sheet.rows.map(\.participant) == ["p02", "p01", "p03", "p04"])
    }

    @Test func theHeaderComesFromTheScenario() {
        let scenario = SheetFixtures.scenario(names: ["Ana Favre"])
        let sheet = AttendanceSheet(scenario: scenario, session: SheetFixtures.session(in: scenario))
        #expect(sheet.centre == "Centre d'entraide Vaud")
        #expect(sheet.groupTitle == "Proches aidant·e·s – Lausanne")
        #expect(sheet.kind == .information)
        #expect(sheet.fileStem == "information")
        #expect(sheet.venueName == "Salle du Grand-Pont")
        #expect(sheet.venueAddress == "Rue du Grand-Pont 2, 1003 Lausanne")
        #expect(sheet.facilitatorName == "Anne Rochat")
        #expect(sheet.language == .french)
        #expect(sheet.newcomerRows == 4)
    }

    @Test func unknownVenueFacilitatorAndParticipantShowTheirIds() {
        var scenario = SheetFixtures.scenario(names: ["Ana Favre"])
        scenario.venues = []
        scenario.facilitators = []
        let session = PlannedSession(slot: SheetFixtures.slot, yes: ["p01", "p77"], ifNeedBe: [], cannot: [])
        let sheet = AttendanceSheet(scenario: scenario, session: session, newcomerRows: -3)
        #expect(sheet.venueName == "grand-pont")
        #expect(sheet.venueAddress.isEmpty)
        #expect(sheet.facilitatorName == "anne")
        #expect(sheet.rows.map(\.name) == ["Ana Favre", "p77"])
        #expect(sheet.newcomerRows == 0)
    }

    @Test func aLanguageWithoutCatalogueFallsBackToFrench() {
        let scenario = SheetFixtures.scenario(names: ["Ana Favre"], language: Language("rm"))
        #expect(AttendanceSheet(scenario: scenario, session: SheetFixtures.session(in: scenario)).language == .french)
    }

    @Test func aPlanGivesOneSheetPerSessionInOrder() {
        let scenario = SheetFixtures.scenario(names: ["Ana Favre"])
        var founding = SheetFixtures.slot
        founding.kind = .founding1
        let plan = Plan(sessions: [
            SheetFixtures.session(in: scenario),
            PlannedSession(slot: founding, yes: ["p01"], ifNeedBe: [], cannot: []),
        ])
        let sheets = AttendanceSheet.sheets(for: plan, scenario: scenario, privacy: .initials, newcomerRows: 2)
        #expect(sheets.map(\.fileStem) == ["information", "founding1"])
        #expect(sheets.map(\.privacy) == [.initials, .initials])
        #expect(sheets.map(\.newcomerRows) == [2, 2])
    }
}

/// First names and initials only.
@Suite struct NamePrivacyTests {
    @Test(arguments: [
        ("Nathalie Bovet", "Nathalie B."),
        ("Jean-Daniel Pittet", "Jean-Daniel P."),
        ("Søren Østergård", "Søren Ø."),
        ("Nguyễn Thị Ánh Tuyết", "Nguyễn T."),
        ("Łukasz Wróbel", "Łukasz W."),
        ("Anne  de\tla\nTour", "Anne T."),
        ("Cher", "Cher"),
        ("  Cher  ", "Cher"),
        ("", ""),
    ])
    func initials(name: String, printed: String) {
        #expect(NamePrivacy.initials.printedName(name) == printed)
    }

    @Test func fullNamesKeepEveryWordOnOneLine() {
        #expect(NamePrivacy.full.printedName(" Anne \n de la  Tour ") == "Anne de la Tour")
    }

    @Test func anInitialIsAWholeGraphemeHoweverTheAccentIsEncoded() {
        // « Ánh » spelled with a combining acute accent (U+0301).
        #expect(NamePrivacy.initials.printedName("Tuyet A\u{301}nh") == "Tuyet A\u{301}.")
    }

    @Test func sheetsPrintTheChosenForm() {
        let scenario = SheetFixtures.scenario(names: ["Nathalie Bovet", "Nathan Aubert"])
        let sheet = AttendanceSheet(
            scenario: scenario,
            session: SheetFixtures.session(in: scenario),
            privacy: .initials
        )
        #expect(sheet.rows.map(\.name) == ["Nathalie B.", "Nathan A."])
    }
}

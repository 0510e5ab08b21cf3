import PlanDocuments
import PlanningDomain

/// Every text printed on one sheet, in the sheet's language, from the `sheet.` keys of the catalogues.
struct SheetWording {
    /// « Feuille de présence ».
    let title: String
    /// The centre's name, as the first line of the first page.
    let centre: String
    /// The group's title.
    let group: String
    /// « Séance d'information ».
    let session: String
    /// Label and value pairs under the title: date, time, venue, facilitator.
    let details: [(label: String, value: String)]
    /// The column titles: name, present, excused, signature.
    let columns: [String]
    /// The mark after the name of someone who answered « if need be ».
    let ifNeedBeMark = "*"
    /// « * a répondu « si nécessaire » », printed under the table when a row carries the mark.
    let legend: String
    /// « Personnes présentes : », followed by a line to write the count on.
    let presentCount: String
    /// « Signature de l'animation (Anne Rochat) ».
    let facilitatorSignature: String
    /// « Document confidentiel — ne pas diffuser ».
    let footer: String
    /// The line at the top of the pages after the first: group, session and date.
    let runningHead: String
    /// The PDF's title metadata: group title and session kind, no participant.
    let documentTitle: String
    private let wording: Wording

    /// The catalogue keys a sheet reads, besides the session kinds, dates and times shared with invitations.
    static let keys = [
        "sheet.title", "sheet.label.date", "sheet.label.time", "sheet.label.venue", "sheet.label.facilitator",
        "sheet.timeRange", "sheet.column.name", "sheet.column.present", "sheet.column.excused",
        "sheet.column.signature", "sheet.legend.ifNeedBe", "sheet.presentCount", "sheet.facilitatorSignature",
        "sheet.footer", "sheet.page",
    ]

    init(_ sheet: AttendanceSheet) {
        let wording = Wording(sheet.language)
        self.wording = wording
        title = wording.text("sheet.title")
        centre = sheet.centre
        group = sheet.groupTitle
        session = wording.title(of: sheet.kind)
        let date = wording.date(sheet.slot.date)
        let venue =
            sheet.venueAddress.isEmpty
            ? sheet.venueName
            : wording.text("event.location", ["venue": sheet.venueName, "address": sheet.venueAddress])
        details = [
            (wording.text("sheet.label.date"), date),
            (
                wording.text("sheet.label.time"),
                wording.text(
                    "sheet.timeRange",
                    ["start": wording.time(sheet.slot.start.time), "end": wording.time(sheet.slot.end.time)]
                )
            ),
            (wording.text("sheet.label.venue"), venue),
            (wording.text("sheet.label.facilitator"), sheet.facilitatorName),
        ]
        columns = ["name", "present", "excused", "signature"].map { wording.text("sheet.column.\($0)") }
        legend = wording.text("sheet.legend.ifNeedBe", ["mark": ifNeedBeMark])
        presentCount = wording.text("sheet.presentCount")
        facilitatorSignature = wording.text("sheet.facilitatorSignature", ["facilitator": sheet.facilitatorName])
        footer = wording.text("sheet.footer")
        runningHead = "\(sheet.groupTitle) — \(session), \(date)"
        documentTitle = "\(sheet.groupTitle) — \(session)"
    }

    /// « page 1 / 2 ».
    func page(_ number: Int, of count: Int) -> String {
        wording.text("sheet.page", ["page": String(number), "pages": String(count)])
    }
}

internal import AttendanceSheets
internal import OutputFiles
internal import Phrasebook
internal import PlanningDomain
internal import PlanningEngine

/// The attendance sheets of a plan as files: `sheets/<session>.pdf` and `sheets/<session>.csv`.
public enum SheetBundle {
    /// How names are printed on the sheets.
    public enum Privacy: String, Hashable, Sendable, CaseIterable {
        /// Full names.
        case full
        /// First name and initial ("Martine F.").
        case initials
    }

    /// Every sheet of the plan, added to `bundle`.
    ///
    /// - Throws: `rendering` when cairo fails (not the input's fault).
    static func add(
        _ plan: Plan,
        scenario: Scenario,
        privacy: Privacy,
        created: Instant,
        to bundle: inout OutputBundle
    ) throws(ServiceError) {
        let names: NamePrivacy = privacy == .full ? .full : .initials
        for session in plan.sessions {
            let sheet = AttendanceSheet(scenario: scenario, session: session, privacy: names)
            do {
                let pdf = try SheetPDF.bytes(for: sheet, creationDate: created.iso8601)
                bundle.add(pdf, at: try BundlePath("sheets", "\(sheet.fileStem).pdf"))
                bundle.add(SheetCSV.bytes(for: sheet), at: try BundlePath("sheets", "\(sheet.fileStem).csv"))
            } catch {
                throw .rendering(Phrase("service.what.sheet", ["file": .verbatim(sheet.fileStem)]), error)
            }
        }
    }
}

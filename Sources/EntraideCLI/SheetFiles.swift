import ArgumentParser
import AttendanceSheets
import PlanningDomain
import PlanningEngine

/// The attendance sheets of a plan as files: `sheets/<session>.pdf` and `sheets/<session>.csv`.
enum SheetFiles {
    /// Every sheet of the plan, by relative path; exits 1 when cairo fails (not the user's input).
    static func files(
        for plan: Plan,
        scenario: Scenario,
        privacy: NamePrivacy,
        creationDate: String
    ) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for session in plan.sessions {
            let sheet = AttendanceSheet(scenario: scenario, session: session, privacy: privacy)
            do {
                files["sheets/\(sheet.fileStem).pdf"] = try SheetPDF.bytes(for: sheet, creationDate: creationDate)
            } catch {
                Terminal.error("error: the attendance sheet of \(sheet.fileStem) could not be drawn (\(error)).")
                throw ExitCode(ExitStatus.failure)
            }
            files["sheets/\(sheet.fileStem).csv"] = SheetCSV.bytes(for: sheet)
        }
        return files
    }

    /// The PDF creation date for `--now` (seconds since 1970, UTC): `2027-01-05T09:00:00Z`.
    static func creationDate(_ stamp: Int64) -> String {
        let day = Int((stamp >= 0 ? stamp : stamp - 86_399) / 86_400)
        let second = Int(stamp - Int64(day) * 86_400)
        let time = [second / 3600, second / 60 % 60, second % 60].map(format2).joined(separator: ":")
        return "\(LocalDate(dayNumber: day))T\(time)Z"
    }

    private static func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}

import Foundation

/// Windows time-zone names, as Outlook and Exchange write them in `TZID`, mapped to IANA names.
///
/// The table is CLDR's `windowsZones.xml` (the `territory="001"` row of each Windows zone, the "golden" zone
/// Windows itself uses), shipped as `Resources/TimeZones/windowsZones.tsv` and regenerated with
/// `scripts/generate-windows-zones`.
public enum WindowsTimeZones {
    /// The IANA zone for a Windows time-zone name as Outlook writes it: `W. Europe Standard Time` →
    /// `Europe/Berlin`, `Romance Standard Time` → `Europe/Paris`; `nil` for a name CLDR does not list.
    ///
    /// An exact match is preferred; otherwise case and surrounding spaces are ignored.
    public static func ianaName(for windowsName: String) -> String? {
        if let exact = table.exact[windowsName] { return exact }
        return table.folded[windowsName.trimmingSpaces().lowercased()]
    }

    // MARK: - Private helpers

    /// The table, read once from the bundle.
    private static let table: (exact: [String: String], folded: [String: String]) = {
        guard let url = Bundle.module.url(forResource: "windowsZones", withExtension: "tsv", subdirectory: "TimeZones"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return ([:], [:]) }
        var exact: [String: String] = [:]
        var folded: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { continue }
            exact[String(fields[0])] = String(fields[1])
            folded[fields[0].lowercased()] = String(fields[1])
        }
        return (exact, folded)
    }()
}

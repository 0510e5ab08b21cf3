internal import CLibical
import Foundation
internal import Synchronization

/// The one authority on time-zone names, for reading and for writing: the system tzdata as libical reads it.
///
/// A name is **accepted** when the calendars can write it and a person means one place by it:
///
/// - `UTC`;
/// - every zone of the tzdata's `zone.tab` (the file libical lists its built-in zones from): one name per
///   region of a country, `Europe/Zurich`, `America/Argentina/Buenos_Aires`, `Europe/Kyiv`, …
///
/// and libical finds its definition (``CalendarTimeZones/isKnown(_:)``), so whatever a reader accepts the
/// writer writes. Everything else is refused, with what to write instead (``Refusal``):
///
/// - abbreviations, fixed offsets and the legacy rule zones (`PST`, `CET`, `GMT`, `GMT+1`, `Etc/GMT-1`,
///   `EST5EDT`): they name no place, `Etc/GMT+1` means UTC−1, and Foundation reads some of them where libical
///   does not;
/// - other names of an accepted zone (`US/Pacific`, `Asia/Calcutta`, `Europe/Kiev`, `posix/Europe/Zurich`):
///   the zone's own name is given;
/// - names of nothing (`Europe/Zurch`): the caller suggests the nearest of ``acceptedNames``.
///
/// Should the tzdata ship no `zone.tab`, every `Area/Location` name libical knows under a continent or an
/// ocean is accepted instead.
public enum TimeZoneAuthority {
    /// Why a name is refused, and what to write instead.
    public enum Refusal: Hashable, Sendable {
        /// Not a time-zone name at all: a typo or an invented place (`Europe/Zurch`, `Mars/Olympus`).
        case unknown
        /// An abbreviation, a fixed offset or a legacy rule zone (`PST`, `CET`, `GMT+1`, `EST5EDT`), with the
        /// place it most often means (`America/Los_Angeles` for `PST`), or `nil` when there is no such place.
        case notAPlace(suggestion: String?)
        /// Another name of an accepted zone (`US/Pacific`, `Asia/Calcutta`): the zone's own name.
        case alias(of: String)
    }

    /// The name of the universal zone, accepted as it is.
    public static let utc = "UTC"

    /// Whether the readers accept `name` as a time zone; the calendars can then write it.
    public static func isAccepted(_ name: String) -> Bool {
        guard CalendarTimeZones.isWellFormed(name) else { return false }
        let isListed =
            catalogue.names.isEmpty ? hasPlaceShape(name) : (name == utc || catalogue.names.contains(name))
        return isListed && CalendarTimeZones.isKnown(name)
    }

    /// Why `name` is refused, or `nil` when it is accepted.
    public static func refusal(of name: String) -> Refusal? {
        if isAccepted(name) { return nil }
        let folded = name.uppercased()
        if ["LOCALTIME", "POSIXRULES", "FACTORY"].contains(folded) { return .notAPlace(suggestion: nil) }
        if let place = abbreviations[folded] { return .notAPlace(suggestion: place.isEmpty ? nil : place) }
        if isFixedOffset(folded) { return .notAPlace(suggestion: nil) }
        if let target = linkTarget(of: name), target != name, isAccepted(target) { return .alias(of: target) }
        for prefix in ["posix/", "right/"] where name.hasPrefix(prefix) {
            let rest = String(name.dropFirst(prefix.count))
            if isAccepted(rest) { return .alias(of: rest) }
            if let target = linkTarget(of: rest), isAccepted(target) { return .alias(of: target) }
        }
        if CalendarTimeZones.isWellFormed(name), !name.contains("/"), CalendarTimeZones.isKnown(name) {
            // A zone of the tzdata's top level that is not a place (`EST5EDT`, `MST`, `WET`).
            return .notAPlace(suggestion: nil)
        }
        return .unknown
    }

    /// Every accepted name, sorted: for "did you mean" hints and for tests.
    ///
    /// Empty when the tzdata has no `zone.tab` (then ``isAccepted(_:)`` goes by the shape of the name).
    public static var acceptedNames: [String] { catalogue.sorted }

    // MARK: - The tzdata

    /// The names of `zone.tab`, read once.
    private struct Catalogue {
        var directory: String
        var names: Set<String>
        var sorted: [String]
    }

    private static let catalogue: Catalogue = {
        let directory = builtinTimeZoneLock.withLock { _ in
            icaltzutil_get_zone_directory().map { String(cString: $0) } ?? "/usr/share/zoneinfo"
        }
        guard let text = try? String(contentsOfFile: directory + "/zone.tab", encoding: .utf8) else {
            return Catalogue(directory: directory, names: [], sorted: [])
        }
        var names: Set<String> = [utc]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { continue }
            let name = String(fields[2])
            if CalendarTimeZones.isWellFormed(name) { names.insert(name) }
        }
        return Catalogue(directory: directory, names: names, sorted: names.sorted())
    }()

    /// The zone a link of the tzdata points to (`US/Pacific` → `America/Los_Angeles`).
    ///
    /// `name` itself when it is no link, `nil` when it is not well-formed: only well-formed names reach the
    /// file system.
    private static func linkTarget(of name: String) -> String? {
        guard CalendarTimeZones.isWellFormed(name) else { return nil }
        let root = URL(fileURLWithPath: catalogue.directory).resolvingSymlinksInPath().path + "/"
        let path = URL(fileURLWithPath: catalogue.directory + "/" + name).resolvingSymlinksInPath().path
        guard path.hasPrefix(root) else { return nil }
        return String(path.dropFirst(root.count))
    }

    /// `Area/Location` under a continent or an ocean: the fallback rule without `zone.tab`.
    private static func hasPlaceShape(_ name: String) -> Bool {
        guard let slash = name.firstIndex(of: "/") else { return name == utc }
        let areas: Set = [
            "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian",
            "Pacific",
        ]
        return areas.contains(String(name[..<slash]))
    }

    /// `GMT+1`, `UTC-05:00`, `+01:00`, `Etc/GMT-1`: an offset from UTC, which no place keeps all year.
    private static func isFixedOffset(_ folded: String) -> Bool {
        var rest = Substring(folded)
        if rest.hasPrefix("ETC/") { rest = rest.dropFirst(4) }
        for prefix in ["UTC", "GMT", "UT"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        rest = rest.drop { $0 == " " }
        guard let sign = rest.first, sign == "+" || sign == "-" || sign == "−" else { return false }
        let digits = rest.dropFirst()
        return !digits.isEmpty && digits.allSatisfy { $0.isNumber || $0 == ":" || $0 == "." }
    }

    /// Abbreviations and names for UTC, with the place (or `UTC`) each most often means; empty when there is
    /// no single one (`IST` is India, Ireland or Israel).
    private static let abbreviations: [String: String] = {
        var table: [String: String] = [:]
        let groups: [(String, [String])] = [
            ("America/Los_Angeles", ["PST", "PDT", "PST8PDT"]),
            ("America/Denver", ["MST", "MDT", "MST7MDT"]),
            ("America/Chicago", ["CST", "CDT", "CST6CDT"]),
            ("America/New_York", ["EST", "EDT", "EST5EDT"]),
            ("America/Anchorage", ["AKST", "AKDT"]),
            ("Pacific/Honolulu", ["HST"]),
            ("Europe/Zurich", ["CET", "CEST", "MET", "MEST", "MEZ", "MESZ"]),
            ("Europe/London", ["BST", "GB", "GB-EIRE"]),
            ("Europe/Lisbon", ["WET", "WEST"]),
            ("", ["EET", "EEST", "IST", "AST", "ADT"]),
            (
                utc,
                [
                    "GMT", "UT", "Z", "ZULU", "UCT", "UNIVERSAL", "GREENWICH", "GMT0", "GMT+0", "GMT-0", "ETC/UTC",
                    "ETC/GMT", "ETC/UCT", "ETC/ZULU", "ETC/UNIVERSAL", "ETC/GREENWICH", "ETC/GMT0", "ETC/GMT+0",
                    "ETC/GMT-0",
                ]
            ),
        ]
        for (place, names) in groups {
            for name in names { table[name] = place }
        }
        return table
    }()
}

import EntraideService
import EntraideTestSupport
import Foundation
import OutputFiles
import PlanningDomain
import PlanningInput
import Testing

/// The files of the coordinator's calendar for the workshop runs: attendance sheets, invitations' e-mails,
/// waiting-list letters.
@Suite struct PlanCalendarWorkshopFilesTests {
    /// The shipped example, planned with a fixed budget; `language` sets one person's language first.
    private func outcome(languages: [String: String] = [:]) throws -> PlanCalendar.Outcome {
        var files = try PlanCalendarTests.example()
        let path = "r/region-lausanne/interets.yaml"
        var text = String(decoding: files.files[path] ?? [], as: UTF8.self)
        for (id, language) in languages {
            text = text.replacingOccurrences(of: "  - id: \(id)\n", with: "  - id: \(id)\n    language: \(language)\n")
        }
        files.files[path] = Array(text.utf8)
        let request = PlanCalendar.Request(
            source: .regionFile("r/region-lausanne.yaml"),
            now: Instant(iso8601: "2026-11-25T09:00:00Z") ?? .earliest,
            iterations: 60
        )
        return try PlanCalendar(files: files).run(request, clock: ContinuousClock())
    }

    private func text(_ outcome: PlanCalendar.Outcome, _ parts: String...) throws -> String {
        let bytes = try #require(
            outcome.bundle[try BundlePath(components: parts)],
            "no \(parts.joined(separator: "/"))"
        )
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Names of the example's people, by id.
    private static let names = field("name")
    /// E-mail addresses of the example's people, by id.
    private static let emails = field("email")

    /// One field of the example's people, by id.
    private static func field(_ key: String) -> [String: String] {
        let url = URL(fileURLWithPath: PackageRoot.example("region-lausanne/interets.yaml"))
        let lines = (try? String(contentsOf: url, encoding: .utf8))?.split(separator: "\n") ?? []
        var names: [String: String] = [:]
        var id: String?
        for line in lines {
            if line.hasPrefix("  - id: ") { id = String(line.dropFirst(8)) }
            if line.hasPrefix("    \(key): "), let id { names[id] = String(line.dropFirst(6 + key.count)) }
        }
        return names
    }

    /// The ids of the people whose name is not `id`'s (the example has namesakes).
    private static func others(than id: String) -> [String] {
        names.keys.filter { names[$0] != names[id] }.sorted()
    }

    @Test func everyHeldRunHasItsSheetWithItsEnrolledPeopleAndNewcomerRows() throws {
        let outcome = try outcome()
        #expect(!outcome.plan.runs.isEmpty)
        for run in outcome.plan.runs {
            let folder = run.slot.id.rawValue
            let csv = try text(outcome, "workshops", folder, "sheet.csv")
            let lines = csv.dropFirst().split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.first == "participant;nom;présence")
            #expect(lines.count == 1 + run.enrolled.count + 4)
            for id in run.enrolled {
                #expect(lines.contains { $0 == "\(id.rawValue);\(Self.names[id.rawValue] ?? "?");" })
            }
            #expect(outcome.bundle[try BundlePath("workshops", folder, "sheet.pdf")] != nil)
        }
    }

    @Test(.enabled(if: Poppler.isAvailable)) func theSheetPrintsTheWorkshopsTitleDateRoomFacilitatorsAndNames() throws {
        let outcome = try outcome()
        let run = try #require(outcome.plan.runs.first { $0.workshop == "ecoute-active" })
        let workshop = try #require(outcome.problem.workshop(run.workshop))
        let pdf = try #require(outcome.bundle[try BundlePath("workshops", run.slot.id.rawValue, "sheet.pdf")])
        let printed = try Poppler.text(pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var expected = [
            "FEUILLE DE PRÉSENCE", workshop.title(in: .french), "Atelier", "Document confidentiel — ne pas diffuser",
        ]
        expected += run.facilitators.compactMap { outcome.problem.centre.facilitator($0)?.name }
        expected += run.enrolled.compactMap { Self.names[$0.rawValue] }
        expected.append(outcome.problem.centre.venue(run.slot.venue)?.name ?? "?")
        for words in expected { #expect(printed.contains(words), "'\(words)' is not on the sheet") }
        for id in Self.names.keys where run.enrolled.allSatisfy({ Self.names[$0.rawValue] != Self.names[id] }) {
            #expect(!printed.contains(Self.names[id] ?? "?"), "\(id) is on a sheet not theirs")
        }
    }

    @Test func everyInvitationHasItsEmailBesideIt() throws {
        let outcome = try outcome()
        let invitations = outcome.bundle.paths.map(\.description).filter {
            $0.hasPrefix("invites/") && $0.hasSuffix(".ics")
        }
        #expect(invitations.count == outcome.plan.runs.map(\.enrolled.count).reduce(0, +))
        for path in invitations {
            let parts = path.split(separator: "/").map(String.init)
            let mail = try text(outcome, parts[0], parts[1], parts[2].replacingOccurrences(of: ".ics", with: ".eml"))
            let to = mail.split(separator: "\r\n").first { $0.hasPrefix("To: ") }
            #expect(to?.hasSuffix(" <\(try #require(Self.emails[parts[1]]))>") == true, "\(path)")
            #expect(mail.contains("text/calendar; charset=utf-8; method=REQUEST"))
            #expect(mail.contains("Content-Language: fr"))
            #expect(mail.contains("Subject: =?utf-8?"), "the French subject is encoded")
            for id in Self.others(than: parts[1]) { #expect(!mail.contains(Self.names[id] ?? "?"), "\(id) in \(path)") }
        }
    }

    @Test func everyoneWaitingGetsADiscreetLetterWithTheirRankInTheirLanguage() throws {
        let plain = try outcome()
        let entries = plain.plan.waitingLists.flatMap { list in list.entries.map { (list.workshop, $0) } }
        let first = try #require(entries.first).1
        let outcome = try self.outcome(languages: [first.person.rawValue: "de"])
        #expect(outcome.plan == plain.plan, "a language changes no place")
        for (workshop, entry) in entries {
            let letter = try text(outcome, "waiting", entry.person.rawValue, "\(workshop.rawValue).txt")
            let title = try #require(outcome.problem.workshop(workshop)).title(
                in: entry.person == first.person ? .german : .french
            )
            #expect(letter.contains(title))
            #expect(
                letter.contains(
                    entry.person == first.person
                        ? "an Stelle \(entry.rank)." : "sur la liste d'attente, au rang \(entry.rank)."
                ),
                "\(letter)"
            )
            #expect(letter.contains("nous vous écrirons") || letter.contains("schreiben wir Ihnen"))
            #expect(letter.contains(outcome.problem.centre.organisation.organiser.email))
            for id in Self.others(than: entry.person.rawValue) {
                #expect(!letter.contains(Self.names[id] ?? "?"), "\(id) is named")
            }
            for group in outcome.problem.groups {
                #expect(!letter.contains(group.id.rawValue), "\(group.id)")
                #expect(!letter.contains(group.scenario.group.title), "'\(group.scenario.group.title)'")
            }
            let mail = try text(outcome, "waiting", entry.person.rawValue, "\(workshop.rawValue).eml")
            #expect(mail.contains("Content-Type: text/plain; charset=utf-8"))
            #expect(mail.contains("Content-Language: \(entry.person == first.person ? "de" : "fr")"))
            #expect(!mail.contains("text/calendar"))
        }
    }
}

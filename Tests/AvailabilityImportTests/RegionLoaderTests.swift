import AvailabilityImport
import EntraideTestSupport
import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// The region file and every file it names, read into the coordinator's problem.
@Suite struct RegionLoaderTests {
    @Test func theShippedExampleLoadsEveryFile() throws {
        let loaded = try RegionLoader().load(contentsOf: PackageRoot.example("region-lausanne.yaml"))
        let problem = loaded.problem
        #expect(problem.problems().isEmpty)
        #expect(problem.year == 2027)
        #expect(problem.groups.map(\.id) == ["deuil-lausanne", "fibromyalgie-renens", "burnout-vevey"])
        #expect(problem.groups.map(\.stage) == [.founding, .founding, .reviewDue])
        #expect(problem.groups[1].published == [.information: "info-20270119-1830-prelaz-nadia"])
        // The group whose review is due has its held sessions pinned without the region file naming them.
        #expect(
            problem.groups[2].published == [.information: "info-1013", .founding1: "f1-1027", .founding2: "f2-1117"]
        )
        #expect(problem.groups[2].foundedOn?.description == "2026-11-17")
        #expect(
            problem.workshops.map(\.id.rawValue) == [
                "ecoute-active", "animer-un-groupe", "gerer-les-conflits", "communication-non-violente",
            ]
        )
        // Vaud's holidays are the centre's closures: Good Friday 2027 is 26 March.
        #expect(problem.centre.closures.contains { $0.contains(LocalDate(year: 2027, month: 3, day: 26)!) })
        #expect(problem.bookings.map(\.venue) == ["grand-pont"])
        // marc's qualifications say "all" workshops, but ecoute-active names anne and nadia only.
        let marc = try #require(problem.centre.facilitator("marc"))
        #expect(!marc.qualifications.mayLead(workshop: "ecoute-active"))
        #expect(marc.qualifications.mayLead(workshop: "animer-un-groupe"))
        #expect(loaded.people.count == 30 && problem.interests.count == 48)
        #expect(loaded.inputs.count == 6)
    }

    @Test func interestAnswersComeFromHabitsAndTheFileAsForGroups() throws {
        let loaded = try RegionLoader().load(contentsOf: PackageRoot.example("region-lausanne.yaml"))
        // i01 is free on Saturday mornings and Wednesday evenings.
        let i01 = try #require(loaded.problem.interests.first { $0.person == "i01" && $0.workshop == "ecoute-active" })
        #expect(i01.availability(for: "ecoute-active-20270306-0930-grand-pont") == .yes)
        #expect(i01.availability(for: "ecoute-active-20270310-1830-prelaz") == .yes)
        #expect(i01.group == "deuil-lausanne")
        // i03 writes an answer that its habits (Saturday mornings only) would not give.
        let i03 = try #require(
            loaded.problem.interests.first { $0.person == "i03" && $0.workshop == "animer-un-groupe" }
        )
        #expect(i03.availability(for: "animer-0519") == .yes)
        #expect(i03.availability(for: "animer-0417") == .yes)
    }

    @Test func aPublishedSessionThatIsNotACandidateIsLocatedInTheRegionFile() throws {
        var files = try Self.exampleFiles()
        let region = String(decoding: files.files["r/region-lausanne.yaml"] ?? [], as: UTF8.self)
            .replacingOccurrences(of: "info-20270119-1830-prelaz-nadia", with: "info-0119")
        files.files["r/region-lausanne.yaml"] = Array(region.utf8)
        do {
            _ = try RegionLoader().load(contentsOf: "r/region-lausanne.yaml", files: files)
            Issue.record("the region was accepted")
        } catch {
            #expect(error.errors.map(\.code) == [.unknownSlot])
            #expect(
                error.rendered.hasPrefix(
                    "r/region-lausanne.yaml:12:30: error: published information 'info-0119' is not one of the "
                        + "information candidates of group 'fibromyalgie-renens' (info-20270112-1830-prelaz-nadia,"
                )
            )
            #expect(error.rendered.contains("\n    published: {information: info-0119}\n"))
        }
    }

    @Test func problemsOfEveryFileAreReportedTogether() throws {
        var files = try Self.exampleFiles()
        func edit(_ path: String, _ old: String, _ new: String) {
            let text = String(decoding: files.files[path] ?? [], as: UTF8.self)
            #expect(text.contains(old))
            files.files[path] = Array(text.replacingOccurrences(of: old, with: new).utf8)
        }
        edit("r/region-lausanne/interets.yaml", "workshops: [ecoute-active]", "workshops: [ecoute-passive]")
        edit("r/region-lausanne/groupes/deuil-lausanne.yaml", "quorum: 6", "quorum: 0")
        do {
            _ = try RegionLoader().load(contentsOf: "r/region-lausanne.yaml", files: files)
            Issue.record("the region was accepted")
        } catch {
            #expect(
                Set(error.errors.map(\.file)) == [
                    "r/region-lausanne/groupes/deuil-lausanne.yaml", "r/region-lausanne/interets.yaml",
                ]
            )
            #expect(error.errors.contains { $0.code == .unknownWorkshop && $0.value == "ecoute-passive" })
        }
    }

    /// The example's files in memory under `r/`.
    static func exampleFiles() throws -> MemoryFiles {
        var files = MemoryFiles()
        let root = URL(fileURLWithPath: PackageRoot.example(""))
        let names = [
            "region-lausanne.yaml", "region-lausanne/centre.yaml", "region-lausanne/interets.yaml",
            "region-lausanne/groupes/deuil-lausanne.yaml", "region-lausanne/groupes/fibromyalgie-renens.yaml",
            "region-lausanne/groupes/burnout-vevey.yaml",
        ]
        for name in names {
            files.files["r/\(name)"] = Array(try Data(contentsOf: root.appendingPathComponent(name)))
        }
        return files
    }
}

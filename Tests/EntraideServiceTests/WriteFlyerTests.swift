import EntraideService
import EntraideTestSupport
import OutputFiles
import PlanningDomain
import PlanningInput
import Promotion
import Testing

/// `entraide flyer` as a use case: from a scenario file, and from a workspace's published group.
@Suite struct WriteFlyerTests {
    static let source = ScenarioSource(files: DiskFiles())

    static func text(_ bundle: OutputBundle, _ name: StaticString) -> String {
        String(decoding: bundle[BundlePath(fixed: name)] ?? [], as: UTF8.self)
    }

    @Test func fromTheExampleScenarioTheInformationSessionIsThePlannedOne() throws {
        let outcome = try WriteFlyer(source: Self.source).run(
            WriteFlyer.Request(
                source: .scenario(PackageRoot.example("proches-aidants-lausanne.yaml")),
                registrationAddress: "https://entraide-vd.example/inscription/proches-aidants-lausanne",
                now: ServiceFixture.now
            )
        )
        #expect(
            outcome.bundle.paths.map(\.description) == [
                "announcement.md", "announcement.txt", "flyer-a4.pdf", "flyer-a5.pdf", "information.ics",
            ]
        )
        #expect(outcome.notices.isEmpty)
        #expect(outcome.content.information?.start.description == "2027-01-19T18:30")
        let announcement = Self.text(outcome.bundle, "announcement.txt")
        #expect(
            announcement.contains("Séance d'information : mardi 19 janvier 2027, 18 h 30 – 20 h, Salle du Grand-Pont")
        )
        #expect(announcement.contains("Vous accompagnez au quotidien"))
        // The internal theme is not printed, nor any participant.
        for hidden in ["culpabilité", "Martine", "Favre", "@example.ch"] { #expect(!announcement.contains(hidden)) }
        let ics = Self.text(outcome.bundle, "information.ics")
        #expect(ics.contains("METHOD:PUBLISH") && !ics.contains("ATTENDEE") && !ics.contains("@example.ch"))
        #expect(outcome.bundle[BundlePath(fixed: "flyer-a4.pdf")]?.starts(with: Array("%PDF-".utf8)) == true)
    }

    @Test func oneSizeAndNoAddressGiveOnePDFAndANotice() throws {
        let outcome = try WriteFlyer(source: Self.source).run(
            WriteFlyer.Request(
                source: .scenario(PackageRoot.example("proches-aidants-lausanne.yaml")),
                sizes: [.a5],
                registrationAddress: nil,
                now: ServiceFixture.now
            )
        )
        #expect(outcome.bundle.paths.filter { $0.description.hasSuffix(".pdf") }.map(\.description) == ["flyer-a5.pdf"])
        #expect(outcome.notices == [.noRegistrationAddress])
    }

    @Test func aBadAddressIsInvalidInput() {
        #expect {
            try WriteFlyer(source: Self.source).run(
                WriteFlyer.Request(
                    source: .scenario(PackageRoot.example("proches-aidants-lausanne.yaml")),
                    registrationAddress: "entraide-vd.example/inscription",
                    now: ServiceFixture.now
                )
            )
        } throws: { error in
            guard let error = error as? ServiceError else { return false }
            return error.isInputError && error.code == .invalidInput
                && error.message
                    == "error: registration address 'entraide-vd.example/inscription' does not start with https:// or http://."
        }
    }

    @Test func fromAWorkspaceThePublishedSessionIsPrintedWithTheTheme() throws {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group().scenario)
        let request = WriteFlyer.Request(
            source: .published("g", in: fixture.workspace),
            registrationAddress: "https://centre.example/g",
            now: ServiceFixture.now
        )
        let before = try WriteFlyer(source: Self.source).run(request)
        #expect(before.notices == [.themePrinted, .informationUnknown])
        #expect(before.bundle[BundlePath(fixed: "information.ics")] == nil)
        _ = try fixture.publish()
        let after = try WriteFlyer(source: Self.source).run(request)
        #expect(after.notices == [.themePrinted])
        #expect(after.content.information?.start.description == "2027-01-12T18:30")
        let announcement = Self.text(after.bundle, "announcement.txt")
        #expect(announcement.contains("Thème"))
        for person in ["Person 1", "p01@mail.example"] { #expect(!announcement.contains(person)) }
    }

    @Test func anUnknownGroupIsNamedWithTheGroupsHeld() throws {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group().scenario)
        #expect {
            try WriteFlyer(source: Self.source).run(
                WriteFlyer.Request(
                    source: .published("h", in: fixture.workspace),
                    registrationAddress: nil,
                    now: ServiceFixture.now
                )
            )
        } throws: { error in
            (error as? ServiceError)?.code == .unknownGroup
        }
    }
}

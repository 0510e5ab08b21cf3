import EntraideService
import EntraideTestSupport
import Foundation
import PlanningDomain
import PlanningInput
import Recruitment
import Testing
import WorkspaceStore

/// Keeping the intake interview's record: the group exists from then on as a draft (title, theme, type and region
/// from the record; the centre's staff, rooms and closures), registrations can start, the confidential notes never
/// reach the group, and nothing is stored when something is wrong.
@Suite struct RecordIntakeTests {
    static let form = PackageRoot.example("intake-proches-aidants-lausanne.yaml")
    static let group: Group.ID = "proches-aidants-lausanne"

    static func workspace(withCentre: Bool = true) throws -> Workspace {
        let workspace = try Workspace.inMemory()
        if withCentre {
            _ = try ImportCentre(source: ScenarioSource(files: DiskFiles()), workspace: workspace).run(
                centre: PackageRoot.example("centre-vaud.yaml"),
                now: ServiceFixture.now
            )
        }
        return workspace
    }

    func record(_ workspace: Workspace, interview: String? = nil) throws(ServiceError) -> RecordIntake.Outcome {
        try RecordIntake(files: DiskFiles(), workspace: workspace).run(
            form: Self.form,
            interview: interview,
            at: ServiceFixture.now
        )
    }

    @Test func theRecordDraftsTheGroupAndRegistrationsCanStart() throws {
        let workspace = try Self.workspace()
        let outcome = try record(workspace)
        #expect(outcome.isNewGroup && outcome.staffInCharge == "anne")
        let scenario = try #require(try workspace.read { try $0.scenario(of: Self.group) })
        #expect(scenario.group.title == "Proches aidant·e·s – Lausanne" && scenario.group.type == .talkingGroup)
        #expect(scenario.group.theme.hasPrefix("Partager le quotidien de celles et ceux qui accompagnent"))
        #expect(scenario.candidates.isEmpty && scenario.participants.isEmpty)
        #expect(scenario.facilitators.map(\.id) == ["anne"] && scenario.venues.count == 3)
        #expect(scenario.organisation.name == "Centre d'entraide Vaud")
        let stored = try #require(try workspace.read { try $0.intakeRecord(of: Self.group) })
        #expect(stored.need.hasPrefix("Rompre l'isolement") && stored.memberProfile.contains("proches aidant"))
        // The confidential notes stay in the record.
        for note in [stored.need, stored.motivation, stored.initiatorRole] {
            #expect(!scenario.group.title.contains(note) && !scenario.group.theme.contains(note))
        }
        let registered = try Register(workspace: workspace).run(
            Register.Request(
                form: RecruitmentUseCaseTests.form("Alice", email: "alice@mail.example"),
                source: .flyer,
                hasConsent: true
            ),
            group: Self.group,
            at: ServiceFixture.later
        )
        #expect(registered.participant == "p01" && registered.waitingRank == nil)
        let status = try RecruitmentStatus(workspace: workspace).run(group: Self.group, at: ServiceFixture.later)
        #expect(status.figures.registered == 1 && status.figures.state == .recruiting)
    }

    @Test func aSecondRecordKeepsTheGroupAsItIs() throws {
        let workspace = try Self.workspace()
        _ = try record(workspace)
        let again = try record(workspace)
        #expect(!again.isNewGroup && again.group.title == "Proches aidant·e·s – Lausanne")
        #expect(try workspace.read { try $0.groups() } == [Self.group])
    }

    @Test func theBookedInterviewIsTiedToTheGroup() throws {
        let workspace = try Self.workspace()
        try InviteInitiator(workspace: workspace).run(
            "i1",
            group: nil,
            staff: "anne",
            initiator: RecruitmentUseCaseTests.form("Léa", email: "lea@mail.example"),
            terms: IntakeOfferTerms(
                weekly: ["tuesday 14:00-18:00"],
                from: OfferIntakeSlotsTests.date("2027-01-11"),
                to: OfferIntakeSlotsTests.date("2027-01-20")
            ),
            link: RecruitmentUseCaseTests.digest(3),
            at: ServiceFixture.now
        )
        #expect(try workspace.read { try $0.intakeBooking("i1") }?.group == nil)
        _ = try record(workspace, interview: "i1")
        #expect(try workspace.read { try $0.intakeBooking("i1") }?.group == Self.group)
    }

    @Test func nothingIsStoredWithoutACentreOrForAnUnknownInterview() throws {
        let bare = try Self.workspace(withCentre: false)
        let noCentre = #expect(throws: ServiceError.self) { try record(bare) }
        #expect(noCentre?.code == .invalidInput && noCentre?.isInputError == true)
        let workspace = try Self.workspace()
        let unknown = #expect(throws: ServiceError.self) { try record(workspace, interview: "nope") }
        #expect(unknown?.code == .unknownID)
        #expect(try workspace.read { try $0.intakeRecord(of: Self.group) } == nil)
        #expect(try workspace.read { try $0.groups() }.isEmpty)
    }
}

import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// The intake interview's form, and the group's public words in the scenario.
@Suite struct IntakeReaderTests {
    static let form = """
        group: proches-aidants-lausanne
        region: Lausanne
        group-type: talking-group
        theme: Partager le quotidien de celles et ceux qui accompagnent un proche.
        need: Rompre l'isolement.
        member-profile: Des proches aidant·e·s de tous âges.
        initiator-role: Membre comme les autres.
        motivation: Aurait aimé rencontrer d'autres proches plus tôt.
        interview: {date: 2027-01-05, staff: anne, mode: phone}

        """

    @Test func readsTheForm() throws {
        let record = try IntakeReader().read(yaml: Self.form, fileName: "intake.yaml")
        #expect(record.group == "proches-aidants-lausanne")
        #expect(record.groupType == .talkingGroup)
        #expect(record.need == "Rompre l'isolement.")
        #expect(record.workingTitle == nil)
        #expect(
            record.interview
                == IntakeRecord.Interview(
                    date: LocalDate(year: 2027, month: 1, day: 5) ?? LocalDate(dayNumber: 0),
                    staff: "anne",
                    mode: .phone
                )
        )
        #expect(record.draftTitle == "Partager le quotidien de celles et ceux qui accompagnent un… – Lausanne")
    }

    @Test func readsTheShippedExample() throws {
        let directory = try #require(Bundle.module.url(forResource: "Examples", withExtension: nil))
        let path = directory.appendingPathComponent("intake-proches-aidants-lausanne.yaml").path
        let record = try IntakeReader().read(contentsOf: path)
        #expect(record.draftGroup().title == "Proches aidant·e·s – Lausanne")
        #expect(record.interview?.mode == .centre)
    }

    @Test func everyProblemIsLocatedAndConfidentialNotesAreMasked() {
        let broken = Self.form
            .replacingOccurrences(of: "group-type: talking-group", with: "group-type: groupe de parole")
            .replacingOccurrences(of: "mode: phone}", with: "mode: visio}")
            .replacingOccurrences(of: "need: Rompre l'isolement.\n", with: "need: Rompre l'isolement.\nneeds: oui\n")
            .replacingOccurrences(of: "motivation: Aurait aimé rencontrer d'autres proches plus tôt.\n", with: "")
        #expect {
            try IntakeReader().read(yaml: broken, fileName: "intake.yaml")
        } throws: { error in
            guard let errors = error as? ScenarioErrors else { return false }
            let rendered = errors.rendered
            return errors.errors.map(\.code) == [.missingKey, .invalidChoice, .unknownKey, .invalidChoice]
                && rendered.contains(
                    "intake.yaml:1:1: error: the intake form is missing the required key 'motivation'."
                )
                && rendered.contains(
                    "intake.yaml:3:13: error: group type 'groupe de parole' is not one of talking-group, information-exchange, shared-activity."
                )
                && rendered.contains(
                    "intake.yaml:6:1: error: unknown key 'needs' in the intake form; did you mean 'need'?"
                )
                && rendered.contains("error: interview mode 'visio' is not one of centre, phone, video.")
                && !rendered.contains("Rompre l'isolement")
        }
    }

    @Test func anEmptyFormSaysWhatItShouldHold() {
        #expect(throws: ScenarioErrors.self) { try IntakeReader().read(yaml: "", fileName: "intake.yaml") }
    }

    @Test func theScenarioCarriesTheGroupsPublicWords() throws {
        let yaml = ScenarioFixtures.minimal.replacingOccurrences(
            of: "  region: Lausanne\n",
            with:
                "  region: Lausanne\n  public-text: |-\n    Premier paragraphe.\n    Second paragraphe.\n  audience: Pour les proches.\n"
        )
        #expect(yaml != ScenarioFixtures.minimal)
        let document = try ScenarioReader().document(yaml: yaml, fileName: "scenario.yaml")
        #expect(document.publicDescription.text == "Premier paragraphe.\nSecond paragraphe.")
        #expect(document.publicDescription.audience == "Pour les proches.")
        let plain = try ScenarioReader().document(yaml: ScenarioFixtures.minimal, fileName: "scenario.yaml")
        #expect(plain.publicDescription == .none)
        #expect(plain.scenario.group == document.scenario.group, "the public words are not part of the group")
    }

    @Test func optionsReadValuesAsTheFilesWriteThem() {
        #expect(WeeklyWindow(written: " tuesday 09:00-12:00 ")?.description == "tuesday 09:00-12:00")
        #expect(WeeklyWindow(written: "tuesday 12:00-09:00") == nil)
        #expect(WeeklyWindow(written: "mardi 9h-12h")?.description == "tuesday 09:00-12:00")
        #expect(WeeklyWindow(written: "someday 09:00-12:00") == nil)
        #expect(LocalDate(written: "2027-01-12")?.description == "2027-01-12")
        #expect(LocalDate(written: "12.01.2027")?.description == "2027-01-12")
        #expect(LocalDate(written: "2027-02-30") == nil)
        #expect(LocalDate(written: "03/04/2027") == nil, "ambiguous: 3 April or 4 March")
    }
}

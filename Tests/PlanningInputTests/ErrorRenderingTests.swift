import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// How problems are gathered and shown: all at once in file order, like a compiler, without personal data.
@Suite struct ErrorRenderingTests {
    @Test func reportsEveryProblemOfAFileInFileOrder() throws {
        // Read in another order (the initiator is checked last, the time zone early) but shown by line.
        let yaml = try ScenarioFixtures.minimal(replacing: [
            "  organiser: {" => "  time-zone: Europe/Zürich\n  organiser: {",
            "initiator: p01" => "initiator: p1",
            "venue: salle-b" => "venue: salle-c",
            "f1-0126: no}" => "f1-0126: peut-être}",
            "to: 2027-02-19" => "to: 2027-02-10",
        ])
        let errors = try ScenarioFixtures.errors(reading: yaml)
        #expect(
            errors.rendered == """
                scenario.yaml:3:14: error: time zone 'Europe/Zürich' is not a known IANA time-zone name; \
                did you mean 'Europe/Zurich'?
                  time-zone: Europe/Zürich
                             ^
                scenario.yaml:13:14: error: initiator 'p1' is not a participant id; did you mean 'p01'?
                  initiator: p1
                             ^
                scenario.yaml:30:60: error: candidate 'f1-0126' uses unknown venue 'salle-c'; did you mean 'salle-b'?
                    - {id: f1-0126, date: 2027-01-26, start: 18:30, venue: salle-c, facilitator: luc}
                                                                           ^
                scenario.yaml:42:40: error: availability 'peut-être' is not one of yes, if-need-be, no (in French: \
                oui, si besoin, non).
                    answers: {info-0112: yes, f1-0126: peut-être}
                                                       ^
                scenario.yaml:45:28: error: closure #2 ends on '2027-02-10', before it starts on '2027-02-15'.
                  - {from: 2027-02-15, to: 2027-02-10, reason: Relâches}
                                           ^
                """
        )
        #expect(errors.errors.map(\.line) == [3, 13, 30, 42, 45])
        #expect(errors.errors.map(\.value) == ["Europe/Zürich", "p1", "salle-c", "peut-être", "2027-02-10"])
        #expect(errors.description == errors.rendered)
    }

    @Test func masksParticipantsNamesAndAddressesInTheLineShown() throws {
        let yaml = try ScenarioFixtures.minimal(replacing: [
            """
              - id: p02
                name: Jean Pittet
                email: jean.pittet@example.ch
                answers: {info-0112: yes, f1-0126: no}
            """ => """
                  - {id: p02, name: 'Jean Pittet', email: jean.pittet@example.ch, language: rm, telephone: 079 555 12 34}
                """
        ])
        let errors = try ScenarioFixtures.errors(reading: yaml)
        #expect(
            errors.rendered == """
                scenario.yaml:38:77: error: language 'rm' is not one of fr, de, it, en.
                  - {id: p02, name: *************, email: **********************, language: rm, telephone: *************}
                                                                                            ^
                scenario.yaml:38:81: error: unknown key 'telephone' in participant 'p02'; expected one of id, name, \
                email, language, initiator, step-free, answers, weekly, away, calendars.
                  - {id: p02, name: *************, email: **********************, language: rm, telephone: *************}
                                                                                                ^
                """
        )
    }

    @Test func masksNamesAndAddressesInTheLineOfASyntaxError() throws {
        let yaml = try ScenarioFixtures.minimal(replacing: ["    name: Jean Pittet" => "    name: Jean Pittet: junior"])
        let errors = try ScenarioFixtures.errors(reading: yaml)
        #expect(
            errors.rendered == """
                scenario.yaml:39:22: error: invalid YAML: mapping values are not allowed in this context.
                    name: *******************
                                     ^
                """
        )
    }

    @Test func putsTheCaretUnderTheCharacterAfterCombiningAccentsAndTabs() throws {
        // "Pre\u{301}laz" is written with a combining accent: one character, two Unicode scalars.
        let yaml = try ScenarioFixtures.minimal(replacing: [
            "name: Salle du Grand-Pont," => "name: Salle Pre\u{301}laz,",
            "capacity: 16}" => "capacity:\tseize}",
        ])
        let errors = try ScenarioFixtures.errors(reading: yaml)
        let error = try #require(errors.errors.first)
        #expect(error.column == 100)
        let caretLine = try #require(errors.rendered.components(separatedBy: "\n").last)
        #expect(Array(caretLine.unicodeScalars) == Array((String(repeating: " ", count: 97) + "\t^").unicodeScalars))
        #expect(error.message == "'capacity' of venue 'grand-pont' must be a whole number, not 'seize'.")
    }

    @Test func reportsAnEmptyFile() throws {
        let errors = try ScenarioFixtures.errors(reading: "# nothing yet\n")
        #expect(
            errors.rendered == """
                scenario.yaml:1:1: error: the file is empty; expected a scenario with organisation, group, \
                facilitators, venues, candidates, participants.
                """
        )
    }

    @Test func reportsSeveralDocuments() throws {
        let errors = try ScenarioFixtures.errors(reading: ScenarioFixtures.minimal + "---\norganisation: {}\n")
        #expect(
            errors.rendered == """
                scenario.yaml:45:1: error: the file holds more than one YAML document; expected a single scenario.
                ---
                ^
                """
        )
    }

    @Test func reportsAMissingFileAndADirectory() throws {
        let missing = "/nonexistent/entraide/scenario.yaml"
        #expect(throws: ScenarioErrors.self) { try ScenarioReader().read(contentsOf: missing) }
        do {
            _ = try ScenarioReader().read(contentsOf: missing)
        } catch {
            #expect(error.rendered == "/nonexistent/entraide/scenario.yaml: error: no such file.")
            #expect(error.errors.map(\.code) == [.unreadableFile])
        }
        let directory = try ScenarioFixtures.examplePath("")
        do {
            _ = try ScenarioReader().read(contentsOf: directory)
            Issue.record("read a directory")
        } catch {
            #expect(error.rendered == "\(directory): error: this is a directory, not a scenario file.")
        }
    }

    @Test func reportsAFileThatIsNotUTF8() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("entraide-latin1-\(ProcessInfo.processInfo.processIdentifier).yaml").path
        // "Café" in ISO 8859-1 on line 2.
        let bytes = Array("organisation:\n  name: Caf".utf8) + [0xE9] + Array("\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try ScenarioReader().read(contentsOf: path)
            Issue.record("read a Latin-1 file")
        } catch {
            #expect(
                error.rendered == "\(path):2:12: error: the file is not UTF-8 text; save it with the UTF-8 encoding."
            )
        }
    }

    @Test func rendersAnErrorWithoutALine() {
        let error = ScenarioError(
            code: .invalidYAML,
            file: "a.yaml",
            line: 3,
            column: 2,
            message: "invalid YAML: something."
        )
        #expect(error.rendered == "a.yaml:3:2: error: invalid YAML: something.")
        #expect(ScenarioErrors([error, error]).rendered == error.rendered + "\n" + error.rendered)
    }

    @Test func doesNotRepeatTheAddressOfAMalformedEmail() throws {
        let yaml = try ScenarioFixtures.minimal(replacing: [
            "email: martine.favre@example.ch" => "email: martine.favre@example"
        ])
        let errors = try ScenarioFixtures.errors(reading: yaml)
        let error = try #require(errors.errors.first)
        #expect(error.value == nil)
        #expect(error.sourceLine == "    email: *********************")
        #expect(error.message == "participant 'p01': e-mail address is not valid (expected name@domain).")
    }
}

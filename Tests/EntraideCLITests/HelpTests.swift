import EntraideTestSupport
import Testing

/// `--help` of every command, against golden files.
@Suite struct HelpTests {
    @Test(arguments: [
        ["--help"], ["plan", "--help"], ["check", "--help"], ["sheets", "--help"], ["attendance", "--help"],
        ["attendance", "record", "--help"], ["attendance", "report", "--help"], ["init", "--help"],
        ["import", "--help"], ["publish", "--help"], ["replies", "import", "--help"], ["status", "--help"],
        ["handover", "--help"], ["forget", "--help"], ["export", "--help"], ["send", "--help"],
        ["outbox", "list", "--help"], ["outbox", "write", "--help"], ["outbox", "resend", "--help"],
        ["answer", "--help"], ["flyer", "--help"], ["intake", "--help"], ["intake", "offer", "--help"],
        ["intake", "record", "--help"],
        ["calendar", "--help"],
        ["serve", "--help"],
        ["staff", "add", "--help"],
    ])
    func help(arguments: [String]) throws {
        let result = try EntraideBinary.run(arguments)
        #expect(result.status == 0)
        let name = (["help"] + arguments.dropLast()).joined(separator: "-") + ".txt"
        try GoldenFile().assert(result.standardOutput, named: name)
    }

    @Test func theHelpOfThePlanFollowsAFrenchStaffMembersLocale() throws {
        let result = try EntraideBinary.run(["plan", "--help"], environment: ["LANG": "fr_CH.UTF-8"])
        #expect(result.status == 0)
        try GoldenFile().assert(result.standardOutput, named: "help-plan-fr.txt")
    }

    @Test(arguments: [
        ("de", "ÜBERSICHT: Eine Szenariodatei prüfen, ohne zu planen."),
        ("it", "IN BREVE: Verificare un file di scenario senza pianificare."),
    ])
    func theLanguageFlagChoosesTheHelpsLanguage(code: String, abstract: String) throws {
        let result = try EntraideBinary.run(["check", "--help", "--language", code])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix(abstract), "\(result.standardOutput)")
    }

    @Test func checkReportsAValidScenario() throws {
        let result = try EntraideBinary.run(["check", PackageRoot.example("proches-aidants-lausanne.yaml")])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains(": valid — "))
    }

    @Test func unknownOptionIsInvalidInput() throws {
        let result = try EntraideBinary.run(["plan", "--colour"])
        #expect(result.status == 2)
    }
}

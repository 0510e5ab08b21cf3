import EntraideTestSupport
import Foundation
import Testing

/// The guide `GroupLife.md` (EntraideCLI's documentation) run as written.
///
/// Every `entraide` command of its `sh` blocks runs, in order, in one folder, with a real SMTP server (aiosmtpd) for `send`; each must succeed, and every
/// line of the `text` block that follows must appear in what the block's commands printed. So the guide cannot
/// go stale.
@Suite(.enabled(if: TestMailServer.python != nil, "needs .venv/bin/python with aiosmtpd"))
struct GuideTests {
    /// One `sh` block: its commands, and the lines the guide shows of their output.
    struct Step {
        var commands: [[String]] = []
        var shown: [String] = []
    }

    static let guide = PackageRoot.url.appendingPathComponent("Sources/EntraideCLI/EntraideCLI.docc/GroupLife.md")

    /// The guide's steps, in order.
    static func steps(of text: String) -> [Step] {
        var steps: [Step] = []
        var block: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                if block != nil {
                    block = nil
                } else {
                    block = String(line.dropFirst(3))
                    if block == "sh" { steps.append(Step()) }
                }
                continue
            }
            guard let block, !steps.isEmpty, !line.isEmpty else { continue }
            if block == "sh", line.hasPrefix("entraide ") {
                steps[steps.count - 1].commands.append(Array(words(of: line).dropFirst()))
            } else if block == "text" {
                steps[steps.count - 1].shown.append(line)
            }
        }
        return steps
    }

    /// A command line split as a POSIX shell splits it (blanks; single and double quotes).
    static func words(of line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    @Test func theShellWordsOfACommandLine() {
        #expect(
            Self.words(of: #"entraide handover g --rhythm "tous les 15 jours, jusqu'au 16" --out 'a b'"#)
                == ["entraide", "handover", "g", "--rhythm", "tous les 15 jours, jusqu'au 16", "--out", "a b"]
        )
    }

    @Test func everyCommandOfTheGuideRunsAndPrintsWhatTheGuideShows() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        let steps = Self.steps(of: text)
        #expect(steps.count >= 9, "the guide's nine steps")
        #expect(steps.allSatisfy { !$0.commands.isEmpty })
        let folder = try TemporaryFolder("entraide-guide")
        defer { folder.remove() }
        for example in [
            "proches-aidants-lausanne.yaml", "centre-vaud.yaml", "replies/founding1-p03-declined.ics",
            "founding1-rempli.csv",
        ] {
            let source = URL(fileURLWithPath: PackageRoot.example(example))
            try FileManager.default.copyItem(at: source, to: folder.appending(source.lastPathComponent))
        }
        let server = try TestMailServer(python: try #require(TestMailServer.python))
        // As a French-speaking staff member's terminal is set.
        let environment = ["LANG": "fr_CH.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
        for step in steps {
            var printed = ""
            for command in step.commands {
                let arguments = command.map { $0 == "localhost:2525" ? server.address : $0 }
                let output = try EntraideBinary.run(arguments, in: folder.url, environment: environment)
                #expect(
                    output.status == 0,
                    "entraide \(command.joined(separator: " ")) exited \(output.status): \(output.standardError)"
                )
                printed += output.standardOutput
            }
            for line in step.shown {
                #expect(printed.contains(line), "the guide shows « \(line) » after \(step.commands)")
            }
        }
        // What the guide says was written and sent, was.
        #expect(try server.count() > 40)
        for written in ["grille.csv", "plan/plan.html", "envois/0002-2027-01-10", "feuilles/sheets/founding1.pdf"] {
            #expect(FileManager.default.fileExists(atPath: folder.appending(written).path), "\(written)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appending("bilan/attendance.html").path))
    }
}

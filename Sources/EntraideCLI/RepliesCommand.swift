import ArgumentParser
import Calendaring
import Foundation
import PlanningDomain
import Publication
import WorkspaceStore

/// `entraide replies import FILE...`: participants' answers to their invitations.
struct RepliesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replies",
        abstract: "Read participants' replies (METHOD:REPLY) to their invitations.",
        subcommands: [RepliesImportCommand.self]
    )
}

/// `entraide replies import FILE...`.
struct RepliesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record ACCEPTED, TENTATIVE and DECLINED replies (.ics files as mail clients send them).",
        discussion: """
            Each reply must answer the latest version sent to that participant (same UID and SEQUENCE); a reply \
            for an unknown UID or attendee, or to an older version, is reported and ignored. Files are read in \
            the order given; a later reply of the same person replaces an earlier one. All files are read before \
            anything is stored: a malformed file stops the command with its location and nothing changes.
            """
    )

    @Argument(help: ArgumentHelp("Reply files (.ics).", valueName: "file"))
    var files: [String]

    @OptionGroup var workspace: WorkspaceOption

    func run() throws {
        var replies: [CalendarReply] = []
        var problems: [String] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                problems.append("\(file): error: the file cannot be read.")
                continue
            }
            do {
                replies += try ReplyReader.read([UInt8](data), file: file)
            } catch {
                problems.append(error.rendered)
            }
        }
        guard problems.isEmpty else {
            Terminal.error(problems.joined(separator: "\n"))
            throw ExitCode(ExitStatus.invalidInput)
        }
        let store = try workspace.open()
        let outcomes = try WorkspaceOption.checked {
            try store.write { writer in
                var outcomes: [ReplyOutcome] = []
                var remaining = replies
                for group in try writer.groups() {
                    let publications = try writer.publications(of: group)
                    let uids = Set(publications.map(\.uid))
                    let mine = remaining.filter { uids.contains($0.uid) }
                    guard !mine.isEmpty, let scenario = try writer.scenario(of: group) else { continue }
                    remaining.removeAll { uids.contains($0.uid) }
                    let people = scenario.participants + (try writer.withdrawnParticipants(of: group))
                    let applied = ReplyApplication.apply(mine, to: publications, participants: people)
                    outcomes += applied.outcomes
                    try writer.recordPublications(
                        applied.publications,
                        pinned: try writer.pinnedSessions(of: group),
                        for: group
                    )
                }
                // Replies whose UID no group published: the application reports them as unknown events.
                outcomes += ReplyApplication.apply(remaining, to: [], participants: []).outcomes
                return outcomes
            }
        }
        let applied = outcomes.count(where: \.isApplied)
        Terminal.output(
            "\(applied) of \(outcomes.count) replies recorded.\n"
                + outcomes.map { "  " + $0.description }.joined(separator: "\n") + "\n"
        )
    }
}

/// `entraide status GROUP`: expected attendance and replies per session.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show, per published session, who is expected, the replies, and a quorum warning.",
        discussion: """
            Expected: the participants holding the latest invitation. A founding session is flagged when, \
            counting the declines, fewer than the group's quorum can still come.
            """
    )

    @Argument(help: "The group's id.")
    var group: String

    @OptionGroup var workspace: WorkspaceOption

    func run() throws {
        let (scenario, publications) = try workspace.group(group)
        guard !publications.isEmpty else {
            Terminal.output("Group \(group) has not been published yet: run `entraide publish \(group) --out DIR`.\n")
            return
        }
        Terminal.output(
            PublicationStatus(publications: publications, quorum: scenario.group.quorum).text(for: scenario)
        )
    }
}

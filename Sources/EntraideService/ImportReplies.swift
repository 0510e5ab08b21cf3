internal import Calendaring
internal import MailMessages
import Phrasebook
public import PlanningDomain
public import Publication
public import WorkspaceStore

/// `entraide replies import FILE…`: people's answers to their invitations, from `.ics` files or from the
/// e-mails that carried them (`.eml`), applied to what was published.
///
/// Every file is read before anything is stored: a malformed file stops the use case with its location and
/// nothing changes. A reply counts only when it carries exactly one attendee, who holds that session's latest
/// copy, and — when it came by e-mail — whose address is the sender's (`ReplyApplication`). Replies to a
/// group's handed-over series are recorded on the member's copy of the series, by the same rules
/// (`HandoverReplies`).
public struct ImportReplies: Sendable {
    /// What the import did.
    public struct Outcome: Hashable, Sendable {
        /// One outcome per reply read, in file order; people named by id only.
        public var outcomes: [ReplyOutcome]

        /// How many replies changed the state.
        public var appliedCount: Int { outcomes.count(where: \.isApplied) }
    }

    /// Where the files are read from.
    public let files: any InputFiles
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(files: any InputFiles, workspace: Workspace) {
        self.files = files
        self.workspace = workspace
    }

    /// Reads every file, then applies the replies in one transaction.
    public func run(_ paths: [String]) throws(ServiceError) -> Outcome {
        let received = try read(paths)
        let outcomes = try WorkspaceAccess.write(workspace) { writer -> [ReplyOutcome] in
            var outcomes: [ReplyOutcome] = []
            var remaining = received
            for group in try writer.groups() {
                if let handover = try writer.handover(of: group),
                    remaining.contains(where: { $0.reply.uid == handover.uid }),
                    let scenario = try writer.scenario(of: group)
                {
                    let people = scenario.participants + (try writer.withdrawnParticipants(of: group))
                    let applied = HandoverReplies.apply(received: remaining, to: handover, participants: people)
                    remaining.removeAll { $0.reply.uid == handover.uid }
                    outcomes += applied.outcomes
                    _ = try writer.recordHandover(
                        group: group,
                        handover: applied.handover,
                        at: .earliest,
                        reason: "",
                        messages: []
                    )
                }
                let publications = try writer.publications(of: group)
                let uids = Set(publications.map(\.uid))
                let mine = remaining.filter { uids.contains($0.reply.uid) }
                guard !mine.isEmpty, let scenario = try writer.scenario(of: group) else { continue }
                remaining.removeAll { uids.contains($0.reply.uid) }
                let people = scenario.participants + (try writer.withdrawnParticipants(of: group))
                let applied = ReplyApplication.apply(
                    received: mine,
                    to: publications,
                    participants: people,
                    facilitators: scenario.facilitators
                )
                outcomes += applied.outcomes
                try writer.recordPublications(
                    applied.publications,
                    pinned: try writer.pinnedSessions(of: group),
                    for: group
                )
            }
            // Replies whose UID no group published: reported as unknown events.
            outcomes += ReplyApplication.apply(received: remaining, to: [], participants: []).outcomes
            return outcomes
        }
        return Outcome(outcomes: outcomes)
    }

    /// The replies of every file, in order, or every file's problem.
    private func read(_ paths: [String]) throws(ServiceError) -> [ReplyApplication.Received] {
        var received: [ReplyApplication.Received] = []
        var problems: [Phrase] = []
        for path in paths {
            let bytes: [UInt8]
            switch files.read(path) {
            case .bytes(let content): bytes = content
            case .missing:
                problems.append(Self.fileProblem(path, "scenario.noSuchFile"))
                continue
            case .directory:
                problems.append(Self.fileProblem(path, "replies.directory"))
                continue
            case .unreadable:
                problems.append(Self.fileProblem(path, "scenario.unreadableFile"))
                continue
            }
            do {
                if Self.isCalendar(bytes) {
                    received += try ReplyReader.read(bytes, file: path).map { ReplyApplication.Received($0) }
                } else {
                    let mail = try ReceivedMail(bytes, file: path)
                    for calendar in mail.calendars {
                        received += try ReplyReader.read(calendar, file: path)
                            .map { ReplyApplication.Received($0, sender: mail.sender) }
                    }
                }
            } catch let error as CalendarImportError {
                problems.append(error.diagnostic)
            } catch let error as ReceivedMail.Failure {
                problems.append(error.diagnostic)
            } catch {
                problems.append(.verbatim("\(error)"))
            }
        }
        guard problems.isEmpty else {
            throw ServiceError(.invalidInput, .lines(problems), isInputError: true)
        }
        return received
    }

    /// `FILE: error: SENTENCE` for a file that cannot be read.
    private static func fileProblem(_ path: String, _ key: String) -> Phrase {
        .joined([.verbatim("\(path): error: "), Phrase(key)], separator: "")
    }

    /// Whether the bytes are an iCalendar object (possibly after a byte-order mark and blank lines) rather
    /// than an e-mail.
    static func isCalendar(_ bytes: [UInt8]) -> Bool {
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        while let first = slice.first, first == 13 || first == 10 || first == 32 || first == 9 {
            slice = slice.dropFirst()
        }
        return slice.prefix(15).map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }.elementsEqual("BEGIN:VCALENDAR".utf8)
    }
}

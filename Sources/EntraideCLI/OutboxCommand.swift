import ArgumentParser
import EntraideService
import OutputFiles
import Phrasebook
import PlanningDomain
import WorkspaceStore

/// `entraide outbox`: what was recorded to be sent, and what became of it.
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "List the outbox's messages and their delivery state, by ids only.",
        discussion: """
            Every message `entraide publish` records stays in the outbox with its delivery state: pending \
            (recorded, not sent), sending (an attempt is under way), uncertain (a send was interrupted while \
            talking to the server: it may have arrived; never sent again automatically), sent (with the \
            server's answer) or failed (with the reason; `entraide send` tries it again). Lines name recipients \
            by id; no address or name is printed.
            """,
        subcommands: [OutboxListCommand.self, OutboxWriteCommand.self, OutboxResendCommand.self],
        defaultSubcommand: OutboxListCommand.self
    )
}

/// `entraide outbox list`.
struct OutboxListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the messages, in the order they were recorded."
    )

    @Option(name: .long, help: "Only this group's messages.")
    var group: String?

    @Option(
        name: .long,
        parsing: .singleValue,
        help: "Only messages in this state (repeatable): pending, sending, uncertain, sent, failed."
    )
    var state: [DeliveryStateOption] = []

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let (entries, recruitment) = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            let outbox = Outbox(workspace: store)
            let groupID = group.map { Group.ID($0) }
            let states: Set<DeliveryState.Kind>? = state.isEmpty ? nil : Set(state.map(\.kind))
            return (
                try outbox.list(group: groupID, states: states),
                try outbox.recruitment(group: groupID, states: states)
            )
        }
        guard !entries.isEmpty || !recruitment.isEmpty else {
            Terminal.output("The outbox holds no such message.\n")
            return
        }
        var counts: [DeliveryState.Kind: Int] = [:]
        for entry in entries {
            counts[entry.state.kind, default: 0] += 1
            Terminal.output(Self.line(entry) + "\n")
        }
        for message in recruitment {
            counts[message.delivery.kind, default: 0] += 1
            Terminal.output(Self.line(message) + "\n")
        }
        Terminal.output(
            DeliveryState.Kind.allCases.compactMap { kind in counts[kind].map { "\($0) \(kind.rawValue)" } }
                .joined(separator: ", ") + ".\n"
        )
    }

    /// `R3  recruitment  i1  intake-request to initiator  SEQUENCE 0  sent 2027-01-05T09:00:00Z (250 …)`.
    static func line(_ message: RecruitmentMessage) -> String {
        "R\(message.id)\trecruitment\t\(message.interview ?? message.group?.rawValue ?? "-")\t"
            + "\(message.kind.rawValue) to \(message.recipient)\tSEQUENCE \(message.sequence)\t"
            + state(message.delivery)
    }

    /// `12  run 3  participants/p01/founding2  REQUEST SEQUENCE 1  sent 2027-01-05T09:00:00Z (250 accepted …)`.
    static func line(_ entry: OutboxEntry) -> String {
        var text =
            "\(entry.id)\trun \(entry.run)\t\(entry.group.map(\.rawValue) ?? "workshops")\t\(entry.fileStem)\t\(entry.method.rawValue) "
            + "SEQUENCE \(entry.sequence)\t"
        text += state(entry.state)
        if entry.isErased { text += " [erased: the participant was forgotten]" }
        return text
    }

    private static func state(_ state: DeliveryState) -> String {
        switch state {
        case .pending: "pending"
        case .sending: "sending"
        case .uncertain: "uncertain (interrupted while sending; it may have arrived)"
        case .sent(let answer, let at): "sent \(at) (\(answer))"
        case .failed(let reason, let at): "failed \(at): \(reason)"
        }
    }
}

/// `--state`: a delivery state.
enum DeliveryStateOption: String, ExpressibleByArgument, CaseIterable {
    case pending, sending, uncertain, sent, failed

    var kind: DeliveryState.Kind { DeliveryState.Kind(rawValue: rawValue) ?? .pending }
}

/// `entraide outbox write ID… --out DIR`.
struct OutboxWriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write",
        abstract: "Write messages again as .ics and .eml files, from the outbox.",
        discussion: """
            Writes DIR/NNNN/<recipients>/<id>/<session>.ics and .eml for each message named (NNNN: its \
            publication's number), or for every message of --run. DIR follows the output-folder rule of \
            `entraide plan`.
            """
    )

    @Argument(help: ArgumentHelp("Message ids (as `entraide outbox` lists them).", valueName: "id"))
    var ids: [Int] = []

    @Option(name: .customLong("run"), help: "Every message of this publication run.")
    var publication: Int?

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if ids.isEmpty && publication == nil {
            throw ValidationError(HelpText.text("cli.validation.outboxIDs"))
        }
    }

    func run() throws {
        let store = try workspace.open(language.choice)
        let outbox = Outbox(workspace: store)
        let bundle = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            var selected = ids.map(OutboxMessage.ID.init)
            if let publication {
                selected += try outbox.list(group: nil, states: nil).filter { $0.run.rawValue == publication }
                    .map(\.id)
            }
            return try outbox.files(of: selected)
        }
        try ServiceCall.write(bundle, to: out, protecting: [store.path], language: language.choice)
        Terminal.output("Wrote \(bundle.paths.count) file(s) to \(out).\n")
    }
}

/// `entraide outbox resend ID…`.
struct OutboxResendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resend",
        abstract: "Queue messages again (failed, uncertain or even sent ones); `entraide send` sends them.",
        discussion: """
            For a message marked uncertain once you know it did not arrive, or one a person asks for again. The \
            message is sent again as it was recorded (same UID, SEQUENCE and Message-ID).
            """
    )

    @Argument(
        help: ArgumentHelp(
            "Message ids (as `entraide outbox` lists them; R<n> for a message of recruitment).",
            valueName: "id"
        )
    )
    var ids: [String]

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        for id in ids where Self.number(id) == nil {
            throw ValidationError("'\(id)' is not a message id: expected a number such as 12, or R3.")
        }
    }

    func run() throws {
        let store = try workspace.open(language.choice)
        try ServiceCall.run(language.choice) { () throws(ServiceError) in
            for id in ids {
                guard let (number, isRecruitment) = Self.number(id) else { continue }
                if isRecruitment {
                    try SendRecruitmentMessages.requeue(number, in: store)
                } else {
                    try SendOutbox.requeue([OutboxMessage.ID(number)], in: store)
                }
            }
        }
        Terminal.output("Queued again: \(ids.joined(separator: ", ")). Run `entraide send`.\n")
    }

    /// `12` → (12, false); `R3` or `r3` → (3, true); anything else `nil`.
    static func number(_ id: String) -> (Int, Bool)? {
        if let number = Int(id), number > 0 { return (number, false) }
        guard id.first == "R" || id.first == "r", let number = Int(id.dropFirst()), number > 0 else { return nil }
        return (number, true)
    }
}

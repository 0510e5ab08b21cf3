import ArgumentParser
import EntraideService
import OutputFiles
import Phrasebook
import PlanningDomain
import WorkspaceStore

/// `entraide outbox`: what was recorded to be sent, and what became of it.
struct OutboxCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "outbox",
            abstract: HelpText.text("help.outbox.abstract"),
            discussion: HelpText.text("help.outbox.discussion"),
            subcommands: [OutboxListCommand.self, OutboxWriteCommand.self, OutboxResendCommand.self],
            defaultSubcommand: OutboxListCommand.self
        )
    }
}

/// `entraide outbox list`.
struct OutboxListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: HelpText.text("help.outboxList.abstract"))
    }

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.outboxList.option.group")))
    var group: String?

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp(HelpText.text("help.outboxList.option.state"))
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
        let said = language.choice.language(of: store)
        guard !entries.isEmpty || !recruitment.isEmpty else {
            Terminal.output(Phrase("cli.outbox.none"), in: said)
            return
        }
        var counts: [DeliveryState.Kind: Int] = [:]
        for entry in entries {
            counts[entry.state.kind, default: 0] += 1
            Terminal.output(Self.line(entry), in: said)
        }
        for message in recruitment {
            counts[message.delivery.kind, default: 0] += 1
            Terminal.output(Self.line(message), in: said)
        }
        Terminal.output(
            DeliveryState.Kind.allCases.compactMap { kind in counts[kind].map { "\($0) \(kind.rawValue)" } }
                .joined(separator: ", ") + ".\n"
        )
    }

    /// `R3  recruitment  i1  intake-request to initiator  SEQUENCE 0  sent 2027-01-05T09:00:00Z (250 …)`.
    static func line(_ message: RecruitmentMessage) -> Phrase {
        Phrase(
            "cli.outbox.recruitmentLine",
            [
                "id": .number(message.id), "about": .verbatim(message.interview ?? message.group?.rawValue ?? "-"),
                "kind": DeliveryWording.kind(message.kind), "recipient": DeliveryWording.recipient(message.recipient),
                "sequence": .number(message.sequence), "state": state(message.delivery),
            ]
        )
    }

    /// `12  run 3  participants/p01/founding2  REQUEST SEQUENCE 1  sent 2027-01-05T09:00:00Z (250 accepted …)`.
    static func line(_ entry: OutboxEntry) -> Phrase {
        let group = entry.group.map(\.rawValue) ?? "workshops"
        let line = Phrase(
            "cli.outbox.line",
            [
                "id": .verbatim("\(entry.id)"), "run": .verbatim("\(entry.run)"), "group": .verbatim(group),
                "file": .verbatim(entry.fileStem), "method": .verbatim(entry.method.rawValue),
                "sequence": .number(entry.sequence), "state": state(entry.state),
            ]
        )
        return entry.isErased ? .joined([line, Phrase("cli.outbox.erased")], separator: "") : line
    }

    /// The state by its name (as `--state` takes it), with the time, the server's answer or the reason.
    private static func state(_ state: DeliveryState) -> Phrase {
        switch state {
        case .pending: .verbatim("pending")
        case .sending: .verbatim("sending")
        case .uncertain: Phrase("cli.outbox.uncertain")
        case .sent(let answer, let at): .verbatim("sent \(at) (\(answer))")
        case .failed(let reason, let at):
            .joined([.verbatim("failed \(at): "), DeliveryWording.reason(reason)], separator: "")
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "write",
            abstract: HelpText.text("help.outboxWrite.abstract"),
            discussion: HelpText.text("help.outboxWrite.discussion")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.outboxWrite.option.ids"), valueName: "id"))
    var ids: [Int] = []

    @Option(name: .customLong("run"), help: ArgumentHelp(HelpText.text("help.outboxWrite.option.run")))
    var publication: Int?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.option.out"), valueName: "dir"))
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
        Terminal.output(
            Phrase("cli.outbox.written", ["count": .number(bundle.paths.count), "out": .verbatim(out)]),
            in: language.choice.language(of: store)
        )
    }
}

/// `entraide outbox resend ID…`.
struct OutboxResendCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "resend",
            abstract: HelpText.text("help.outboxResend.abstract"),
            discussion: HelpText.text("help.outboxResend.discussion")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.outboxResend.option.ids"), valueName: "id"))
    var ids: [String]

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        for id in ids where Self.number(id) == nil {
            throw ValidationError(HelpText.text("cli.validation.messageID", ["value": .verbatim(id)]))
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
        Terminal.output(Phrase("cli.outbox.queued", ["ids": .list(ids)]), in: language.choice.language(of: store))
    }

    /// `12` → (12, false); `R3` or `r3` → (3, true); anything else `nil`.
    static func number(_ id: String) -> (Int, Bool)? {
        if let number = Int(id), number > 0 { return (number, false) }
        guard id.first == "R" || id.first == "r", let number = Int(id.dropFirst()), number > 0 else { return nil }
        return (number, true)
    }
}

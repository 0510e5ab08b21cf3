import Phrasebook

/// One line of a publication's or hand-over's report: `  participants/p01/information.ics: REQUEST SEQUENCE 0
/// (new)`, with why the message is sent worded in the reader's language.
enum MessageLine {
    /// The line of one message; `reason` is its kebab-case code (`new`, `no-longer-available`,
    /// `handover-updated`), worded by `cli.reason.<code>`.
    static func phrase(path: String, isCancel: Bool, sequence: Int, reason: String) -> Phrase {
        Phrase(
            "cli.message.line",
            [
                "path": .verbatim(path), "method": .verbatim(isCancel ? "CANCEL" : "REQUEST"),
                "sequence": .number(sequence), "reason": Phrase("cli.reason.\(reason)"),
            ]
        )
    }
}

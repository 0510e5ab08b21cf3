import ArgumentParser
import Foundation
import Phrasebook
import PlanningDomain

/// `--now`: the one clock option of every command that writes a time (`DTSTAMP`, an e-mail's `Date`, a PDF's
/// creation date, the time an answer or a delivery is stored).
///
/// Validated once, here: anything that is not an ISO 8601 date-time with an offset inside the range every
/// written format can hold (`Instant/range`) is invalid input (exit status 2). Without it, the real clock.
struct NowOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            HelpText.text("help.now.option.now"),
            valueName: "datetime"
        )
    )
    var now: String?

    func validate() throws {
        if let now, Instant(iso8601: now) == nil {
            throw ValidationError(HelpText.text("cli.validation.now", ["value": .verbatim(now)]))
        }
    }

    /// `--now`, or the real clock (the only place Entraide reads it).
    var instant: Instant {
        if let now, let instant = Instant(iso8601: now) { return instant }
        let seconds = Int64(Date().timeIntervalSince1970)
        return Instant(secondsSince1970: seconds) ?? Instant.earliest
    }
}

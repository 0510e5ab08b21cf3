internal import MailMessages
internal import Phrasebook
internal import PlanningDomain
internal import RegionalCheck

/// The errors of `entraide calendar` and its publication, as phrases of the catalogues (`regional.error.*`),
/// worded by the front end in the staff member's language.
extension PlanCalendar {
    /// A calendar the independent checker refuses: a defect of Entraide, never the input's fault.
    static func refused(_ check: RegionalCheckReport) -> ServiceError {
        let lines =
            check.violations.map(\.phrase)
            + check.mismatchedTerms.map { Phrase("regional.error.misreported", ["name": .verbatim($0.name)]) }
        return ServiceError(
            .rendering,
            Phrase("regional.error.checkerRefused", ["breaches": .lines(lines)]),
            isInputError: false
        )
    }

    /// A file of the calendar that a renderer could not write (libical, cairo): a failure of the system.
    ///
    /// `what` names it by `regional.file.<what>` (`calendars`, `invitations`, `sheet`, `letters`, `publication`), with
    /// `slot` for a run's sheet.
    static func notWritten(_ what: String, slot: String? = nil, _ cause: any Error) -> ServiceError {
        let parts = slot.map { ["slot": Phrase.verbatim($0)] } ?? [:]
        return ServiceError(
            .rendering,
            Phrase(
                "regional.error.notWritten",
                ["what": Phrase("regional.file.\(what)", parts), "cause": .verbatim("\(cause)")]
            ),
            isInputError: false
        )
    }

    /// A message that could not be addressed or built (an invalid address: the input's fault).
    static func mail(_ error: MailError) -> ServiceError {
        ServiceError(
            .invalidInput,
            ServiceError.sentence(.verbatim(error.description)),
            isInputError: error.isInvalidInput
        )
    }

    /// `--workspace` without centre records.
    static let noCentre = ServiceError(.invalidInput, Phrase("regional.error.noCentre"), isInputError: true)
}

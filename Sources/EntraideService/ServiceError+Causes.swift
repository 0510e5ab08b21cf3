internal import Calendaring
internal import MailMessages
internal import Phrasebook
internal import Promotion

extension ServiceError {
    /// The cause of a failure inside a sentence: worded when its type carries a phrase (libical's and the mail
    /// writer's errors), else as the library wrote it (cairo's, libqrencode's own words).
    static func causePhrase(_ cause: any Error) -> Phrase {
        switch cause {
        case let error as ServiceError: error.phrase
        case let error as CalendarError: error.phrase
        case let error as MailError: error.phrase
        case let error as CalendarImportError: error.diagnostic
        case let error as PromotionError: error.phrase
        default: .verbatim("\(cause)")
        }
    }

    /// A mail writer's error: input when the scenario's data is at fault (an address, a domain), else a failure of
    /// the system.
    static func mail(_ error: MailError) -> ServiceError {
        ServiceError(.invalidInput, sentence(error.phrase), isInputError: error.isInvalidInput)
    }
}

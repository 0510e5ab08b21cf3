import Foundation
internal import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// Staff's side of registrations (inscriptions) on the web page: change a person's data, withdraw them.
///
/// A person is added through ``Register``, whoever enters them (the public form, staff's pages, `entraide
/// register`), so that every registration keeps its source and consent.
///
/// A registration has a name, an e-mail address (where invitations go), optionally a phone number, a language
/// and whether the person needs step-free access. The id of a new participant is chosen here, after the
/// group's others (`p07` after `p06`), so that ids stay what plan.html and the explanation show.
public struct Registrations: Sendable {
    /// What staff type in the form.
    public struct Form: Hashable, Sendable {
        /// The full name.
        public var name: String
        /// The e-mail address.
        public var email: String
        /// The phone number, empty for none.
        public var phone: String
        /// The language code (`fr`, `de`, `it`, `en`).
        public var language: String
        /// Whether the person needs step-free access.
        public var needsStepFreeAccess: Bool

        /// A form.
        public init(name: String, email: String, phone: String, language: String, needsStepFreeAccess: Bool) {
            self.name = name
            self.email = email
            self.phone = phone
            self.language = language
            self.needsStepFreeAccess = needsStepFreeAccess
        }

        /// What is wrong with each field, empty when the form can be saved.
        public var problems: [Field: Problem] {
            var problems: [Field: Problem] = [:]
            let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty { problems[.name] = .missing } else if name.count > 120 { problems[.name] = .tooLong }
            let email = email.trimmingCharacters(in: .whitespacesAndNewlines)
            if email.isEmpty {
                problems[.email] = .missing
            } else if !Self.isAddress(email) {
                problems[.email] = .invalid
            }
            let phone = phone.trimmingCharacters(in: .whitespacesAndNewlines)
            if !phone.isEmpty, !Self.isPhone(phone) { problems[.phone] = .invalid }
            if !Registrations.languages.contains(Language(language)) { problems[.language] = .invalid }
            return problems
        }

        /// The participant the form describes (trimmed), with no answers.
        func participant(_ id: Participant.ID) -> Participant {
            Participant(
                id: id,
                name: name.trimmingCharacters(in: .whitespacesAndNewlines),
                email: email.trimmingCharacters(in: .whitespacesAndNewlines),
                language: Language(language),
                needsStepFreeAccess: needsStepFreeAccess,
                answers: [:]
            )
        }

        /// The phone, trimmed; `nil` when empty.
        var trimmedPhone: String? {
            let phone = phone.trimmingCharacters(in: .whitespacesAndNewlines)
            return phone.isEmpty ? nil : phone
        }

        /// One `@`, something on each side, a dot in the domain, no space or control character, at most 254
        /// bytes (RFC 5321 §4.5.3.1.3): enough to catch typing mistakes; the mail server says the rest.
        static func isAddress(_ text: String) -> Bool {
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
                !parts[1].hasSuffix("."), text.utf8.count <= 254
            else { return false }
            return text.unicodeScalars.allSatisfy {
                $0.value > 32 && $0.value != 127 && !"<>\"(),;:[]\\".unicodeScalars.contains($0)
            }
        }

        /// Digits, spaces and `+ ( ) - . /`, with at least 6 digits and at most 32 characters.
        static func isPhone(_ text: String) -> Bool {
            text.count <= 32 && text.filter(\.isNumber).count >= 6
                && text.allSatisfy { $0.isASCII && ($0.isNumber || " +()-./".contains($0)) }
        }
    }

    /// A field of the form.
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case name, email, phone, language
    }

    /// What is wrong with a field.
    public enum Problem: String, Hashable, Sendable {
        case missing, invalid
        case tooLong = "too-long"
    }

    /// The languages a registration may choose: those with a catalogue.
    public static let languages: [Language] = [.french, .german, .italian, .english]

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Changes an active participant's data; their answers stay.
    public func update(_ participant: Participant.ID, in group: Group.ID, with form: Form) throws(ServiceError) {
        try Self.check(form)
        try WorkspaceAccess.write(workspace) { writer in
            try writer.updateParticipant(form.participant(participant), phone: form.trimmedPhone, in: group)
        }
    }

    /// Withdraws an active participant: the next publication cancels what they hold; their link stops working.
    public func withdraw(_ participant: Participant.ID, in group: Group.ID, at instant: Instant) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) { try $0.withdrawParticipant(participant, in: group, at: instant) }
    }

    /// The next free id: `p` and one more than the largest number of the ids of that form, zero-padded to two
    /// digits at least (`p01`, `p12`, `p100`).
    static func nextID(after ids: Set<Participant.ID>) -> Participant.ID {
        let numbers = ids.compactMap { id -> Int? in
            guard id.rawValue.hasPrefix("p") else { return nil }
            return Int(id.rawValue.dropFirst())
        }
        var next = (numbers.max() ?? 0) + 1
        while true {
            let digits = String(next)
            let id = Participant.ID("p" + String(repeating: "0", count: max(0, 2 - digits.count)) + digits)
            if !ids.contains(id) { return id }
            next += 1
        }
    }

    private static func check(_ form: Form) throws(ServiceError) {
        let problems = form.problems
        guard problems.isEmpty else {
            throw incomplete(problems)
        }
    }

    /// `error: the registration is not complete: the e-mail (missing), …`, in the staff member's words.
    static func incomplete(_ problems: [Field: Problem]) -> ServiceError {
        let fields = problems.keys.sorted { $0.rawValue < $1.rawValue }.map { field in
            Phrase(
                "service.register.field",
                [
                    "field": Phrase("service.register.field.\(field.rawValue)"),
                    "problem": Phrase("service.register.problem.\(problems[field]?.rawValue ?? "invalid")"),
                ]
            )
        }
        return ServiceError(
            .invalidInput,
            ServiceError.sentence(Phrase("service.register.incomplete", ["fields": .list(fields)])),
            isInputError: true
        )
    }
}

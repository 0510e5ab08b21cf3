import Calendaring
import PlanDocuments
import PlanningDomain
import Publication
import Testing

@testable import MailMessages

/// Every message of three publications read back by Python's `email` package and `icalendar`.
@Suite(.enabled(if: PythonEmail.isAvailable, "needs .venv/bin/python with icalendar"))
struct MailPythonTests {
    private let fixture = MailFixture()

    /// Per language: the greeting, the subject's prefix for a request and for a cancellation, and the
    /// words that say a cancelled session is cancelled.
    private static let words: [String: (greeting: String, request: String, cancel: String, cancelled: String)] = [
        "fr": ("Bonjour", "Invitation :", "Annulé :", "est annulée"),
        "de": ("Guten Tag", "Einladung:", "Abgesagt:", "ist abgesagt"),
        "it": ("Buongiorno", "Invito:", "Annullato:", "è annullato"),
        "en": ("Hello", "Invitation:", "Cancelled:", "is cancelled"),
    ]

    /// The title of the information session per language, as the catalogues write it.
    private static let information = [
        "fr": "Séance d'information", "de": "Informationsveranstaltung", "it": "Incontro informativo",
        "en": "Information session",
    ]

    @Test func requestsParseAndCarryTheirOwnCalendar() throws {
        let messages = fixture.firstPublication().participantMessages
        #expect(messages.count == 16)
        let parsed = try parse(messages)
        for message in messages {
            let mail = try #require(parsed[message.emlName])
            try checkCommon(mail, message)
            #expect(mail.methodParameter == "REQUEST")
            let words = try #require(Self.words[mail.textLanguage ?? ""])
            #expect(mail.subject.hasPrefix(words.request))
            if message.session == .information {
                // The session is named in the text; the subject stays neutral (the group did not choose a
                // public title).
                #expect(mail.text.contains(try #require(Self.information[mail.textLanguage ?? ""])))
                #expect(!mail.subject.contains(try #require(Self.information[mail.textLanguage ?? ""])))
            }
        }
        #expect(Set(parsed.values.map(\.messageID)).count == 16)
    }

    @Test func aCancelledSessionIsACancelInEveryPart() throws {
        let messages = fixture.reviewCancelled().participantMessages
        #expect(messages.count == 4 && messages.allSatisfy { $0.method == .cancel && $0.reason == .cancelled })
        let parsed = try parse(messages)
        for message in messages {
            let mail = try #require(parsed[message.emlName])
            try checkCommon(mail, message)
            #expect(mail.methodParameter == "CANCEL" && mail.inlineMethod == "CANCEL")
            let words = try #require(Self.words[mail.textLanguage ?? ""])
            #expect(mail.subject.hasPrefix(words.cancel))
            #expect(mail.text.contains(words.cancelled))
        }
    }

    @Test func aWithdrawnParticipantGetsCancelsOnly() throws {
        let messages = fixture.p03Withdrawn().messages
        #expect(messages.map(\.recipient) == Array(repeating: .participant("p03"), count: 4))
        let parsed = try parse(messages)
        for message in messages {
            let mail = try #require(parsed[message.emlName])
            try checkCommon(mail, message)
            #expect(mail.methodParameter == "CANCEL")
            #expect(mail.subject.hasPrefix("Annullato:"))
        }
    }

    // MARK: - Private

    private func parse(_ messages: [OutgoingMessage]) throws -> [String: PythonEmail.Parsed] {
        var files: [String: (eml: [UInt8], ics: [UInt8])] = [:]
        for message in messages {
            files[message.emlName] = (
                try fixture.bytes(message), try ICSWriter.bytes(for: message.document)
            )
        }
        return try PythonEmail.parse(files)
    }

    /// What every message must satisfy, whatever its method.
    private func checkCommon(_ mail: PythonEmail.Parsed, _ message: OutgoingMessage) throws {
        let recipient = fixture.recipient(of: message)
        #expect(mail.defects.isEmpty, "\(mail.defects)")
        #expect(mail.crlfOnly && mail.longestLine <= 78)
        #expect(mail.mimeVersion == "1.0")
        #expect(mail.date == "Sat, 16 Jan 2027 08:00:00 +0000")
        #expect(mail.from == ["Réseau d'entraide – Vaud", "groupes@entraide-vd.example"])
        #expect(mail.to == [[recipient.name, recipient.email]])
        #expect(mail.messageID.hasPrefix("<entraide.") && mail.messageID.hasSuffix("@entraide-vd.example>"))
        #expect(
            mail.structure == [
                "multipart/mixed", "multipart/alternative", "text/plain", "text/calendar", "application/ics",
            ]
        )
        // RFC 6047 §2.4: the parameter equals the METHOD inside, which is the document's.
        #expect(mail.methodParameter == mail.inlineMethod && mail.inlineMethod == mail.attachmentMethod)
        #expect(mail.methodParameter == MailMessage.methodName(message.document.method))
        #expect(mail.inlineMatchesICS && mail.attachmentMatchesICS)
        #expect(mail.inlineDisposition == nil)
        #expect(mail.attachmentDisposition == "attachment" && mail.attachmentFilename == "invitation.ics")
        #expect(mail.attachmentType == "application/ics")
        #expect(mail.textCharset == "utf-8")
        #expect(mail.textLanguage == recipient.language.code)
        let words = try #require(Self.words[recipient.language.code])
        #expect(mail.text.hasPrefix("\(words.greeting) \(recipient.name),"))
        // Discreet by default: the group is named in the text, never in the subject.
        #expect(
            mail.text.contains(fixture.scenario.group.title) && !mail.subject.contains(fixture.scenario.group.title)
        )
        #expect(mail.subject.contains(fixture.scenario.organisation.name))
        #expect(mail.text.contains("Salle Ève, Rue 1, 1260 Nyon"))
        #expect(mail.attendees == ["mailto:\(recipient.email)"])
        for other in fixture.scenario.participants where MessageRecipient.participant(other.id) != recipient.recipient {
            #expect(!mail.everything.contains(other.name) && !mail.everything.contains(other.email))
            #expect(!mail.everything.contains(other.id.rawValue + "@"))
        }
    }
}

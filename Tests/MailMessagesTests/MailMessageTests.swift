import Calendaring
import Foundation
import PlanningDomain
import Publication
import Testing

@testable import MailMessages

/// The bytes themselves: determinism, line discipline, headers, errors.
@Suite struct MailMessageTests {
    private let fixture = MailFixture()

    @Test func sameInputGivesTheSameBytes() throws {
        for message in fixture.firstPublication().messages + fixture.reviewCancelled().messages {
            let first = try fixture.bytes(message)
            #expect(try fixture.bytes(message) == first)
            #expect(try MailFixture().bytes(message) == first)
        }
    }

    @Test func everyLineEndsWithCRLFAndFitsIn78() throws {
        for message in fixture.firstPublication().messages {
            let text = String(decoding: try fixture.bytes(message), as: UTF8.self)
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
            #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
            #expect(text.utf8.allSatisfy { $0 < 128 }, "7-bit: every non-ASCII octet is encoded")
        }
    }

    @Test func theCalendarPartNamesItsMethod() throws {
        let request = try #require(fixture.firstPublication().messages.first)
        let cancel = try #require(fixture.reviewCancelled().messages.first)
        let requestText = String(decoding: try fixture.bytes(request), as: UTF8.self)
        let cancelText = String(decoding: try fixture.bytes(cancel), as: UTF8.self)
        #expect(requestText.contains("Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n"))
        #expect(cancelText.contains("Content-Type: text/calendar; charset=utf-8; method=CANCEL\r\n"))
        #expect(!cancelText.contains("method=REQUEST"))
    }

    @Test func theMessageIDChangesWithSequenceAndRecipient() throws {
        let first = fixture.firstPublication().messages.filter { $0.session == .review }
        let cancels = fixture.reviewCancelled().messages
        let ids = try (first + cancels).map { message in
            MailMessage.messageID(of: message, event: try #require(message.document.events.first), domain: "x.ch")
        }
        #expect(Set(ids).count == 8)
        #expect(ids.allSatisfy { $0.utf8.count == "<entraide.@x.ch>".utf8.count + 32 })
    }

    @Test func theEMLSitsBesideTheICS() throws {
        let message = try #require(fixture.firstPublication().messages.first)
        #expect(message.fileName == "p01/information.ics")
        #expect(MailMessage.fileName(for: message) == "p01/information.eml")
    }

    @Test func anotherParticipantIsRefused() throws {
        let message = try #require(fixture.firstPublication().messages.first)
        let other = try #require(fixture.scenario.participant("p02"))
        #expect(throws: MailError.self) {
            try MailMessage.bytes(for: message, recipient: other, scenario: fixture.scenario, stamp: 0)
        }
    }

    @Test func aHeaderInjectionIsRefusedWithoutQuotingTheAddress() throws {
        let message = try #require(fixture.firstPublication().messages.first)
        var recipient = try fixture.recipient(of: message)
        recipient.email = "p01@mail.example\r\nBcc: everyone@mail.example"
        do {
            _ = try MailMessage.bytes(for: message, recipient: recipient, scenario: fixture.scenario, stamp: 0)
            Issue.record("an address with a line break was accepted")
        } catch {
            #expect(error.code == .invalidAddress && error.isInvalidInput)
            #expect(error.description.contains("'p01'") && !error.description.contains("mail.example"))
        }
    }

    @Test func aBadMessageIDDomainIsRefused() throws {
        let message = try #require(fixture.firstPublication().messages.first)
        let recipient = try fixture.recipient(of: message)
        #expect(throws: MailError.self) {
            try MailMessage.bytes(
                for: message,
                recipient: recipient,
                scenario: fixture.scenario,
                stamp: 0,
                messageIDDomain: "bad domain>"
            )
        }
    }

    @Test func aNameWithALineBreakCannotAddAHeader() throws {
        let message = try #require(fixture.firstPublication().messages.first)
        var recipient = try fixture.recipient(of: message)
        recipient.name = "Jo\r\nBcc: everyone@mail.example"
        let text = String(
            decoding: try MailMessage.bytes(for: message, recipient: recipient, scenario: fixture.scenario, stamp: 0),
            as: UTF8.self
        )
        #expect(!text.contains("\r\nBcc:") && !text.contains("\nBcc:"))
        #expect(text.contains("Bonjour Jo Bcc: everyone@mail.example,\r\n"))
    }
}

import Calendaring
import Foundation
import PlanDocuments
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
        // Four participants and the facilitator, requested and then cancelled.
        #expect(Set(ids).count == 10)
        #expect(ids.allSatisfy { $0.utf8.count == "<entraide.@x.ch>".utf8.count + 32 })
    }

    @Test func aHeaderInjectionIsRefusedWithoutQuotingTheAddress() throws {
        var message = try #require(fixture.firstPublication().messages.first)
        message.addressee.email = "p01@mail.example\r\nBcc: everyone@mail.example"
        do {
            _ = try MailMessage.bytes(for: message, scenario: fixture.scenario, stamp: .earliest)
            Issue.record("an address with a line break was accepted")
        } catch {
            #expect(error.code == .invalidAddress && error.isInvalidInput)
            #expect(error.description.contains("'p01'") && !error.description.contains("mail.example"))
        }
    }

    @Test func aBadMessageIDDomainIsRefused() throws {
        let message = try #require(fixture.firstPublication().messages.first)
        #expect(throws: MailError.self) {
            try MailMessage.bytes(
                for: message,
                scenario: fixture.scenario,
                stamp: .earliest,
                messageIDDomain: "bad domain>"
            )
        }
    }

    @Test func aNameWithALineBreakCannotAddAHeader() throws {
        var message = try #require(fixture.firstPublication().messages.first)
        message.addressee.name = "Jo\r\nBcc: everyone@mail.example"
        let text = String(
            decoding: try MailMessage.bytes(for: message, scenario: fixture.scenario, stamp: .earliest),
            as: UTF8.self
        )
        #expect(!text.contains("\r\nBcc:") && !text.contains("\nBcc:"))
        #expect(text.contains("Bonjour Jo Bcc: everyone@mail.example,\r\n"))
    }
}

import Foundation
import PlanDocuments
import PlanningDomain
import Testing

@testable import MailMessages

/// The encoders against the RFCs' own rules and test vectors.
@Suite struct MIMEEncodingTests {
    @Test(arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ])
    func base64MatchesTheVectorsOfRFC4648(input: String, expected: String) {
        #expect(String(decoding: MIMEEncoding.base64(Array(input.utf8)), as: UTF8.self) == expected)
    }

    @Test func base64BodyWrapsAt76WithCRLF() {
        let body = String(decoding: MIMEEncoding.base64Body(Array(repeating: 0xFF, count: 200)), as: UTF8.self)
        let lines = body.components(separatedBy: "\r\n")
        #expect(lines.dropLast().map(\.count) == [76, 76, 76, 40])
        #expect(lines.last == "")
    }

    @Test func quotedPrintableEncodesWhatRFC2045Rule2Forbids() {
        let body = String(decoding: MIMEEncoding.quotedPrintable("a=b é \n.point\r\nfin\t"), as: UTF8.self)
        #expect(body == "a=3Db =C3=A9=20\r\n=2Epoint\r\nfin=09\r\n")
    }

    @Test func quotedPrintableSoftBreaksNeverSplitAnEscape() {
        let text = String(repeating: "é", count: 60) + " " + String(repeating: "x", count: 100)
        let body = String(decoding: MIMEEncoding.quotedPrintable(text), as: UTF8.self)
        let lines = body.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("=") })
        // Undo the soft breaks: every escape is whole again, and the text comes back.
        let joined = lines.map { $0.hasSuffix("=") ? String($0.dropLast()) : $0 }.joined()
        #expect(joined == String(repeating: "=C3=A9", count: 60) + " " + String(repeating: "x", count: 100))
    }

    @Test func encodedWordsStayWithin75AndNeverSplitACharacter() {
        let text = String(repeating: "Größe ", count: 20) + "🙂"
        let words = HeaderField.encodedWords(text)
        #expect(words.count > 2)
        #expect(words.allSatisfy { $0.hasPrefix("=?utf-8?B?") && $0.hasSuffix("?=") && $0.count <= 75 })
        let decoded = words.map { word -> [UInt8] in
            let base64 = word.dropFirst(10).dropLast(2)
            return Self.decodeBase64(String(base64))
        }
        #expect(decoded.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
        #expect(String(decoding: decoded.flatMap { $0 }, as: UTF8.self) == text)
    }

    @Test func headerLinesFoldBeforeTheLimit() {
        let line = HeaderField.line("Subject", HeaderField.unstructured(String(repeating: "Ça change ", count: 12)))
        let text = String(decoding: line, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
    }

    @Test func displayNamesAreQuotedOrEncoded() {
        #expect(HeaderField.mailbox(name: "Smith, \"Jo\"", address: "a@b.ch") == ["\"Smith, \\\"Jo\\\"\"", "<a@b.ch>"])
        #expect(HeaderField.mailbox(name: "  ", address: "a@b.ch") == ["<a@b.ch>"])
        #expect(HeaderField.mailbox(name: "Zoë", address: "a@b.ch") == ["=?utf-8?B?Wm/Dqw==?=", "<a@b.ch>"])
    }

    @Test(arguments: [
        ("p01@mail.example", true), ("o'brien+tag@sub.example.ch", true), ("a@b", true),
        ("no-at.example", false), ("a@b@c", false), ("a b@c.ch", false), ("a@c.ch\r\nBcc: x@y.ch", false),
        ("é@c.ch", false), ("a..b@c.ch", false), ("a@-_.ch", false), ("@c.ch", false), ("a@", false),
    ])
    func addressesAreCheckedBeforeTheyReachAHeader(address: String, isValid: Bool) {
        #expect(HeaderField.isAddress(address) == isValid)
    }

    @Test(arguments: [
        (Int64(0), "Thu, 01 Jan 1970 00:00:00 +0000"),
        (MailFixture.stamp.secondsSince1970, "Sat, 16 Jan 2027 08:00:00 +0000"),
        (Int64(951_825_599), "Tue, 29 Feb 2000 11:59:59 +0000"),
        (Instant.latest.secondsSince1970, "Fri, 31 Dec 9999 23:59:59 +0000"),
    ])
    func dateFollowsRFC5322Section3Point3(stamp: Int64, expected: String) throws {
        #expect(MailMessage.date(try #require(Instant(secondsSince1970: stamp))) == expected)
    }

    /// A plain reference decoder for the test: four characters to three octets, `=` padding dropped.
    private static func decodeBase64(_ text: String) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        let values = text.compactMap { alphabet.firstIndex(of: $0) }
        var bytes: [UInt8] = []
        var buffer = 0
        var bits = 0
        for value in values {
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                bytes.append(UInt8(buffer >> bits & 0xFF))
            }
        }
        return bytes
    }
}

import Promotion
import Testing

/// libqrencode through its system-library target, and the addresses a flyer accepts.
@Suite struct QRCodeTests {
    @Test func aURLBecomesASmallSquareCode() throws {
        let code = try QRCode(encoding: FlyerFixtures.url)
        #expect(code.size == 17 + 4 * code.version)
        #expect(code.version <= 5)
        // The three finder patterns: dark 7 × 7 squares at three corners.
        for (row, column) in [(0, 0), (0, code.size - 1), (code.size - 1, 0)] {
            #expect(code.isDark(row: row, column: column))
        }
        #expect(!code.isDark(row: code.size, column: 0))
        let dark = (0..<code.size).flatMap { row in (0..<code.size).filter { code.isDark(row: row, column: $0) } }
        #expect(code.darkRuns.map(\.length).reduce(0, +) == dark.count)
    }

    @Test func theSameTextGivesTheSameCode() throws {
        #expect(try QRCode(encoding: "https://a.example/x") == QRCode(encoding: "https://a.example/x"))
        #expect(try QRCode(encoding: "https://a.example/x") != QRCode(encoding: "https://a.example/y"))
    }

    @Test func tooLongATextIsRefused() {
        #expect(throws: PromotionError.self) { try QRCode(encoding: String(repeating: "x", count: 8000)) }
    }

    @Test func theSVGIsSelfContainedAndNamed() throws {
        let svg = try QRCode(encoding: FlyerFixtures.url).svg(title: "Code QR <inscription>")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title>Code QR &lt;inscription&gt;</title>"))
        #expect(!svg.contains("<script"))
    }

    @Test(arguments: [
        "https://entraide-vd.example/inscription", "http://localhost.example:8080/g?id=1",
        "HTTPS://ENTRAIDE-VD.EXAMPLE/A",
    ])
    func goodAddressesAreAccepted(text: String) throws {
        #expect(try RegistrationAddress(text).text == text)
    }

    @Test(arguments: [
        ("entraide-vd.example/inscription", "does not start with https:// or http://"),
        ("javascript:alert(1)", "does not start with https:// or http://"),
        ("https://entraide vd.example/", "contains a space or a control character"),
        ("https:///path", "names no host such as entraide-vd.example"),
        ("https://localhost/", "names no host such as entraide-vd.example"),
        ("https://a.example:http/", "names no host such as entraide-vd.example"),
        ("https://a.example/" + String(repeating: "x", count: 200), "is 218 bytes long"),
    ])
    func badAddressesAreRefusedWithWhatIsExpected(text: String, expected: String) {
        #expect {
            try RegistrationAddress(text)
        } throws: { error in
            guard let error = error as? PromotionError else { return false }
            return error.code == .invalidRegistrationAddress && error.description.contains(expected)
                && error.description.hasPrefix("registration address '")
        }
    }
}

import Foundation
import HTTPTypes
import PlanningDomain
import Testing
import WorkspaceStore

@testable import EntraideServer

/// The server's small parts on their own: secrets, forms, multipart bodies, plan.html embedded, catalogues.
@Suite struct ServerPartsTests {
    @Test func tokensAreLongRandomAndWellFormed() {
        let tokens = (0..<200).map { _ in Secrets.newToken() }
        #expect(Set(tokens).count == 200)
        #expect(tokens.allSatisfy { $0.count == 43 && Secrets.isWellFormedToken(Substring($0)) })
        #expect(!Secrets.isWellFormedToken("short"))
        #expect(!Secrets.isWellFormedToken(Substring(String(repeating: "a", count: 42) + "/")))
    }

    @Test func digestsAndHMACsMatchTheStandardVectors() {
        // SHA-256("abc") (FIPS 180-2) and HMAC-SHA-256 test case 2 of RFC 4231.
        #expect(
            Secrets.hex(Secrets.digest(of: "abc").bytes)
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        )
        #expect(
            Secrets.hmac("what do ya want for nothing?", key: Array("Jefe".utf8))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        )
        #expect(Secrets.isEqualInConstantTime("abc", "abc"))
        #expect(!Secrets.isEqualInConstantTime("abc", "abd"))
        #expect(!Secrets.isEqualInConstantTime("abc", "abcd"))
    }

    @Test func base64URLHasNoPadding() {
        #expect(Secrets.base64URL([0xFB, 0xFF]) == "-_8")
        #expect(Secrets.base64URL(Array("Man".utf8)) == "TWFu")
        #expect(Secrets.base64URL(Array("Ma".utf8)) == "TWE")
    }

    @Test func urlEncodedFormsDecodeUTF8PlusAndRepeats() {
        let fields = FormFields(urlEncoded: Array("name=Zo%C3%A9+M%C3%BCller&weekday=2&weekday=4&bad=%zz&empty=".utf8))
        #expect(fields["name"] == "Zoé Müller")
        #expect(fields.all("weekday") == ["2", "4"])
        #expect(fields["bad"] == "%zz")
        #expect(fields["empty"] == "")
        #expect(fields.isChecked("empty"))
        #expect(!fields.isChecked("missing"))
    }

    @Test func multipartBodiesGiveTheirFieldsAndFile() throws {
        let body =
            "--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\\\dir\\\\poll.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\na;b\r\n1;2\r\n--b--\r\n"
        let form = try MultipartForm(Array(body.utf8), contentType: "multipart/form-data; boundary=b")
        #expect(form.fields["csrf"] == "token")
        #expect(form.file?.name == "poll.csv")
        #expect(form.file.map { String(decoding: $0.bytes, as: UTF8.self) } == "a;b\r\n1;2")
        #expect(throws: MultipartForm.Malformed.self) {
            try MultipartForm(Array(body.utf8), contentType: "text/plain")
        }
    }

    @Test func inlineProportionsBecomeClasses() {
        let html =
            "<p class=\"bar\"><span class=\"y\" style=\"flex-grow: 3\">✓ 3</span>"
            + "<span class=\"n\" style=\"flex-grow: 12000\">✗</span><b style=\"color: red\">x</b></p>"
        let embedded = ReportEmbedding.classesForInlineStyles(html)
        #expect(embedded.contains("<span class=\"y g-3\">"))
        #expect(embedded.contains("<span class=\"n g-1000\">"))
        #expect(embedded.contains("<b style=\"color: red\">"))
        let page = "<html><head><style>\n.bar{}\n</style></head><body>\n<h1>T</h1>\n</body></html>"
        #expect(ReportEmbedding.body(of: page) == "\n<h1>T</h1>\n")
        #expect(ReportEmbedding.styleSheet(of: page).hasPrefix("\n.bar{}\n"))
    }

    @Test func everyCatalogueHasEveryKey() {
        let french = Catalogue.keys(of: .french)
        #expect(french.count > 250)
        for language in Catalogue.languages {
            #expect(Catalogue.keys(of: language) == french, "\(language)")
        }
    }

    @Test func theBrowsersLanguageIsChosenAmongTheCatalogues() {
        #expect(Catalogue.language(accepting: nil) == .french)
        #expect(Catalogue.language(accepting: "de-CH,de;q=0.9,fr;q=0.8") == .german)
        #expect(Catalogue.language(accepting: "pt-BR,pt;q=0.9,en;q=0.5") == .english)
        #expect(Catalogue.language(accepting: "es") == .french)
        #expect(Catalogue.language(accepting: "en;q=0.2,it;q=0.7") == .italian)
    }

    @Test func uploadedFileNamesAreMadeSafe() {
        #expect(GroupRoutes.safeFileName("../../etc/passwd") == "etcpasswd")
        #expect(GroupRoutes.safeFileName("sondage décembre.csv") == "sondage_décembre.csv")
        #expect(GroupRoutes.safeFileName("<script>.csv") == "script.csv")
        #expect(GroupRoutes.safeFileName("...") == "upload")
    }
}

import EntraideTestSupport
import Foundation
import PlanningDomain
import Promotion
import Testing

/// The flyer checked with tools we did not write: poppler reads its text, sizes, fonts and tags; zbar reads its
/// QR code from a picture of the page.
@Suite(.enabled(if: Poppler.isAvailable, "needs poppler-utils (scripts/lib/setup.sh installs it)"))
struct FlyerPDFTests {
    typealias F = FlyerFixtures

    static func pdf(_ size: FlyerSize, _ content: FlyerContent? = nil) throws -> [UInt8] {
        try FlyerPDF.bytes(for: content ?? F.content(), size: size, creationDate: F.creationDate)
    }

    /// `pdftotext` joins the lines of a paragraph with line breaks: compare on single spaces.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: FlyerSize.allCases)
    func theTextLayerHoldsTitleDateAddressAndContact(size: FlyerSize) throws {
        let text = Self.words(try Poppler.text(Self.pdf(size)))
        for expected in [
            "Proches aidant·e·s – Lausanne", "NOUVEAU GROUPE D'ENTRAIDE · GROUPE DE PAROLE", "Lausanne",
            "Séance d'information", "mardi 12 janvier 2027, 18 h 30 – 20 h", "Salle du Grand-Pont",
            "Rue du Grand-Pont 2, 1003 Lausanne", "Accès de plain-pied. Entrée côté cour, 2e étage, ascenseur.",
            "Pour qui ?", "Pour toute personne qui soutient un proche malade", "S'inscrire",
            "Par téléphone : +41 21 555 12 34", "Par e-mail : groupes@entraide-vd.example",
            "Centre d'entraide Vaud · +41 21 555 12 34 · groupes@entraide-vd.example",
            "Vous pouvez compter sur notre discrétion", "sans jugement.",
        ] {
            #expect(text.contains(expected), "\(size): \(expected)")
        }
        #expect(!text.contains("THEME-INTERNE"), "the internal theme is never printed beside a public text")
        // A long address wraps after a `/`: the text layer holds it whole but for that line break.
        #expect(text.filter { !$0.isWhitespace }.contains(F.url))
    }

    @Test(arguments: [(FlyerSize.a4, "595.276 x 841.89 pts (A4)"), (.a5, "419.528 x 595.276 pts")])
    func oneTaggedPageOfTheRightSize(size: FlyerSize, expected: String) throws {
        let info = try Poppler.info(Self.pdf(size))
        #expect(info["Pages"] == "1")
        #expect(info["Page size"] == expected)
        #expect(info["Tagged"] == "yes")
        #expect(info["Title"] == "Proches aidant·e·s – Lausanne — Nouveau groupe d'entraide")
        #expect(info["Author"] == "Centre d'entraide Vaud")
        #expect(info["Creator"] == "Entraide")
        #expect(info["CreationDate"] == "Tue Jan  5 09:00:00 2027 UTC")
    }

    @Test func everyFontIsEmbeddedAndSubset() throws {
        let fonts = try Poppler.fonts(Self.pdf(.a4))
        #expect(!fonts.isEmpty)
        for row in fonts {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            // name type encoding emb sub uni object ID: "yes yes yes" for embedded, subset, with a Unicode map.
            #expect(row.contains("DejaVuSans"), "\(row)")
            #expect(columns.suffix(5).prefix(3) == ["yes", "yes", "yes"], "\(row)")
        }
    }

    /// The structure tree as poppler reads it.
    ///
    /// Poppler prints each element's text up to the first line break
    /// (where cairo opens an inner `ActualText` span), so only the beginnings are compared.
    @Test func theStructureTreeHasHeadingsParagraphsAFigureAndALink() throws {
        let structure = try Poppler.structure(Self.pdf(.a4))
        let lines = structure.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let elements = lines.filter { !$0.hasPrefix("\"") && !$0.hasPrefix("Object") }
        #expect(elements.first == "Document")
        #expect(elements.filter { $0 == "H1 (block)" }.count == 1)
        #expect(elements.filter { $0 == "H2 (block)" }.count == 3)
        #expect(elements.contains("Figure"))
        #expect(elements.contains("Link (inline)"))
        for text in [
            "\"Centre d'entraide Vaud\"", "\"Proches aidant·e·s –\"", "\"Pour qui ?\"", "\"Séance d'information\"",
            "\"S'inscrire\"", "\"Code QR de la page d'inscription\"", "\"\(F.url)\"",
        ] {
            #expect(lines.contains(text), "\(text)")
        }
    }

    @Test(
        .enabled(if: ZBar.isAvailable, "needs zbar-tools (scripts/lib/setup.sh installs it)"),
        arguments: FlyerSize.allCases
    )
    func theQRCodeReadsAsTheRegistrationAddress(size: FlyerSize) throws {
        let png = try Poppler.png(Self.pdf(size), resolution: 150)
        #expect(try ZBar.decode(png: png) == [F.url])
    }

    @Test func twoRunsGiveTheSameBytesAndTheDateIsTheOneGiven() throws {
        let first = try Self.pdf(.a4)
        #expect(first == (try Self.pdf(.a4)))
        let other = try FlyerPDF.bytes(for: F.content(), size: .a4, creationDate: "2027-02-01T10:00:00Z")
        #expect(first != other)
    }

    @Test func aMalformedCreationDateIsRefused() throws {
        #expect(throws: PromotionError.self) {
            try FlyerPDF.bytes(for: F.content(), size: .a4, creationDate: "5 janvier 2027")
        }
    }

    @Test(arguments: [
        (Language.german, "NEUE SELBSTHILFEGRUPPE · GESPRÄCHSGRUPPE", "Dienstag, 12. Januar 2027"),
        (.italian, "NUOVO GRUPPO DI AUTO-AIUTO · GRUPPO DI PAROLA", "martedì 12 gennaio 2027"),
        (.english, "NEW SELF-HELP GROUP · TALKING GROUP", "Tuesday 12 January 2027"),
    ])
    func theFlyerSpeaksTheCentresLanguage(language: Language, kicker: String, date: String) throws {
        let text = Self.words(try Poppler.text(Self.pdf(.a5, F.content(language: language))))
        #expect(text.contains(kicker))
        #expect(text.contains(date))
    }

    @Test func withoutARegistrationPageItAsksForAPhoneCallOrAnEmail() throws {
        let pdf = try Self.pdf(.a4, F.content(url: nil))
        let text = Self.words(try Poppler.text(pdf))
        #expect(text.contains("Par téléphone : +41 21 555 12 34"))
        #expect(!text.contains("Scannez"))
        #expect(!text.contains("Code QR"))
    }

    @Test func withoutAnInformationSessionItSaysTheDateWillFollow() throws {
        let text = Self.words(try Poppler.text(Self.pdf(.a5, F.content(information: nil))))
        #expect(text.contains("La date de la séance d'information sera communiquée aux personnes inscrites."))
        #expect(!text.contains("Grand-Pont"))
    }

    @Test func withoutAPublicTextTheThemeIsPrintedAndFlagged() throws {
        let content = try F.content(description: .none)
        #expect(content.isThemeFallback)
        #expect(content.audience == nil)
        let text = Self.words(try Poppler.text(Self.pdf(.a4, content)))
        #expect(text.contains("THEME-INTERNE"))
        #expect(!text.contains("Pour qui ?"))
    }

    @Test(arguments: FlyerSize.allCases)
    func aVeryLongPublicTextShrinksButKeepsEverythingElseOnOnePage(size: FlyerSize) throws {
        let long = Array(repeating: F.publicText, count: 12).joined(separator: "\n")
        let content = try F.content(description: PublicDescription(text: long, audience: F.description.audience))
        let pdf = try Self.pdf(size, content)
        #expect(try Poppler.info(pdf)["Pages"] == "1")
        let text = Self.words(try Poppler.text(pdf))
        for expected in ["Proches aidant·e·s", "Rue du Grand-Pont 2", "groupes@entraide-vd.example", "discrétion"] {
            #expect(text.contains(expected), "\(size): \(expected)")
        }
        #expect(text.filter { !$0.isWhitespace }.contains(F.url))
        #expect(text.contains("…"), "the public text is cut with an ellipsis rather than overlap the rest")
        if ZBar.isAvailable { #expect(try ZBar.decode(png: Poppler.png(pdf)) == [F.url]) }
    }
}

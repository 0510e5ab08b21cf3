import EntraideTestSupport
import Foundation
import Testing

/// swift-argument-parser's own words (headings, defaults, built-in options, usage errors) in the staff member's
/// language; English stays exactly what the library writes.
@Suite struct ParserWordsTests {
    @Test func helpHeadingsAndDefaultsFollowTheLocale() throws {
        let french = try EntraideBinary.run(["plan", "--help"], environment: ["LANG": "fr_CH.UTF-8"])
        #expect(french.status == 0)
        let text = french.standardOutput
        #expect(text.hasPrefix("EN BREF : "))
        for words in [
            "\nUTILISATION : entraide plan <scenario>", "\nARGUMENTS :\n", "\nOPTIONS :\n", "par défaut : text)",
        ] {
            #expect(text.contains(words), "\(words)")
        }
        #expect(text.contains("Affiche l'aide.") && !text.contains("OVERVIEW") && !text.contains("default:"))
        let german = try EntraideBinary.run(["intake", "--help", "--language", "de"])
        #expect(german.standardOutput.hasPrefix("ÜBERSICHT: ") && german.standardOutput.contains("\nUNTERBEFEHLE:\n"))
    }

    @Test func aDefaultWrappedAtTheEndOfALineIsWordedToo() throws {
        // The library wraps `--url`'s long help so that `(default:` ends a line and the value starts the next.
        let french = try EntraideBinary.run(["intake", "invite", "--help"], environment: ["LANG": "fr_CH.UTF-8"])
        #expect(french.status == 0)
        #expect(french.standardOutput.contains("(par défaut :\n"), "\(french.standardOutput)")
        #expect(!french.standardOutput.contains("default:"))
        let english = try EntraideBinary.run(["intake", "invite", "--help"])
        #expect(english.standardOutput.contains("(default:\n"))
    }

    @Test func usageErrorsFollowTheLocaleAndKeepExitStatus2() throws {
        let missing = try EntraideBinary.run(["plan"], environment: ["LANG": "fr_CH.UTF-8"])
        #expect(missing.status == 2)
        #expect(missing.standardError.hasPrefix("Erreur : argument attendu manquant : « <scenario> »\n"))
        #expect(missing.standardError.contains("Voir « entraide plan --help » pour en savoir plus."))
        let unknown = try EntraideBinary.run(["check", "x.yaml", "--bogus"], environment: ["LANG": "it_CH.UTF-8"])
        #expect(unknown.status == 2 && unknown.standardError.hasPrefix("Errore: opzione sconosciuta: «--bogus»"))
        let english = try EntraideBinary.run(["plan"])
        #expect(english.standardError.hasPrefix("Error: Missing expected argument '<scenario>'\n"))
    }
}

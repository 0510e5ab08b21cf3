import Phrasebook

/// How the scenario's messages name things, as phrases of the catalogues (`scenario.noun.*`): the file, its
/// sections and entries, the shapes of YAML values, and the sentences every section shares.
///
/// Each noun has the forms `.of` (« de la salle « a » ») and `.in` (« dans l'organisation ») in every
/// language, for sentences that need them.
enum Noun {
    // MARK: - The files

    static let scenario = Phrase("scenario.noun.scenario")
    static let centre = Phrase("scenario.noun.centre")
    static let intakeForm = Phrase("scenario.noun.intakeForm")
    static let interestFile = Phrase("scenario.noun.interestFile")
    static let regionFile = Phrase("scenario.noun.regionFile")
    static let workshopCatalogue = Phrase("scenario.noun.workshopCatalogue")

    // MARK: - Sections

    static let organisation = Phrase("scenario.noun.organisation")
    static let organiser = Phrase("scenario.noun.organiser")
    static let group = Phrase("scenario.noun.group")
    static let rules = Phrase("scenario.noun.rules")
    static let sessions = Phrase("scenario.noun.sessions")
    static let candidates = Phrase("scenario.noun.candidates")
    static let interview = Phrase("scenario.noun.interview")

    // MARK: - Entries

    /// `participant 'p01'`, `facilitator 'anne'`, `venue 'salle-b'`, `candidate 'info-0112'`; `#3` when the
    /// entry has no readable id.
    static func entry(_ kind: String, id: String?, index: Int) -> Phrase {
        id.map { Phrase("scenario.noun.\(kind)", ["id": .verbatim($0)]) }
            ?? Phrase("scenario.noun.\(kind)Number", ["number": .number(index + 1)])
    }

    /// `candidate #2 of founding1`: a candidate without a readable id.
    static func candidate(id: String?, index: Int, kind: String) -> Phrase {
        id.map { Phrase("scenario.noun.candidate", ["id": .verbatim($0)]) }
            ?? Phrase("scenario.noun.candidateNumber", ["number": .number(index + 1), "kind": .verbatim(kind)])
    }

    /// `closure #2`.
    static func closure(index: Int) -> Phrase { Phrase("scenario.noun.closure", ["number": .number(index + 1)]) }

    /// `poll #1`.
    static func poll(index: Int) -> Phrase { Phrase("scenario.noun.poll", ["number": .number(index + 1)]) }

    /// `window #1 of founding1`.
    static func window(index: Int, kind: String) -> Phrase {
        Phrase("scenario.noun.window", ["number": .number(index + 1), "kind": .verbatim(kind)])
    }

    /// `session 'founding1'`.
    static func session(_ kind: String) -> Phrase { Phrase("scenario.noun.session", ["kind": .verbatim(kind)]) }

    /// `the window of window #1 of founding1`.
    static func windowPeriod(of subject: Phrase) -> Phrase { Phrase("scenario.noun.windowOf", ["subject": subject]) }

    /// `an away period of facilitator 'anne'`.
    static func awayPeriod(of subject: Phrase) -> Phrase {
        Phrase("scenario.noun.awayPeriod", ["subject": subject])
    }

    /// `days-after-previous of session 'founding1'`.
    static func dayRange(of subject: Phrase) -> Phrase { Phrase("scenario.noun.dayRange", ["subject": subject]) }

    /// `the qualifications of facilitator 'anne'`.
    static func qualifications(of subject: Phrase) -> Phrase {
        Phrase("scenario.noun.qualifications", ["subject": subject])
    }

    // MARK: - What a value is

    /// `'capacity' of venue 'salle-b'`, or `'polls'` at the top level.
    static func field(_ key: String, of subject: Phrase?) -> Phrase {
        subject.map { Phrase("scenario.what.field", ["key": .verbatim(key), "subject": $0]) } ?? self.key(key)
    }

    /// `'participants'`: a key of the file's top level.
    static func key(_ key: String) -> Phrase { Phrase("scenario.what.key", ["key": .verbatim(key)]) }

    /// `entry #3 of 'participants'`.
    static func entry(_ index: Int, of list: Phrase) -> Phrase {
        Phrase("scenario.what.entry", ["number": .number(index + 1), "list": list])
    }

    /// `an entry of 'away' of facilitator 'anne'`.
    static func anEntry(of list: Phrase) -> Phrase { Phrase("scenario.what.anEntry", ["list": list]) }

    /// `'founding1' of the candidates`.
    static func kindList(_ kind: String, of section: Phrase) -> Phrase { field(kind, of: section) }

    // MARK: - Shapes

    static let map = Phrase("scenario.shape.map")
    static let list = Phrase("scenario.shape.list")
    static let singleValue = Phrase("scenario.shape.singleValue")
    static let text = Phrase("scenario.shape.text")
    static let wholeNumber = Phrase("scenario.shape.wholeNumber")
    static let boolean = Phrase("scenario.shape.boolean")
    static let date = Phrase("scenario.shape.date")
    static let time = Phrase("scenario.shape.time")
    static let filePath = Phrase("scenario.shape.filePath")

    // MARK: - Sentences every section shares

    /// A value of the wrong shape (`'answers' of participant 'p01' must be a map, not a list`).
    static func wrongType(_ what: Phrase, expected: Phrase, found: Phrase) -> Phrase {
        Phrase("scenario.wrongType", ["what": what, "expected": expected, "found": found])
    }

    /// A key without a value (`'name' of the organisation has no value`).
    static func hasNoValue(_ field: Phrase) -> Phrase { Phrase("scenario.hasNoValue", ["field": field]) }

    /// A required key left out (`venue 'salle-b' is missing the required key 'capacity'`).
    static func missingKey(_ key: String, in subject: Phrase) -> Phrase {
        Phrase("scenario.missingKey", ["key": .verbatim(key), "subject": subject])
    }

    /// The end of a sentence naming the nearest word: `; did you mean 'x'?`.
    static func didYouMean(_ word: String) -> Phrase { Phrase.didYouMean(word) }

    /// The end of a sentence listing the accepted words: `; expected one of a, b, c.`.
    static func expectedOneOf(_ words: [String]) -> Phrase { Phrase.expectedOneOf(words) }
}

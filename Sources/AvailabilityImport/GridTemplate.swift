import InputVocabulary
public import PlanningDomain

/// An empty answer grid for a group, in the staff member's language: what `entraide grid` writes, ready to fill
/// in by phone or on paper and to read back with ``GridPoll``.
///
/// A CSV that Excel opens as it is (UTF-8 with a byte-order mark, `;`, CRLF):
///
/// ```text
/// #entraide-grid parents-ados-nyon;Une réponse par case (oui, si besoin, non), case vide : pas de réponse.
/// participant;lun. 11.01.2027 19h00;…;lun. 01.02.2027 18h30 maison-quartier claire;…
/// p01;;…
/// ```
///
/// - the first line is Entraide's mark (its first cell starts with ``marker``) and one sentence on how to fill
///   the grid in; readers skip it, as every line whose first cell starts with `#`;
/// - one column per occasion (a start, a room, a facilitator), headed by its weekday, date and time as staff
///   read them, and the room's and facilitator's ids when other slots start at the same time;
/// - one row per participant, by id only (discretion: no name).
public struct GridTemplate: Sendable {
    /// What the first cell of Entraide's own grids starts with.
    public static let marker = "#entraide-grid"

    /// The group.
    public let scenario: Scenario
    /// The language of the headings and of the sentence on the first line.
    public let language: Language

    /// The grid of `scenario`'s candidates and participants, in `language`.
    public init(scenario: Scenario, language: Language) {
        self.scenario = scenario
        self.language = language
    }

    /// The column headings after the participant column, one per occasion, in time order.
    public var headings: [String] { occasions().map(\.heading) }

    /// The file.
    public var bytes: [UInt8] {
        var lines: [[String]] = []
        lines.append(["\(Self.marker) \(scenario.group.id)", Self.instructions(in: language)])
        lines.append([Self.participantHeading(in: language)] + headings)
        for participant in scenario.participants { lines.append([participant.id.rawValue]) }
        let text = lines.map { $0.map(Self.cell).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// Whether `bytes` are a grid Entraide wrote in which no answer has been typed yet: the only kind of file
    /// `entraide grid` replaces.
    public static func isUntouched(_ bytes: [UInt8]) -> Bool {
        guard let table = try? CSVReader.read(bytes, file: ""), let first = table.records.first,
            first.fields[0].trimmed.hasPrefix(marker)
        else { return false }
        let records = table.records.filter { !GridPoll.isComment($0) }
        guard let header = records.first, GridPoll.isParticipantHeading(header.fields[0].text) else { return false }
        return records.dropFirst().allSatisfy { $0.fields.dropFirst().allSatisfy(\.isBlank) }
    }

    // MARK: - Columns

    /// One column: the slots starting at one time in one room with one facilitator, and its heading.
    private struct Occasion {
        let start: LocalDateTime
        let venue: Venue.ID
        let facilitator: Facilitator.ID
        var heading = ""
    }

    private func occasions() -> [Occasion] {
        var seen = Set<String>()
        var occasions: [Occasion] = []
        for slot in scenario.candidates.sorted(by: {
            ($0.start, $0.venue.rawValue, $0.facilitator.rawValue)
                < ($1.start, $1.venue.rawValue, $1.facilitator.rawValue)
        }) where seen.insert("\(slot.start) \(slot.venue) \(slot.facilitator)").inserted {
            occasions.append(Occasion(start: slot.start, venue: slot.venue, facilitator: slot.facilitator))
        }
        let byStart = Dictionary(grouping: occasions.indices, by: { occasions[$0].start })
        for index in occasions.indices {
            let occasion = occasions[index]
            let together = (byStart[occasion.start] ?? []).map { occasions[$0] }
            var heading = moment(occasion.start)
            if Set(together.map(\.venue)).count > 1 { heading += " \(occasion.venue)" }
            if Set(together.map(\.facilitator)).count > 1 { heading += " \(occasion.facilitator)" }
            occasions[index].heading = heading
        }
        return occasions
    }

    /// `mar. 02.03.2027 18h30`, `Di. 02.03.2027 18.30`, `mar 02.03.2027 18:30`, `Tue 2027-03-02 18:30`.
    private func moment(_ start: LocalDateTime) -> String {
        let day = WeekdayWords.abbreviation(of: Weekday(of: start.date), in: language)
        let date = language == .english ? start.date.description : WrittenDate.dotted(start.date)
        return "\(day) \(date) \(WrittenTime.written(start.time, in: language))"
    }

    // MARK: - Words

    /// The heading of the first column.
    static func participantHeading(in language: Language) -> String {
        ["de": "Teilnehmer", "it": "partecipante"][language.code] ?? "participant"
    }

    /// How to fill the grid in, on its first line.
    static func instructions(in language: Language) -> String {
        let words = AnswerWords.all.words(in: language) ?? AnswerWords.all.languages[0]
        let answers = "\(words.yes[0]), \(words.ifNeedBe[0]), \(words.no[0])"
        switch language.code {
        case "de": return "Eine Antwort pro Zelle (\(answers)), leere Zelle: keine Antwort."
        case "it": return "Una risposta per cella (\(answers)), cella vuota: nessuna risposta."
        case "en": return "One answer per cell (\(answers)), empty cell: no answer."
        default: return "Une réponse par case (\(answers)), case vide : pas de réponse."
        }
    }

    /// A cell as CSV writes it: in quotes when it holds `;`, a quote or a line break.
    private static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}

import AvailabilityImport
import PlanningDomain
import PlanningInput
import Testing

/// A Framadate export with problems and the whole message it must give.
struct BadPoll: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let expected: String

    init(_ name: String, _ text: String, _ expected: String) {
        self.name = name
        self.text = text
        self.expected = expected
    }

    var testDescription: String { name }
}

@Suite struct FramadateErrorTests {
    static let header = ",\"12/01/2027\",\"16/01/2027\",\r\n,\"18h30\",\"matin\",\r\n"

    static let cases: [BadPoll] = [
        BadPoll(
            "an unknown answer lists the words of the poll's language",
            header + "\"Martine Favre\",\"Oui\",\"Peut-être\",\r\n",
            """
            sondage.csv:3:23: error: answer 'Peut-être' is not one of oui, si besoin, non; leave the cell empty \
            for no answer.
            ***************,"Oui","Peut-être",
                                  ^
            """
        ),
        BadPoll(
            "in a German poll, the German words",
            header + "\"Martine Favre\",\"Ja\",\"Vielleicht\",\r\n\"Léa Dubois-Marchand\",\"Nein\",\"Ja\",\r\n",
            """
            sondage.csv:3:22: error: answer 'Vielleicht' is not one of ja, falls nötig, nein; leave the cell \
            empty for no answer.
            ***************,"Ja","Vielleicht",
                                 ^
            """
        ),
        BadPoll(
            "a moment that is neither a time nor a part of the day",
            ",\"12/01/2027\",\"16/01/2027\",\r\n,\"18h30\",\"bientôt\",\r\n\"Martine Favre\",\"Oui\",\"Non\",\r\n",
            """
            sondage.csv:2:10: error: moment 'bientôt' is neither a time (18h30, 18:30-20:00) nor a part of the \
            day (matin, après-midi, soir); leave it empty for the whole day.
            ,"18h30","bientôt",
                     ^
            """
        ),
        BadPoll(
            "a time that does not exist",
            ",\"12/01/2027\",\r\n,\"25h30\",\r\n",
            """
            sondage.csv:2:2: error: moment '25h30' is neither a time (18h30, 18:30-20:00) nor a part of the day \
            (matin, après-midi, soir); leave it empty for the whole day.
            ,"25h30",
             ^
            """
        ),
        BadPoll(
            "a column without a date; empty cells after the last date are no columns",
            ",\"12/01/2027\",,\"16/01/2027\",,\r\n,\"18h30\",\"soir\",\"matin\",\r\n",
            """
            sondage.csv:1:15: error: a column without a date; expected the date of each column.
            ,"12/01/2027",,"16/01/2027",,
                          ^
            """
        ),
        BadPoll(
            "an empty file",
            "",
            """
            sondage.csv: error: the file has no rows; expected a Framadate date poll export: a row of dates, a \
            row of moments, then one row per voter.
            """
        ),
        BadPoll(
            "a classic poll's export, without moments",
            ",\"Pizza\",\"Sushi\",\r\n\"Martine Favre\",\"Oui\",\"Non\",\r\n",
            """
            sondage.csv:2:1: error: expected the row of moments here (an empty first cell, then the moment under \
            each date); is this the export of a Framadate date poll?
            ***************,"Oui","Non",
            ^
            """
        ),
        BadPoll(
            "a row longer than the poll, a moment without a date, a row without a name",
            ",\"12/01/2027\",\r\n,\"18h30\",\"soir\",\r\n\"Martine Favre\",\"Oui\",\"Oui\",\r\n,\"Non\",\r\n",
            """
            sondage.csv:2:10: error: this moment has no date above it; expected one moment under each date.
            ,"18h30","soir",
                     ^
            sondage.csv:3:23: error: this row has more cells than the poll has columns (1); expected a name and \
            one answer per column.
            ***************,"Oui","Oui",
                                  ^
            sondage.csv:4:1: error: a row with answers but no voter name; name it or delete it.
            ,"Non",
            ^
            """
        ),
    ]

    @Test("a broken export gives these messages", arguments: cases)
    func broken(_ poll: BadPoll) {
        #expect(PollScenario.rendered { _ = try PollScenario.framadate(poll.text) } == poll.expected)
    }

    @Test("no voter's or participant's name appears in any message") func discretion() throws {
        let text =
            ",\"12/01/2027\",\"31/02/2027\",\r\n,\"18h30\",\"plus tard\",\r\n"
            + "\"Martine Favre\",\"Oui\",\"Peut-être\",\r\n\"Martine Favre\",\"Non\",\"Oui\",\r\n"
            + "\"Zoé Zimmermann\",\"Oui\",\"Oui\",\r\n\"Jean-Daniel\",\"Oui\",\"Oui\",\"Oui\",\r\n"
            + "\"Noémie \"\"Cretegny\",\"Oui\",\r\n"
        let rendered = PollScenario.rendered { _ = try PollScenario.framadate(text, voters: ["Luca B.": .ignored]) }
        let names = PollScenario.participants.flatMap { $0.name.split(separator: " ").map(String.init) }
        for word in names + ["Zoé", "Zimmermann", "Luca", "Cretegny", "Martine", "Daniel", "example.ch"] {
            #expect(!rendered.contains(word), "\(word) in \(rendered)")
        }
        #expect(rendered.split(separator: "\n").filter { $0.contains(": error: ") }.count == 8)
    }
}

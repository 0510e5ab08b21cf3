import AvailabilityImport
import InputVocabulary
import PlanningDomain
import PlanningInput
import Testing

@Suite struct FramadateDateOrderTests {
    /// The candidates Martine's yes lands on, for a poll of `dates` (each at 18h30) answered with `word`.
    private func slots(
        _ dates: [String],
        answer word: String,
        order: DateOrder? = nil
    ) throws(ScenarioErrors) -> Set<CandidateSlot.ID> {
        let text =
            "," + dates.map { "\"\($0)\"," }.joined() + "\r\n," + dates.map { _ in "\"18h30\"," }.joined()
            + "\r\n\"Martine Favre\"," + dates.map { _ in "\"\(word)\"," }.joined() + "\r\n"
        let poll = try PollScenario.framadate(text, dateOrder: order)
        return Set(poll.answers["p01", default: [:]].keys)
    }

    @Test("French, German and Italian answers read 12/01/2027 as 12 January", arguments: ["Oui", "Ja", "Sì"])
    func dayFirstLanguages(_ yes: String) throws {
        #expect(try slots(["12/01/2027"], answer: yes) == ["info-0112", "info-0112-cite"])
    }

    @Test("English answers read 12/01/2027 as 1 December, and 1/12/27 as 12 January") func english() throws {
        #expect(try slots(["12/01/2027"], answer: "Yes").isEmpty)
        #expect(try slots(["1/12/27"], answer: "Yes") == ["info-0112", "info-0112-cite"])
    }

    @Test("a date order given by staff beats the language") func given() throws {
        #expect(try slots(["12/01/2027"], answer: "Yes", order: .dayMonthYear) == ["info-0112", "info-0112-cite"])
        #expect(try slots(["1/12/27"], answer: "Oui", order: .monthDayYear) == ["info-0112", "info-0112-cite"])
    }

    @Test("dates written with dots are day.month.year whatever the language") func dots() throws {
        #expect(try slots(["12.01.27"], answer: "Yes") == ["info-0112", "info-0112-cite"])
    }

    @Test("a number above 12 settles the order for the whole poll") func aboveTwelve() throws {
        #expect(try slots(["26/01/2027", "12/01/2027"], answer: "Yes") == ["f1-0126", "info-0112", "info-0112-cite"])
        #expect(try slots(["01/26/2027", "12/01/2027"], answer: "Oui") == ["f1-0126"])
    }

    @Test("year-first dates of older Framadate versions need no order") func yearFirst() throws {
        #expect(try slots(["2027-01-12"], answer: "Yes") == ["info-0112", "info-0112-cite"])
        #expect(try slots(["2027-01-26"], answer: "Oui", order: .monthDayYear) == ["f1-0126"])
    }

    @Test("only No in the answers could be Italian or English: day-month-year") func onlyNo() throws {
        let text = ",\"12/01/2027\",\r\n,\"18h30\",\r\n\"Martine Favre\",\"No\",\r\n"
        #expect(try PollScenario.framadate(text).answers == ["p01": ["info-0112": .no, "info-0112-cite": .no]])
    }

    @Test(
        "an impossible date is reported at its cell, with the order it was read in",
        arguments: [
            (
                ["31/02/2027"], "Oui", nil,
                """
                sondage.csv:1:2: error: date '31/02/2027' does not exist (read in day/month/year order).
                ,"31/02/2027",
                 ^
                """
            ),
            (
                ["12/01/2027", "1/13/27"], "Oui", DateOrder.dayMonthYear,
                """
                sondage.csv:1:15: error: date '1/13/27' does not exist in day/month/year order (the poll's \
                `date-order`); if the poll writes month/day/year, set its `date-order` to month-day-year.
                ,"12/01/2027","1/13/27",
                              ^
                """
            ),
            (
                ["25/01/2027", "01/26/2027"], "Yes", nil,
                """
                sondage.csv:1:15: error: date '01/26/2027' does not exist in day/month/year order (the order the \
                poll's dates and answers suggest); if the poll writes month/day/year, set its `date-order` to \
                month-day-year.
                ,"25/01/2027","01/26/2027",
                              ^
                """
            ),
            (
                ["2027-02-30", "Lundi"], "Oui", nil,
                """
                sondage.csv:1:2: error: date '2027-02-30' does not exist.
                ,"2027-02-30","Lundi",
                 ^
                sondage.csv:1:15: error: 'Lundi' is not a date; expected the date of each column, such as \
                12/01/2027, 12.01.27 or 1/12/27.
                ,"2027-02-30","Lundi",
                              ^
                """
            ),
        ] as [([String], String, DateOrder?, String)]
    )
    func impossible(_ dates: [String], _ word: String, _ order: DateOrder?, _ expected: String) {
        let rendered = PollScenario.rendered {
            _ = try slots(dates, answer: word, order: order)
        }
        #expect(rendered == expected)
    }
}

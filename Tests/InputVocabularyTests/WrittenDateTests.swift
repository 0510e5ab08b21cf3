import InputVocabulary
import Phrasebook
import PlanningDomain
import Testing

/// Dates as people write them, and every way one can be wrong.
@Suite struct WrittenDateTests {
    static let sixthOfMarchWritten = [
        "2027-03-06", "2027-3-6", "06.03.2027", "6.3.2027", "6.3.27", "6. 3. 2027", "06/03/2027", "6 mars 2027",
        "6 Mars 2027", "samedi 6 mars 2027", "sam. 06.03.2027", "6. März 2027", "Samstag, 6. März 2027",
        "6 marzo 2027", "sabato 6 marzo 2027", "6 March 2027", "March 6, 2027", "Mar 6 2027", "Sat 6 Mar 2027",
        "6th March 2027", "6 mar. 27",
    ]

    @Test("6 March 2027, as each language writes it", arguments: sixthOfMarchWritten)
    func sixthOfMarch(_ text: String) {
        // With slashes the order is given here: `06/03/2027` alone is ambiguous (see below).
        #expect(WrittenDate.date(text, order: .dayMonthYear) == LocalDate(year: 2027, month: 3, day: 6))
    }

    @Test func theFirstOfTheMonthHasItsOrdinal() {
        #expect(WrittenDate.date("1er mars 2027") == LocalDate(year: 2027, month: 3, day: 1))
        #expect(WrittenDate.date("1° marzo 2027") == LocalDate(year: 2027, month: 3, day: 1))
        #expect(WrittenDate.date("1st March 2027") == LocalDate(year: 2027, month: 3, day: 1))
    }

    @Test func aNumberAboveTwelveSettlesTheOrder() {
        #expect(WrittenDate.read("26/01/2027") == .date(LocalDate(year: 2027, month: 1, day: 26)!))
        #expect(WrittenDate.read("1/26/27") == .date(LocalDate(year: 2027, month: 1, day: 26)!))
        #expect(WrittenDate.read("01/01/2027") == .date(LocalDate(year: 2027, month: 1, day: 1)!))
    }

    @Test func slashesWithoutAnOrderAreAmbiguous() throws {
        let reading = try #require(WrittenDate.read("03/04/2027"))
        #expect(
            reading
                == .ambiguous(
                    dayFirst: LocalDate(year: 2027, month: 4, day: 3)!,
                    monthFirst: LocalDate(year: 2027, month: 3, day: 4)!
                )
        )
        #expect(
            WrittenDate.problem(reading, written: "03/04/2027")?.english
                == "date '03/04/2027' is ambiguous: 3 April 2027 (day/month/year) or 4 March 2027 (month/day/year); "
                + "write 2027-04-03 or 2027-03-04."
        )
        #expect(WrittenDate.date("03/04/2027", order: .monthDayYear) == LocalDate(year: 2027, month: 3, day: 4))
        // Dots are always day first, as everywhere in Switzerland.
        #expect(WrittenDate.read("03.04.27") == .date(LocalDate(year: 2027, month: 4, day: 3)!))
    }

    @Test func datesThatDoNotExistSayWhy() {
        #expect(reason(WrittenDate.read("2027-02-30")) == "February 2027 has 28 days")
        #expect(reason(WrittenDate.read("30.02.2027")) == "February 2027 has 28 days")
        #expect(reason(WrittenDate.read("2027-13-01")) == "months run from 01 to 12")
        #expect(reason(WrittenDate.read("31 avril 2027"), in: .french) == "avril 2027 compte 30 jours")
        #expect(reason(WrittenDate.read("31.04.2027"), in: .german) == "April 2027 hat 30 Tage")
    }

    /// Why a reading is not a date, worded in `language`.
    private func reason(_ reading: WrittenDate.Reading?, in language: Language = .english) -> String? {
        guard case .nonexistent(let reason)? = reading else { return nil }
        return reason.text(in: language)
    }

    @Test func aWeekdayMustBeTheDatesOwn() throws {
        let reading = try #require(WrittenDate.read("mardi 3 mars 2027"))
        #expect(reading == .wrongWeekday(LocalDate(year: 2027, month: 3, day: 3)!, written: .tuesday))
        #expect(
            WrittenDate.problem(reading, written: "mardi 3 mars 2027")?.english
                == "date 'mardi 3 mars 2027' says tuesday, but 3 March 2027 is a wednesday."
        )
        #expect(
            WrittenDate.problem(reading, written: "mardi 3 mars 2027")?.text(in: .french)
                == "la date « mardi 3 mars 2027 » indique mardi, mais le 3 mars 2027 est un mercredi."
        )
    }

    @Test(
        "Not dates",
        arguments: [
            "6 mars", "06.03", "2027", "demain", "6 brumaire 2027", "06.03.2027 18h30", "06-03.2027", "123.4.2027",
        ]
    )
    func notDates(_ text: String) {
        #expect(WrittenDate.read(text) == nil)
    }

    @Test func datesAreWrittenForPeople() {
        let date = LocalDate(year: 2027, month: 3, day: 6)!
        #expect(WrittenDate.spelled(date) == "6 March 2027")
        #expect(WrittenDate.spelled(date, in: .german) == "6. März 2027")
        #expect(WrittenDate.dotted(date) == "06.03.2027")
    }
}

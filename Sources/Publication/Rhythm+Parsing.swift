internal import InputVocabulary
import Phrasebook
public import PlanningDomain

extension Rhythm {
    /// An example of the syntax, quoted in errors.
    public static let example = "every 2 weeks on Thursday 19:30, 2h"

    /// The same rhythm in each language, quoted where a message lists what is accepted.
    static let examples =
        "'every 2 weeks on Thursday 19:30, 2h', 'tous les 15 jours le jeudi 19h30, 2 h', "
        + "'alle 2 Wochen am Donnerstag 19.30, 2 Std.' or 'ogni 2 settimane il giovedì alle 19:30, 2 ore'"

    /// Reads a rhythm written in French, German, Italian or English.
    ///
    /// In this order:
    ///
    /// 1. how often: `every week`, `every 2 weeks`, `every other week`, `weekly`; `toutes les 2 semaines`,
    ///    `tous les 15 jours`, `chaque semaine`, `une semaine sur deux`; `alle 2 Wochen`, `alle 14 Tage`,
    ///    `jede Woche`, `wöchentlich`; `ogni 2 settimane`, `ogni 15 giorni`, `ogni settimana`: 1 to 52 weeks
    ///    (`8 jours` is a week and `15 jours` two, as people say);
    /// 2. the weekday in any of the four languages, after `le`, `am`, `il`, `on` if need be;
    /// 3. the start (`19:30`, `19h30`, `19.30`, `19 Uhr`, `7:30 pm`), after `à`, `um`, `alle`, `at` if need be,
    ///    or a range (`de 19h30 à 21h30`, `19.30-21.30`) that gives the length too;
    /// 4. the length (`2 h`, `1h30`, `90 min`, `2 Std.`, `2 ore`, `2 hours`), 1 minute to 12 hours;
    /// 5. optionally the first day a meeting may fall on (`from`, `à partir du`, `ab`, `dal` and a date;
    ///    default `defaultStart`, such as the day after founding session 2) and the last (`until`, `jusqu'au`,
    ///    `bis`, `fino al`), each at most once, in either order.
    ///
    /// Dates are written as everywhere in Entraide (`2027-12-16`, `16.12.2027`, `16 décembre 2027`,
    /// `16. Dezember 2027`, `16 dicembre 2027`, `16 December 2027`). Case, accents and commas do not matter.
    ///
    /// - Throws: ``RhythmError`` naming the first part that cannot be read, or what is missing.
    public static func parse(_ text: String, from defaultStart: LocalDate) throws(RhythmError) -> Rhythm {
        var reader = RhythmReader(text)
        let every = try reader.period()
        let weekday = try reader.weekday()
        let (start, rangeMinutes) = try reader.start()
        let duration = try reader.duration(range: rangeMinutes)
        let (from, until) = try reader.days()
        let rhythm = Rhythm(
            every: every,
            weekday: weekday,
            start: start,
            durationMinutes: duration,
            from: from ?? defaultStart,
            until: until?.date
        )
        if let until, until.date < rhythm.firstDate {
            throw reader.error(
                part: until.part,
                at: until.token,
                Phrase("rhythm.problem.beforeFirst"),
                expected: Phrase(
                    "rhythm.expected.lastDay",
                    ["weekday": WrittenDate.weekdayPhrase(weekday), "date": .verbatim(rhythm.firstDate.description)]
                )
            )
        }
        return rhythm
    }
}

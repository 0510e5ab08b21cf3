import AvailabilityImport
import Calendaring
import EntraideTestSupport
import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// The shipped holidays of each canton: complete, keyed, and a centre's days not observed left out.
///
/// Complete means the optional days that are official in the canton, at least in part of it. Checked by hand for 2027 and against the Python
/// `holidays` package for 2026–2035.
@Suite struct HolidayCatalogueTests {
    static let catalogue = HolidayCatalogue.bundled

    static func canton(_ code: String) throws -> Canton { try #require(Canton(code: code)) }

    /// `yyyymmdd key name` of each holiday of 2027.
    static func days2027(_ code: String, notObserved: Set<Holiday.Key> = []) throws -> [String] {
        let catalogue = try #require(Self.catalogue)
        return try catalogue.closures(of: canton(code), years: 2027...2027, notObserved: notObserved).map { holiday in
            let date = holiday.date.description.replacingOccurrences(of: "-", with: "")
            return "\(date) \(holiday.key?.rawValue ?? "-") \(holiday.name)"
        }
    }

    @Test("Fribourg: the Catholic and the Reformed parts' days, 13 a year (fr.ch)")
    func fribourg() throws {
        #expect(
            try Self.days2027("FR") == [
                "20270101 new-year Nouvel An", "20270102 saint-berchtold Saint-Berchtold",
                "20270326 good-friday Vendredi saint", "20270329 easter-monday Lundi de Pâques",
                "20270506 ascension Ascension", "20270517 whit-monday Lundi de Pentecôte",
                "20270527 corpus-christi Fête-Dieu", "20270801 national-day Fête nationale",
                "20270815 assumption Assomption", "20271101 all-saints Toussaint",
                "20271208 immaculate-conception Immaculée Conception", "20271225 christmas Noël",
                "20271226 saint-stephen Saint-Étienne",
            ]
        )
    }

    @Test("Solothurn: the eight days of so.ch and the national day, Labour Day from noon")
    func solothurn() throws {
        #expect(
            try Self.days2027("SO") == [
                "20270101 new-year Neujahrstag", "20270326 good-friday Karfreitag",
                "20270501 labour-day Tag der Arbeit (Nachmittag)", "20270506 ascension Auffahrt",
                "20270527 corpus-christi Fronleichnam", "20270801 national-day Nationalfeiertag",
                "20270815 assumption Mariä Himmelfahrt", "20271101 all-saints Allerheiligen",
                "20271225 christmas Weihnachten",
            ]
        )
    }

    @Test("Vaud, Geneva and Zurich are the package's public days")
    func vaudGenevaZurich() throws {
        #expect(
            try Self.days2027("VD") == [
                "20270101 new-year Nouvel An", "20270102 saint-berchtold Saint-Berchtold",
                "20270326 good-friday Vendredi saint", "20270329 easter-monday Lundi de Pâques",
                "20270506 ascension Ascension", "20270517 whit-monday Lundi de Pentecôte",
                "20270801 national-day Fête nationale", "20270920 prayer-monday Lundi du Jeûne fédéral",
                "20271225 christmas Noël",
            ]
        )
        #expect(
            try Self.days2027("GE") == [
                "20270101 new-year Nouvel An", "20270326 good-friday Vendredi saint",
                "20270329 easter-monday Lundi de Pâques", "20270506 ascension Ascension",
                "20270517 whit-monday Lundi de Pentecôte", "20270801 national-day Fête nationale",
                "20270909 genevan-fast Jeûne genevois", "20271225 christmas Noël",
                "20271231 restoration-day Restauration de la République",
            ]
        )
        #expect(
            try Self.days2027("ZH") == [
                "20270101 new-year Neujahrstag", "20270326 good-friday Karfreitag",
                "20270329 easter-monday Ostermontag",
                "20270501 labour-day Tag der Arbeit", "20270506 ascension Auffahrt",
                "20270517 whit-monday Pfingstmontag",
                "20270801 national-day Nationalfeiertag", "20271225 christmas Weihnachten",
                "20271226 saint-stephen Stephanstag",
            ]
        )
    }

    @Test(
        "Holidays a year, 2026–2035",
        arguments: [("FR", 13), ("SO", 9), ("VD", 9), ("GE", 9), ("ZH", 9), ("TI", 15), ("GR", 7)]
    )
    func countsPerYear(code: String, count: Int) throws {
        let catalogue = try #require(Self.catalogue)
        let holidays = try catalogue.closures(of: Self.canton(code), years: HolidayCatalogue.years)
        let years = Dictionary(grouping: holidays, by: \.date.year).mapValues(\.count)
        #expect(years.keys.sorted() == Array(HolidayCatalogue.years))
        #expect(years.values.allSatisfy { $0 == count })
        #expect(holidays.allSatisfy { $0.key != nil && !$0.name.isEmpty })
    }

    @Test("A centre in the Catholic part of Fribourg leaves out the Reformed part's days: nine, as fr.ch counts")
    func daysNotObserved() throws {
        let reformed: Set<Holiday.Key> = [
            Holiday.Key(rawValue: "saint-berchtold"), Holiday.Key(rawValue: "easter-monday"),
            Holiday.Key(rawValue: "whit-monday"), Holiday.Key(rawValue: "saint-stephen"),
        ]
        let days = try Self.days2027("FR", notObserved: reformed)
        #expect(days.count == 9)
        #expect(!days.contains { $0.contains("easter-monday") || $0.contains("saint-stephen") })
        // A key the canton does not have removes nothing.
        #expect(try Self.days2027("GE", notObserved: [Holiday.Key(rawValue: "saint-berchtold")]).count == 9)
    }

    @Test("The keys a centre may name, per canton")
    func keys() throws {
        let catalogue = try #require(Self.catalogue)
        #expect(
            try catalogue.keys(of: Self.canton("FR")).map(\.rawValue) == [
                "all-saints", "ascension", "assumption", "christmas", "corpus-christi", "easter-monday", "good-friday",
                "immaculate-conception", "national-day", "new-year", "saint-berchtold", "saint-stephen", "whit-monday",
            ]
        )
        for code in Canton.codes {
            #expect(try catalogue.keys(of: Self.canton(code)).count >= 7, "\(code)")
        }
    }

    // MARK: - Against the Python package

    /// For each canton, the package's dates by category, and Lucerne's dates by English name (where the days the
    /// package leaves out for Fribourg and Solothurn come from).
    static let script = """
        import holidays, json, sys
        years = range(2026, 2036)
        def dates(subdiv, category):
            table = holidays.country_holidays('CH', subdiv=subdiv, years=years, categories=(category,))
            return sorted(str(day) for day in table)
        out = {code: {category: dates(code, category) for category in ('public', 'optional', 'half_day')}
               for code in sys.argv[1:]}
        lucerne = holidays.country_holidays('CH', subdiv='LU', years=years, language='en_US')
        out['LU-names'] = {}
        for day in sorted(lucerne):
            for name in lucerne.get_list(day):
                out['LU-names'].setdefault(name, []).append(str(day))
        print(json.dumps(out))
        """

    @Test(
        "Every public day of the package is shipped; added days are the documented ones",
        .enabled(if: ProjectPython.has("holidays"), "needs the project's Python with holidays")
    )
    func matchesThePackage() throws {
        let codes = ["FR", "SO", "VD", "GE", "ZH"]
        let result = try ProjectPython.run(Self.script, arguments: codes)
        try #require(result.status == 0, "\(result.error)")
        let package = try JSONDecoder().decode([String: [String: [String]]].self, from: result.output)
        let lucerne = try #require(package["LU-names"])
        let catalogue = try #require(Self.catalogue)
        let added: [String: (category: String, feasts: [String])] = [
            "FR": ("optional", ["Corpus Christi", "Assumption Day", "All Saints' Day", "Immaculate Conception"]),
            "SO": ("half_day", ["Corpus Christi", "Assumption Day", "All Saints' Day"]),
        ]
        for code in codes {
            let ours = Set(
                try catalogue.closures(of: Self.canton(code), years: HolidayCatalogue.years).map(\.date.description)
            )
            let table = try #require(package[code])
            let publicDays = Set(table["public", default: []])
            #expect(publicDays.isSubset(of: ours), "\(code)")
            let category = added[code]?.category
            let fromOtherCategory = Set(category.map { table[$0, default: []] } ?? [])
            #expect(fromOtherCategory.isSubset(of: ours), "\(code)")
            let missingFromPackage = Set((added[code]?.feasts ?? []).flatMap { lucerne[$0, default: []] })
            #expect(ours == publicDays.union(fromOtherCategory).union(missingFromPackage), "\(code)")
        }
        // Solothurn's Saint-Berchtold (optional in the package) is not a holiday there (so.ch).
        let solothurn = Set(
            try catalogue.closures(of: Self.canton("SO"), years: HolidayCatalogue.years).map(\.date.description)
        )
        #expect(solothurn.isDisjoint(with: package["SO"]?["optional"] ?? []))
    }
}

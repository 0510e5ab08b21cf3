internal import PlanningDomain

/// The creation dates cairo understands: what `PDFCanvas/setCreationDate(_:)` accepts.
public enum PDFCreationDate {
    /// Whether `string` is `YYYY-MM-DDThh:mm:ss`, optionally followed by `Z` or `±hh:mm`, and names a real
    /// date and time.
    public static func isValid(_ string: String) -> Bool {
        let characters = Array(string.utf8)
        guard characters.count == 19 || characters.count == 20 || characters.count == 25 else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        let separators: [(Int, UInt8)] =
            [(4, UInt8(ascii: "-")), (7, UInt8(ascii: "-")), (10, UInt8(ascii: "T"))]
            + [(13, UInt8(ascii: ":")), (16, UInt8(ascii: ":"))]
        guard digits.allSatisfy({ isDigit(characters[$0]) }), separators.allSatisfy({ characters[$0.0] == $0.1 })
        else { return false }
        let number = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + Int(characters[$1] - UInt8(ascii: "0")) } }
        guard LocalDate(year: number(0..<4), month: number(5..<7), day: number(8..<10)) != nil,
            number(11..<13) < 24, number(14..<16) < 60, number(17..<19) < 60
        else { return false }
        switch characters.count {
        case 19: return true
        case 20: return characters[19] == UInt8(ascii: "Z")
        default:
            let sign = characters[19]
            return (sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-")) && isDigit(characters[20])
                && isDigit(characters[21]) && characters[22] == UInt8(ascii: ":") && isDigit(characters[23])
                && isDigit(characters[24]) && number(20..<22) < 24 && number(23..<25) < 60
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}

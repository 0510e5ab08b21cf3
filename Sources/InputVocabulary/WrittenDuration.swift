/// Lengths of time as people write them in French, German, Italian and English.
///
/// `2 h`, `2h`, `1h30`, `1 h 30`, `1.5 h`, `90 min`, `120min`, `2 heures`, `2 Std.`, `2 Stunden`, `90 Minuten`,
/// `2 ore`, `90 minuti`, `2 hours`, `1 hour 30`.
public enum WrittenDuration {
    /// How a duration is written, for messages.
    public static let examples = "2 h, 1h30, 90 min"

    /// The minutes `text` lasts, or `nil` when it is not written as a duration.
    public static func minutes(_ text: String) -> Int? {
        let tokens = WrittenTokens(text).tokens
        guard let (minutes, next) = read(tokens, at: 0), next == tokens.count else { return nil }
        return minutes
    }

    /// Reads a duration starting at `tokens[index]`: its minutes and the index after it; `nil` when none starts
    /// there.
    public static func read(_ tokens: [WrittenTokens.Token], at index: Int) -> (minutes: Int, next: Int)? {
        guard index < tokens.count, let whole = tokens[index].number, tokens[index].digits <= 4 else { return nil }
        var position = index + 1
        func token(_ offset: Int = 0) -> WrittenTokens.Token? {
            position + offset < tokens.count ? tokens[position + offset] : nil
        }
        // `1.5 h`, `1,5 Std.`
        var tenths: Int?
        if let sign = token(), sign.isSign(".") || sign.isSign(","), !sign.isSpaced, let decimal = token(1),
            decimal.digits == 1, !decimal.isSpaced, let unit = token(2)?.word, hours.contains(unit)
        {
            tenths = decimal.number
            position += 2
        }
        guard let unit = token()?.word else { return nil }
        position += 1
        skipDot(tokens, &position)
        if minutesWords.contains(unit) {
            guard tenths == nil else { return nil }
            return (whole, position)
        }
        guard hours.contains(unit) else { return nil }
        var total = whole * 60 + (tenths ?? 0) * 6
        // `1h30`, `1 h 30`, `1 Std. 30 Min.`, `1 hour 30 minutes`.
        if tenths == nil, let minutes = token(), minutes.digits == 2, let value = minutes.number, value < 60 {
            position += 1
            total += value
            if let word = token()?.word, minutesWords.contains(word) {
                position += 1
                skipDot(tokens, &position)
            }
        }
        return (total, position)
    }

    private static func skipDot(_ tokens: [WrittenTokens.Token], _ position: inout Int) {
        if position < tokens.count, tokens[position].isSign("."), !tokens[position].isSpaced { position += 1 }
    }

    /// Words for hours, normalised.
    static let hours: Set = [
        "h", "heure", "heures", "std", "stunde", "stunden", "ora", "ore", "hour", "hours", "hr", "hrs",
    ]
    /// Words for minutes, normalised.
    static let minutesWords: Set = [
        "min", "mins", "minute", "minutes", "minuten", "minuto", "minuti", "m",
    ]
}

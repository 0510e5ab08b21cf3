/// A display alarm before an event starts: a `VALARM` (RFC 5545 §3.6.6) with `ACTION:DISPLAY`
/// (§3.8.6.1), `TRIGGER` (§3.8.6.3) a negative duration relative to the start (`-PT30M`), and
/// `DESCRIPTION` (§3.8.1.5), which RFC 5545 requires for a display alarm.
public struct Reminder: Hashable, Sendable {
    /// Minutes before the start; zero or more.
    public var minutesBefore: Int
    /// The text shown, written as the alarm's `DESCRIPTION` (RFC 5545 §3.8.1.5).
    public var description: String

    /// Creates a reminder `minutesBefore` minutes before the start.
    public init(minutesBefore: Int, description: String) {
        self.minutesBefore = minutesBefore
        self.description = description
    }
}

/// How busy a period makes someone, from the weaker to the stronger.
///
/// `STATUS:TENTATIVE` (RFC 5545 §3.8.1.11), Outlook's `X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE` and
/// `FBTYPE=BUSY-TENTATIVE` (§3.2.9) are ``tentative``; every other period that blocks time is ``busy``,
/// including `FBTYPE=BUSY-UNAVAILABLE` and Outlook's `OOF` (out of office).
public enum BusyKind: Int, Hashable, Comparable, Sendable {
    /// Perhaps busy: a tentative event or period.
    case tentative
    /// Busy.
    case busy

    /// ``tentative`` before ``busy``.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

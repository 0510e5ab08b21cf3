import Foundation
public import PlanningDomain

/// The real clock: the one place the server reads the time.
public enum SystemClock {
    /// Now, to the second.
    @Sendable public static func now() -> Instant {
        Instant(secondsSince1970: Int64(Date().timeIntervalSince1970)) ?? .earliest
    }
}

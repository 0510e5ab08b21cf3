internal import CLibical
internal import PlanningDomain

/// Conversions from Swift values to libical time values; they stay inside this module.
enum LibicalTime {
    /// A local (floating) date-time; the caller adds the `TZID` parameter, which libical does not write.
    static func local(_ value: LocalDateTime) -> icaltimetype {
        var time = icaltime_null_time()
        time.year = Int32(value.date.year)
        time.month = Int32(value.date.month)
        time.day = Int32(value.date.day)
        time.hour = Int32(value.time.hour)
        time.minute = Int32(value.time.minute)
        return time
    }

    /// A UTC date-time from seconds since the epoch; libical writes it with the `Z` suffix.
    static func utc(secondsSinceEpoch seconds: Int64) -> icaltimetype {
        icaltime_from_timet_with_zone(time_t(seconds), 0, icaltimezone_get_utc_timezone())
    }

    /// Midnight UTC on 1 January of `year`.
    static func utcNewYear(_ year: Int) -> icaltimetype {
        var time = icaltime_null_time()
        time.year = Int32(year)
        time.month = 1
        time.day = 1
        time.zone = icaltimezone_get_utc_timezone()
        return time
    }

    /// A trigger `minutes` before the start of its event (`-PT30M`, `-P1D`).
    static func trigger(minutesBefore minutes: Int) -> icaltriggertype {
        var trigger = icaltriggertype()
        trigger.time = icaltime_null_time()
        trigger.duration = icaldurationtype_from_int(Int32(-minutes * 60))
        return trigger
    }
}

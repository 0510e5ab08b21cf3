internal import CLibical
internal import PlanningDomain
internal import Synchronization

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
    ///
    /// The fields are computed here, as ``fields(wallSeconds:)`` does, for the whole range of ``Instant``
    /// (1970…9999): `icaltime_from_timet_with_zone` gives up after the year 3000 and returns a null time, which
    /// libical writes `00000000T000000`.
    static func utc(secondsSinceEpoch seconds: Int64) -> icaltimetype {
        var time = fields(wallSeconds: seconds)
        time.zone = builtinTimeZoneLock.withLock { _ in icaltimezone_get_utc_timezone() }
        return time
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

extension LibicalTime {
    /// The floating date-time at `wallSeconds` seconds after 1970-01-01T00:00 (no zone attached).
    static func fields(wallSeconds: Int64) -> icaltimetype {
        let days = wallSeconds >= 0 ? wallSeconds / 86_400 : (wallSeconds - 86_399) / 86_400
        let secondOfDay = Int32(wallSeconds - days * 86_400)
        let date = LocalDate(dayNumber: Int(days))
        var time = icaltime_null_time()
        time.year = Int32(date.year)
        time.month = Int32(date.month)
        time.day = Int32(date.day)
        time.hour = secondOfDay / 3600
        time.minute = secondOfDay / 60 % 60
        time.second = secondOfDay % 60
        return time
    }

    /// The DATE `dayNumber` days after 1970-01-01.
    ///
    /// Built from `icaltime_null_time()`, not `icaltime_null_date()`: the latter sets the hour, minute and second
    /// to -1, which makes `icalrecur_iterator_set_start` give the day before each occurrence.
    static func date(dayNumber: Int) -> icaltimetype {
        let date = LocalDate(dayNumber: dayNumber)
        var time = icaltime_null_time()
        time.is_date = 1
        time.year = Int32(date.year)
        time.month = Int32(date.month)
        time.day = Int32(date.day)
        return time
    }

    /// Wall-clock seconds since 1970-01-01T00:00 of a libical time's fields (its zone is not looked at), or
    /// `nil` when the fields do not make a date and time that exist (30 February, 25:00).
    static func wallSeconds(of time: icaltimetype) -> Int64? {
        guard let date = LocalDate(year: Int(time.year), month: Int(time.month), day: Int(time.day)) else {
            return nil
        }
        let day = Int64(date.dayNumber) * 86_400
        guard time.is_date == 0 else { return day }
        guard (0..<24).contains(time.hour), (0..<60).contains(time.minute), (0...60).contains(time.second) else {
            return nil
        }
        return day + Int64(time.hour) * 3600 + Int64(time.minute) * 60 + Int64(min(time.second, 59))
    }
}

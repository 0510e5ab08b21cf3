#!/usr/bin/env python3
"""Print the busy time of an .ics file, computed with code we did not write: an independent check of Calendaring.

Usage: .venv/bin/python scripts/expand-ics.py FILE FROM TO DEFAULT_TZ

FROM and TO are UTC seconds since 1970 (TO excluded); DEFAULT_TZ is the IANA zone of floating date-times and
all-day dates. Prints one line "START END KIND" per busy period that overlaps [FROM, TO): UTC seconds, KIND
"busy" or "tentative", sorted by start, end, then kind (tentative first). Exit status 0, or 2 on a usage error
or a file icalendar cannot read.

The semantics are Calendaring's BusyTimeReader, by design:

- VEVENT occurrences come from recurring-ical-events (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides), queried
  through CalendarQuery directly: recurring_ical_events.of() would first rewrite the calendar after
  X-WR-TIMEZONE, whereas floating times are read in DEFAULT_TZ here as in Entraide;
- not busy: STATUS:CANCELLED, TRANSP:TRANSPARENT, X-MICROSOFT-CDO-BUSYSTATUS:FREE, and periods of no length;
  tentative: STATUS:TENTATIVE or X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE; busy: the rest;
- an all-day date runs from midnight to midnight in DEFAULT_TZ; an all-day event whose DTEND is not after its
  DTSTART lasts one day, as without DTEND;
- floating date-times are in DEFAULT_TZ; a wall time that occurs twice is its first instant, one in a gap is
  moved forward (zoneinfo with fold=0);
- VFREEBUSY (which recurring-ical-events does not expand) is read with icalendar: every FREEBUSY period, in
  both forms, FBTYPE BUSY (default) and BUSY-UNAVAILABLE busy, BUSY-TENTATIVE tentative, FREE ignored.
"""

import datetime
import sys
import warnings
import zoneinfo

try:
    import icalendar
    import recurring_ical_events
except ImportError:
    print(
        "expand-ics: the 'icalendar' and 'recurring-ical-events' packages are missing; run scripts/test once "
        "to create the project's .venv",
        file=sys.stderr,
    )
    sys.exit(2)

# Margin around the window for the query; exact filtering happens after conversion to UTC.
MARGIN = datetime.timedelta(days=3)


def utc_seconds(value, default_zone):
    """UTC seconds of a date (midnight in default_zone) or a date-time (floating ones in default_zone)."""
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time())
    if value.tzinfo is None:
        value = value.replace(tzinfo=default_zone)
    return int(value.timestamp())


def event_kind(event):
    """'busy', 'tentative', or None when the event blocks no time."""
    status = str(event.get("STATUS", "")).upper()
    if status == "CANCELLED" or str(event.get("TRANSP", "")).upper() == "TRANSPARENT":
        return None
    outlook = str(event.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).strip().upper()
    if outlook == "FREE":
        return None
    if outlook == "TENTATIVE" or status == "TENTATIVE":
        return "tentative"
    return "busy"


def event_periods(calendar, start, stop, default_zone):
    """(start, end, kind) of the VEVENT occurrences between start and stop (with a margin)."""
    query = recurring_ical_events.CalendarQuery(calendar, components=("VEVENT",))
    for event in query.between(start - MARGIN, stop + MARGIN):
        kind = event_kind(event)
        if kind is None:
            continue
        begin, end = event["DTSTART"].dt, event.end
        if not isinstance(begin, datetime.datetime) and (end is None or end <= begin):
            end = begin + datetime.timedelta(days=1)
        yield utc_seconds(begin, default_zone), utc_seconds(end, default_zone), kind


def free_busy_periods(calendar, default_zone):
    """(start, end, kind) of every busy or tentative FREEBUSY period."""
    for component in calendar.walk("VFREEBUSY"):
        values = component.get("FREEBUSY", [])
        for period in values if isinstance(values, list) else [values]:
            fbtype = str(period.params.get("FBTYPE", "BUSY")).upper()
            if fbtype == "FREE":
                continue
            begin, end = period.dt
            if isinstance(end, datetime.timedelta):
                end = begin + end
            yield (
                utc_seconds(begin, default_zone),
                utc_seconds(end, default_zone),
                "tentative" if fbtype == "BUSY-TENTATIVE" else "busy",
            )


def main(arguments):
    if len(arguments) != 4:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    path, first, last, zone_name = arguments
    try:
        first, last = int(first), int(last)
        default_zone = zoneinfo.ZoneInfo(zone_name)
        with open(path, "rb") as file:
            calendar = icalendar.Calendar.from_ical(file.read())
    except (ValueError, OSError, zoneinfo.ZoneInfoNotFoundError) as error:
        print(f"expand-ics: {error}", file=sys.stderr)
        return 2
    start = datetime.datetime.fromtimestamp(first, tz=datetime.timezone.utc)
    stop = datetime.datetime.fromtimestamp(last, tz=datetime.timezone.utc)
    with warnings.catch_warnings():
        # icalendar warns when it reads a vendor-prefixed TZID as its IANA tail, which is what we want.
        warnings.simplefilter("ignore")
        periods = list(event_periods(calendar, start, stop, default_zone))
    periods += free_busy_periods(calendar, default_zone)
    kept = [period for period in periods if period[1] > period[0] and period[0] < last and period[1] > first]
    for begin, end, kind in sorted(kept, key=lambda period: (period[0], period[1], period[2] != "tentative")):
        print(begin, end, kind)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

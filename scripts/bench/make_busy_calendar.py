#!/usr/bin/env python3
"""Write a deterministic "busy" calendar for 2027, the input of the import benchmark (scripts/bench-import).

Usage: .venv/bin/python scripts/bench/make_busy_calendar.py OUT.ics [--seed N] [--singles 19500] [--series 500]

The same seed gives the same bytes (random.Random(seed), fixed DTSTAMP, no clock read). The file is written
with the Python `icalendar` library. Defaults: 20,000 events, that is 20,000 UIDs:

- 19,500 single events, on days spread over 2027, each 30 min to 3 h long in 15-minute steps:
  86 % with `DTSTART;TZID=Europe/Zurich`, 12 % in UTC (`...Z`), 2 % all-day (`VALUE=DATE`, 1 to 3 days,
  90 % of them TRANSP:TRANSPARENT); 15 % of the timed ones give DURATION instead of DTEND; 7 % of the
  timed ones are TRANSP:TRANSPARENT; STATUS is TENTATIVE for 30 %, CANCELLED for 3 %, CONFIRMED for 20 %,
  absent otherwise;
- 500 weekly series (`RRULE:FREQ=WEEKLY`, `DTSTART;TZID=Europe/Zurich` in the first week of 2027, over the
  whole year: 70 % with UNTIL=20271231T225959Z, 20 % with the COUNT of that weekday left in 2027, 10 %
  with two BYDAY weekdays and UNTIL); 30 % of them have one to three EXDATEs (TZID Europe/Zurich, as one
  property with a list or as several properties); one in ten (index % 10 == 3, so 50) has one
  RECURRENCE-ID override: an extra VEVENT with the same UID and SEQUENCE:1, right after its series, that
  moves that occurrence (by -2 h to +2 days, wall clock) or, one time in five, cancels it
  (STATUS:CANCELLED); 8 % of the series are TENTATIVE, 5 % TRANSPARENT.

So the file holds 20,000 + 50 VEVENT components (19,500 + 500 UIDs plus 50 overrides) and one VTIMEZONE for
Europe/Zurich. Timed events start at 07:00-15:00 and so end by 18:00, except 1.5 % of the timed singles
and the two series with index % 250 == 7, which start at 17:00-21:00: the 18:30-20:30 candidates of
expand_busy_python.py thus come out as a mix of busy, tentative and free (seed 1: 216, 41, 143). Every
occurrence lies inside [2027-01-01T00:00, 2028-01-01T00:00) Europe/Zurich, and none falls in a
daylight-saving transition hour.

The VTIMEZONE is the usual RRULE form (last Sunday of March 02:00 / of October 03:00) built with
icalendar's components: `icalendar.Timezone.from_tzid("Europe/Zurich")` (7.3.0) writes the spring
transition at 03:00 local instead of 02:00, which puts 01:00-02:00 UTC on those days an hour off.
"""

import argparse
import datetime
import pathlib
import random
import sys
from zoneinfo import ZoneInfo

import icalendar

YEAR = 2027
ZURICH = ZoneInfo("Europe/Zurich")
UTC = datetime.timezone.utc
DTSTAMP = datetime.datetime(2027, 1, 1, tzinfo=UTC)
FIRST_DAY = datetime.date(YEAR, 1, 1)
LAST_DAY = datetime.date(YEAR, 12, 31)
UNTIL = datetime.datetime(YEAR, 12, 31, 22, 59, 59, tzinfo=UTC)  # 23:59:59 Europe/Zurich on Dec 31
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

SINGLE_EVENING = 0.015  # share of timed singles that start between 17:00 and 21:00


def zurich_vtimezone():
    timezone = icalendar.Timezone()
    timezone.add("tzid", "Europe/Zurich")
    daylight = icalendar.TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("tzoffsetfrom", datetime.timedelta(hours=1))
    daylight.add("tzoffsetto", datetime.timedelta(hours=2))
    daylight.add("dtstart", datetime.datetime(1981, 3, 29, 2, 0))
    daylight.add("rrule", {"FREQ": "YEARLY", "BYMONTH": 3, "BYDAY": "-1SU"})
    standard = icalendar.TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("tzoffsetfrom", datetime.timedelta(hours=2))
    standard.add("tzoffsetto", datetime.timedelta(hours=1))
    standard.add("dtstart", datetime.datetime(1996, 10, 27, 3, 0))
    standard.add("rrule", {"FREQ": "YEARLY", "BYMONTH": 10, "BYDAY": "-1SU"})
    timezone.add_component(daylight)
    timezone.add_component(standard)
    return timezone


def local(day, minute_of_day):
    return datetime.datetime.combine(day, datetime.time(minute_of_day // 60, minute_of_day % 60), tzinfo=ZURICH)


def start_minute(rng, evening_share):
    """Minute of the day of a timed start: 07:00-15:00 in the daytime (so it ends by 18:00), 17:00-21:00 in the evening."""
    if rng.random() < evening_share:
        return 17 * 60 + 15 * rng.randrange(17)
    return 7 * 60 + 15 * rng.randrange(33)


def duration(rng):
    return datetime.timedelta(minutes=30 + 15 * rng.randrange(11))  # 30 min .. 3 h


def status(rng, tentative, cancelled, confirmed):
    roll = rng.random()
    if roll < tentative:
        return "TENTATIVE"
    if roll < tentative + cancelled:
        return "CANCELLED"
    if roll < tentative + cancelled + confirmed:
        return "CONFIRMED"
    return None


def base_event(uid, summary):
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", DTSTAMP)
    event.add("summary", summary)
    return event


def single_event(rng, index):
    event = base_event(f"single-{index:05d}@bench.entraide", f"Appointment {index:05d}")
    day = FIRST_DAY + datetime.timedelta(days=rng.randrange(365))
    kind = rng.random()
    if kind < 0.02:
        length = rng.choice((1, 1, 1, 2, 3))
        day = min(day, LAST_DAY - datetime.timedelta(days=length - 1))
        event.add("dtstart", day)
        event.add("dtend", day + datetime.timedelta(days=length))
        if rng.random() < 0.9:
            event.add("transp", "TRANSPARENT")
    else:
        start = local(day, start_minute(rng, SINGLE_EVENING))
        if kind < 0.14:
            start = start.astimezone(UTC)
        length = duration(rng)
        event.add("dtstart", start)
        if rng.random() < 0.15:
            event.add("duration", length)
        else:
            event.add("dtend", start + length)
        if rng.random() < 0.07:
            event.add("transp", "TRANSPARENT")
    value = status(rng, tentative=0.30, cancelled=0.03, confirmed=0.20)
    if value:
        event.add("status", value)
    return event


def series_events(rng, index):
    """The series' master VEVENT, then its override, if it has one."""
    uid = f"series-{index:03d}@bench.entraide"
    master = base_event(uid, f"Weekly {index:03d}")
    weekday = rng.randrange(5) if rng.random() < 0.9 else rng.randrange(7)
    first = FIRST_DAY + datetime.timedelta(days=(weekday - FIRST_DAY.weekday()) % 7)
    minute = start_minute(rng, 1.0 if index % 250 == 7 else 0.0)  # two evening series: 7 and 257
    start = local(first, minute)
    length = duration(rng)
    master.add("dtstart", start)
    master.add("dtend", start + length)

    rule_kind = rng.random()
    if rule_kind < 0.7:
        rule = {"FREQ": "WEEKLY", "UNTIL": UNTIL}
        days = [first + datetime.timedelta(weeks=k) for k in range(53)]
    elif rule_kind < 0.9:
        count = (LAST_DAY - first).days // 7 + 1
        rule = {"FREQ": "WEEKLY", "COUNT": count}
        days = [first + datetime.timedelta(weeks=k) for k in range(count)]
    else:
        second = (weekday + rng.randrange(1, 5)) % 7
        rule = {"FREQ": "WEEKLY", "BYDAY": [WEEKDAYS[weekday], WEEKDAYS[second]], "UNTIL": UNTIL}
        days = [first + datetime.timedelta(days=offset) for offset in range(372)]
        days = [d for d in days if d.weekday() in (weekday, second)]
    days = [d for d in days if d <= LAST_DAY]
    master.add("rrule", rule)

    available = list(days)
    if rng.random() < 0.3:
        excluded = sorted(rng.sample(available[1:], rng.randint(1, 3)))
        available = [d for d in available if d not in excluded]
        values = [local(d, minute) for d in excluded]
        if rng.random() < 0.5:
            master.add("exdate", values)
        else:
            for value in values:
                master.add("exdate", value)

    if rng.random() < 0.08:
        master.add("status", "TENTATIVE")
    elif rng.random() < 0.05:
        master.add("transp", "TRANSPARENT")

    events = [master]
    if index % 10 == 3:  # exactly one series in ten
        original_day = rng.choice(available[1:-1])
        original = local(original_day, minute)
        override = base_event(uid, f"Weekly {index:03d} (changed)")
        override.add("recurrence-id", original)
        override.add("sequence", 1)
        if rng.random() < 0.2:
            override.add("dtstart", original)
            override.add("dtend", original + length)
            override.add("status", "CANCELLED")
        else:
            shift = datetime.timedelta(minutes=rng.choice((-120, -60, 60, 120, 24 * 60, 2 * 24 * 60)))
            moved = original + shift  # wall-clock arithmetic in Europe/Zurich
            if moved.date() > LAST_DAY:
                moved = original - shift
            override.add("dtstart", moved)
            override.add("dtend", moved + length)
        events.append(override)
    return events


def make_calendar(seed, singles, series):
    rng = random.Random(seed)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Entraide//Bench busy calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Busy calendar {YEAR} (seed {seed})")
    calendar.add_component(zurich_vtimezone())
    # Series are spread among the singles, as in a real export, at fixed positions.
    every = max(1, singles // max(1, series))
    series_index = 0
    for index in range(singles):
        if series_index < series and index % every == 0:
            for event in series_events(rng, series_index):
                calendar.add_component(event)
            series_index += 1
        calendar.add_component(single_event(rng, index))
    while series_index < series:
        for event in series_events(rng, series_index):
            calendar.add_component(event)
        series_index += 1
    return calendar


def main():
    parser = argparse.ArgumentParser(description="Write the deterministic busy calendar of the import benchmark.")
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--singles", type=int, default=19_500)
    parser.add_argument("--series", type=int, default=500)
    args = parser.parse_args()
    calendar = make_calendar(args.seed, args.singles, args.series)
    data = calendar.to_ical()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    vevents = sum(1 for c in calendar.subcomponents if c.name == "VEVENT")
    print(f"{args.out}: {vevents} VEVENTs ({args.singles} singles, {args.series} series), {len(data)} bytes",
          file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Python reference of the import benchmark: parse a busy calendar, expand 2027, answer 400 candidates.

Usage: .venv/bin/python scripts/bench/expand_busy_python.py FILE.ics [--candidates 400] [--seed 0] [--runs 3]

Prints one JSON object:
  {"seconds": S, "occurrences": N, "busy": b, "tentative": t, "free": f,
   "parse_seconds": ..., "expand_seconds": ..., "derive_seconds": ...}
where S is the best of --runs wall times (time.perf_counter) of the whole job: read the file's bytes, parse
them with icalendar (Calendar.from_ical), expand with recurring-ical-events, derive the candidates' answers.
The phase times are those of the best run. The counts are the same on every run (checked).

The Swift side (`entraide-bench import`) must print the same counts. The definitions it must reproduce:

EXPANSION WINDOW
  recurring_ical_events.of(calendar).between(2027-01-01T00:00 Europe/Zurich, 2028-01-01T00:00 Europe/Zurich):
  every occurrence of every VEVENT that overlaps that window. RRULE with UNTIL, COUNT and BYDAY; EXDATE
  removes an occurrence (one EXDATE property may list several values); a VEVENT with RECURRENCE-ID replaces
  the occurrence of its series whose start equals that RECURRENCE-ID: that occurrence takes the override's
  own DTSTART, DTEND, STATUS and TRANSP, nothing from the series (an override without STATUS or TRANSP of
  a TENTATIVE or TRANSPARENT series is busy). `occurrences` counts everything that comes out, including transparent and
  cancelled ones. (make_busy_calendar.py puts every occurrence well inside the window, so the window edges
  never decide a count.)

OCCURRENCE TIMES (as UTC instants)
  - DATE-TIME with TZID=Europe/Zurich: local time in Europe/Zurich; with a trailing Z: UTC.
  - DATE (all-day): from 00:00 Europe/Zurich of DTSTART's date to 00:00 Europe/Zurich of DTEND's date
    (DTEND exclusive; without DTEND and DURATION, one day).
  - end = DTEND, or DTSTART + DURATION when the event gives DURATION.

CANDIDATES (no randomness beyond the seed; --seed S, default 0; --candidates C, default 400)
  candidate i, for i = 0 .. C-1:
    day(i)   = 2027-01-04 + ((i * 73 + S) mod 361) days       (always within 2027-01-04 .. 2027-12-30)
    start(i) = day(i) at 18:30 Europe/Zurich
    end(i)   = day(i) at 20:30 Europe/Zurich                  (120 minutes; no DST change at that hour)
  73 and 361 are coprime, so the first 361 candidates fall on 361 different days; from i = 361 on the days
  repeat (i and i - 361 share a day), and each repeated candidate is counted again.

ANSWER OF A CANDIDATE
  An occurrence overlaps a candidate when occ.start < cand.end and cand.start < occ.end (UTC instants;
  touching ends do not overlap). Occurrences with TRANSP:TRANSPARENT or STATUS:CANCELLED are ignored
  (TRANSP and STATUS compared case-insensitively; a missing TRANSP is OPAQUE). Among the overlapping
  occurrences that remain: any with a STATUS other than TENTATIVE (CONFIRMED or none) -> "busy";
  otherwise any with STATUS:TENTATIVE -> "tentative"; otherwise -> "free". Busy wins over tentative.
  busy + tentative + free = C.
"""

import argparse
import bisect
import datetime
import json
import pathlib
import sys
import time
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

ZURICH = ZoneInfo("Europe/Zurich")
WINDOW_START = datetime.datetime(2027, 1, 1, tzinfo=ZURICH)
WINDOW_END = datetime.datetime(2028, 1, 1, tzinfo=ZURICH)
FIRST_CANDIDATE_DAY = datetime.date(2027, 1, 4)
CANDIDATE_START = datetime.time(18, 30)
CANDIDATE_MINUTES = 120

BUSY, TENTATIVE = 2, 1


def candidates(count, seed):
    """[(start, end)] as POSIX seconds, in candidate order."""
    slots = []
    for i in range(count):
        day = FIRST_CANDIDATE_DAY + datetime.timedelta(days=(i * 73 + seed) % 361)
        start = datetime.datetime.combine(day, CANDIDATE_START, tzinfo=ZURICH)
        end = start + datetime.timedelta(minutes=CANDIDATE_MINUTES)  # wall clock, same day
        slots.append((int(start.timestamp()), int(end.timestamp())))
    return slots


def instant(value):
    """POSIX seconds of a DTSTART/DTEND value: a date is 00:00 Europe/Zurich of that day."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:  # floating: not in the benchmark file; read as Europe/Zurich
            value = value.replace(tzinfo=ZURICH)
        return int(value.timestamp())
    return int(datetime.datetime.combine(value, datetime.time(0), tzinfo=ZURICH).timestamp())


def weight(occurrence):
    """BUSY, TENTATIVE, or None for an occurrence that never makes anyone busy."""
    if str(occurrence.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return None
    status = str(occurrence.get("STATUS", "")).upper()
    if status == "CANCELLED":
        return None
    return TENTATIVE if status == "TENTATIVE" else BUSY


def derive(occurrences, slots):
    """(busy, tentative, free) over the candidate slots."""
    intervals = []
    for occurrence in occurrences:
        level = weight(occurrence)
        if level is None:
            continue
        start = occurrence.start
        end = occurrence.end  # icalendar: DTEND, DTSTART + DURATION, or one day for a bare DATE
        intervals.append((instant(start), instant(end), level))
    intervals.sort()
    starts = [interval[0] for interval in intervals]
    longest = max((end - start for start, end, _ in intervals), default=0)

    answers = [0, 0, 0]  # free, tentative, busy
    for cand_start, cand_end in slots:
        answer = 0
        k = bisect.bisect_left(starts, cand_end) - 1  # last occurrence that starts before cand_end
        lowest_start = cand_start - longest
        while k >= 0 and starts[k] > lowest_start:
            occ_start, occ_end, level = intervals[k]
            if occ_end > cand_start and level > answer:
                answer = level
                if answer == BUSY:
                    break
            k -= 1
        answers[answer] += 1
    return answers[BUSY], answers[TENTATIVE], answers[0]


def run(path, slots):
    t0 = time.perf_counter()
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    t1 = time.perf_counter()
    occurrences = recurring_ical_events.of(calendar).between(WINDOW_START, WINDOW_END)
    t2 = time.perf_counter()
    busy, tentative, free = derive(occurrences, slots)
    t3 = time.perf_counter()
    counts = {"occurrences": len(occurrences), "busy": busy, "tentative": tentative, "free": free}
    return t3 - t0, (t1 - t0, t2 - t1, t3 - t2), counts


def main():
    parser = argparse.ArgumentParser(description="Python reference of the import benchmark.")
    parser.add_argument("file", type=pathlib.Path)
    parser.add_argument("--candidates", type=int, default=400)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    slots = candidates(args.candidates, args.seed)
    best = None
    counts = None
    for _ in range(max(1, args.runs)):
        seconds, phases, run_counts = run(args.file, slots)
        if counts is not None and run_counts != counts:
            sys.exit(f"expand_busy_python: counts differ between runs: {counts} vs {run_counts}")
        counts = run_counts
        if best is None or seconds < best[0]:
            best = (seconds, phases)
    seconds, (parse, expand, derive_time) = best
    result = {"seconds": round(seconds, 4), **counts,
              "parse_seconds": round(parse, 4), "expand_seconds": round(expand, 4),
              "derive_seconds": round(derive_time, 4)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()

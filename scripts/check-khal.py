#!/usr/bin/env python3
"""Import every invitation of an output folder into khal, a calendar program we did not write.

Usage: .venv/bin/python scripts/check-khal.py DIR

DIR is the output of `entraide plan`, or one run folder of `entraide publish` or `entraide handover`. The
requests it holds (invites/<participant>/<session>.ics, participants/<id>/*.ics and facilitators/... with
METHOD:REQUEST, and the facilitators' calendars of a plan) are imported with one `khal import --batch` into a
fresh calendar; each invites/<participant>/all-sessions.ics (the file to import, METHOD:PUBLISH) is imported into
a fresh calendar of its own. Nothing of the user's is read or written (a temporary vdir and configuration).
khal must exit 0 and print nothing (no warning about a time zone, no event it could not read). Then `khal
list`, with khal's local time zone set to UTC so that it converts every time itself, must show exactly the
occurrences Python's `recurring-ical-events` expands from the files (every meeting of a hand-over's RRULE, its
EXDATEs left out), at the UTC instants the IANA zone gives through `zoneinfo`.

Prints one line per problem, then `khal: N occurrences of M events imported from K files` (or the failure).
Exit status: 0 when everything matched, 1 otherwise, 2 on a usage error or when khal is not installed.
"""

import datetime
import pathlib
import shutil
import subprocess
import sys
import tempfile
import zoneinfo

try:
    import icalendar
    import recurring_ical_events
except ImportError:
    print("check-khal: 'icalendar' or 'recurring-ical-events' is missing; run scripts/test once to create .venv",
          file=sys.stderr)
    sys.exit(2)

CONFIG = """[calendars]
[[entraide]]
path = {vdir}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = UTC
local_timezone = UTC
"""
FORMAT = "%Y-%m-%d %H:%M"
HORIZON = datetime.timedelta(days=400)


def utc(prop):
    """A DTSTART or DTEND value in UTC, through the IANA zone its TZID names (not the file's VTIMEZONE)."""
    value = prop.dt if hasattr(prop, "dt") else prop
    zone = zoneinfo.ZoneInfo(str(getattr(prop, "params", {}).get("TZID", "UTC")))
    wall = value.replace(tzinfo=None)
    return wall.replace(tzinfo=zone).astimezone(datetime.timezone.utc)


def expected_occurrences(paths):
    """{(uid, start, end)} in UTC: every occurrence of every event, expanded by recurring-ical-events."""
    occurrences = set()
    first, last = None, None
    for path in paths:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        for event in calendar.walk("VEVENT"):
            start = utc(event["DTSTART"])
            first = start if first is None or start < first else first
            last = start if last is None or start > last else last
    if first is None:
        return occurrences, None, None
    until = last + HORIZON
    for path in paths:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        zone = zoneinfo.ZoneInfo("UTC")
        for event in recurring_ical_events.of(calendar).between(first - datetime.timedelta(days=1), until):
            start = event["DTSTART"].dt.astimezone(zone)
            end = event["DTEND"].dt.astimezone(zone)
            occurrences.add((str(event["UID"]), start.strftime(FORMAT), end.strftime(FORMAT)))
    return occurrences, first.date(), until.date()


def khal_occurrences(khal, paths, first, last, problems, label):
    """Imports `paths` into a fresh calendar and lists every occurrence khal shows between `first` and `last`."""
    with tempfile.TemporaryDirectory() as work:
        vdir = pathlib.Path(work, "calendar")
        vdir.mkdir()
        config = pathlib.Path(work, "config")
        config.write_text(CONFIG.format(vdir=vdir))
        base = [khal, "-c", str(config)]
        imported = subprocess.run(
            base + ["import", "--batch", "-a", "entraide"] + [str(path) for path in paths],
            capture_output=True,
            text=True,
        )
        if imported.returncode != 0 or imported.stdout.strip() or imported.stderr.strip():
            problems.append(
                f"{label}: khal import exited {imported.returncode}: {(imported.stderr or imported.stdout).strip()}"
            )
        listed = subprocess.run(
            base + ["list", "--day-format", "", "--format", "{uid}\t{start}\t{end}", first.isoformat(),
                    (last + datetime.timedelta(days=1)).isoformat()],
            capture_output=True,
            text=True,
        )
        seen = set()
        for line in listed.stdout.splitlines():
            if line.strip():
                uid, start, end = line.split("\t")
                seen.add((uid, start, end))
        return seen


def compare(khal, paths, problems, label):
    """Problems where khal's occurrences differ from the expansion; the number of occurrences and events."""
    expected, first, last = expected_occurrences(paths)
    if first is None:
        return 0, 0
    seen = khal_occurrences(khal, paths, first, last, problems, label)
    for missing in sorted(expected - seen):
        problems.append(f"{label}: khal does not show {missing[0]} from {missing[1]} to {missing[2]} (UTC)")
    for extra in sorted(seen - expected):
        problems.append(f"{label}: khal shows {extra[0]} from {extra[1]} to {extra[2]} (UTC), which no file holds")
    return len(expected), len({uid for uid, _, _ in expected})


def method(path):
    return str(icalendar.Calendar.from_ical(path.read_bytes()).get("METHOD", ""))


def main(arguments):
    if len(arguments) != 1 or not pathlib.Path(arguments[0]).is_dir():
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    khal = shutil.which("khal", path=str(pathlib.Path(sys.executable).parent)) or shutil.which("khal")
    if khal is None:
        print("check-khal: khal is not installed; run scripts/test once to create .venv", file=sys.stderr)
        return 2
    folder = pathlib.Path(arguments[0])
    requests = [path for path in sorted(folder.glob("invites/*/*.ics")) if path.name != "all-sessions.ics"]
    requests += sorted(folder.glob("facilitators/*.ics"))
    requests += [
        path for path in sorted(folder.glob("participants/*/*.ics")) + sorted(folder.glob("facilitators/*/*.ics"))
        if method(path) == "REQUEST"
    ]
    importables = sorted(folder.glob("invites/*/all-sessions.ics"))
    if not requests:
        if list(folder.glob("participants/*/*.ics")):
            print("khal: nothing to import (the run holds cancellations only)")
            return 0
        print(f"{folder}: no invitation found")
        return 1
    problems = []
    occurrences, events = compare(khal, requests, problems, "requests")
    if importables:
        compare(khal, importables, problems, "all-sessions files")
    for problem in problems:
        print(f"{folder}: {problem}")
    if problems:
        print(f"khal: {len(problems)} problem(s) in {len(requests) + len(importables)} files")
        return 1
    print(
        f"khal: {occurrences} occurrences of {events} events imported from {len(requests)} files, "
        f"and {len(importables)} files to import"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Import every invitation of a plan output folder into khal, a calendar program we did not write.

Usage: .venv/bin/python scripts/check-khal.py DIR

Every invites/*.ics and facilitators/*.ics below DIR is imported with one `khal import --batch` into a fresh
calendar (a temporary vdir and configuration, nothing of the user's is read or written). khal must exit 0 and
print nothing (no warning about a time zone, no event it could not read). Then `khal list`, with khal's local
time zone set to UTC so that it converts every time itself, must show each UID at the UTC instants Python's
`zoneinfo` gives for the DTSTART and DTEND we wrote.

Prints one line per problem, then `khal: N events imported from M files` (or the failure). Exit status: 0 when
everything matched, 1 otherwise, 2 on a usage error or when khal is not installed.
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
except ImportError:
    print("check-khal: the 'icalendar' package is missing; run scripts/test once to create .venv", file=sys.stderr)
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


def expected_events(paths):
    """{uid: (start, end)} in UTC, from our files read with icalendar and the IANA zone through zoneinfo."""
    events = {}
    for path in paths:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        for event in calendar.walk("VEVENT"):
            times = []
            for name in ("DTSTART", "DTEND"):
                prop = event[name]
                wall = prop.dt.replace(tzinfo=None)
                zone = zoneinfo.ZoneInfo(str(prop.params.get("TZID", "UTC")))
                times.append(wall.replace(tzinfo=zone).astimezone(datetime.timezone.utc).strftime(FORMAT))
            events[str(event["UID"])] = tuple(times)
    return events


def main(arguments):
    if len(arguments) != 1 or not pathlib.Path(arguments[0]).is_dir():
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    khal = shutil.which("khal", path=str(pathlib.Path(sys.executable).parent)) or shutil.which("khal")
    if khal is None:
        print("check-khal: khal is not installed; run scripts/test once to create .venv", file=sys.stderr)
        return 2
    folder = pathlib.Path(arguments[0])
    paths = sorted(folder.glob("invites/*.ics")) + sorted(folder.glob("facilitators/*.ics"))
    if not paths:
        print(f"{folder}: no invitation found")
        return 1
    expected = expected_events(paths)
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
        problems = []
        if imported.returncode != 0 or imported.stdout.strip() or imported.stderr.strip():
            problems.append(f"khal import exited {imported.returncode}: {(imported.stderr or imported.stdout).strip()}")
        days = sorted(start[:10] for start, _ in expected.values())
        last = (datetime.date.fromisoformat(days[-1]) + datetime.timedelta(days=2)).isoformat()
        listed = subprocess.run(
            base + ["list", "--day-format", "", "--format", "{uid}\t{start}\t{end}", days[0], last],
            capture_output=True,
            text=True,
        )
        seen = {}
        for line in listed.stdout.splitlines():
            if line.strip():
                uid, start, end = line.split("\t")
                seen[uid] = (start, end)
        for uid, times in sorted(expected.items()):
            if seen.get(uid) != times:
                problems.append(f"UID '{uid}': khal shows {seen.get(uid)}, expected {times} (UTC)")
    for problem in problems:
        print(f"{folder}: {problem}")
    if problems:
        print(f"khal: {len(problems)} problem(s) in {len(paths)} files")
        return 1
    print(f"khal: {len(expected)} events imported from {len(paths)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Check the iCalendar files of a plan output folder, independently of Entraide's own code.

Usage: .venv/bin/python scripts/check-ics.py DIR

DIR is the output of `entraide plan` (calendar.ics, invites/<participant>/<session>.ics,
invites/<participant>/all-sessions.ics, facilitators/<facilitator>.ics) or one run folder of `entraide publish` or
`entraide handover` (calendar.ics, participants/<id>/<session or handover>.ics, facilitators/<id>/<session>.ics);
every *.ics below DIR is checked:

- the file parses with icalendar.Calendar.from_ical, without broken properties, and with Home Assistant's
  strict parser `ical` (value types, required properties, structure);
- CRLF line endings only, no physical line over 75 octets (RFC 5545 section 3.1);
- VERSION, PRODID and METHOD are present;
- every VEVENT has UID, DTSTAMP, DTSTART, DTEND, SUMMARY and SEQUENCE;
- every TZID parameter is defined by a VTIMEZONE of the same file; every VTIMEZONE has exactly one STANDARD
  and at most one DAYLIGHT observance (as Outlook reads it) and no X-LIC-LOCATION;
- every message to one person (invites/<p>/<session>.ics, participants/<id>/*.ics, facilitators/<id>/*.ics of a
  run): exactly one VEVENT (one session per request, as Outlook reads it), CLASS:PRIVATE, ORGANIZER and exactly
  one ATTENDEE; METHOD:REQUEST with PARTSTAT=NEEDS-ACTION, RSVP=TRUE, ROLE=REQ-PARTICIPANT (CHAIR for a
  facilitator) and a VALARM, or METHOD:CANCEL with STATUS:CANCELLED, RSVP=FALSE and no VALARM;
- invites/<p>/all-sessions.ics: METHOD:PUBLISH, no ATTENDEE, ORGANIZER, CLASS:PRIVATE, and exactly the UIDs of the
  requests beside it;
- calendar.ics: METHOD:PUBLISH and no ATTENDEE at all;
- across files: the same UID always has the same DTSTART (cancellations, which carry the date the person held,
  left out).

Prints one line per problem (`file: problem`), then `N passed, M failed` (files without and with problems).
Exit status: 0 when every file passed, 1 when one failed (or no .ics file was found), 2 on a usage error.
"""

import argparse
import collections
import datetime
import pathlib
import sys

try:
    import icalendar
    from ical.calendar_stream import IcsCalendarStream
    from ical.exceptions import CalendarParseError
except ImportError:
    print(
        "check-ics: the 'icalendar' or 'ical' package is missing; create the project's virtual environment with\n"
        "  python3 -m venv .venv && .venv/bin/pip install 'icalendar==7.3.0' 'ical==14.3.1'\n"
        "(scripts/test does it) and run .venv/bin/python scripts/check-ics.py DIR",
        file=sys.stderr,
    )
    sys.exit(2)

MAX_OCTETS = 75
EVENT_PROPERTIES = ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE")
CALENDAR_PROPERTIES = ("VERSION", "PRODID", "METHOD")
INVITE_PARAMETERS = {"PARTSTAT": "NEEDS-ACTION", "RSVP": "TRUE", "ROLE": "REQ-PARTICIPANT"}


def values(component, name):
    """The property `name` of `component` as a list (icalendar gives a list only when repeated)."""
    value = component.get(name)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def check_lines(data):
    """Problems with line endings and line lengths of the raw bytes (RFC 5545 section 3.1)."""
    problems = []
    bare_lf, bare_cr = [], []
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    elif data:
        problems.append("the last line does not end with CRLF")
    for number, line in enumerate(lines, start=1):
        if line.endswith(b"\r"):
            line = line[:-1]
        elif number < len(lines) or data.endswith(b"\n"):
            bare_lf.append(number)
        if b"\r" in line:
            bare_cr.append(number)
        if len(line) > MAX_OCTETS:
            problems.append(f"line {number}: {len(line)} octets, more than {MAX_OCTETS}")
    if bare_lf:
        problems.append(f"{len(bare_lf)} line(s) end with a bare LF, first line {bare_lf[0]} (CRLF required)")
    if bare_cr:
        problems.append(f"{len(bare_cr)} line(s) hold a bare CR, first line {bare_cr[0]}")
    return problems


def check_structure(calendar):
    """Problems any of our calendar files may have, whatever its role."""
    problems = []
    if calendar.name != "VCALENDAR":
        return [f"the root component is {calendar.name}, not VCALENDAR"]
    for name in CALENDAR_PROPERTIES:
        if name not in calendar:
            problems.append(f"VCALENDAR has no {name}")
    defined = {str(zone.get("TZID")) for zone in calendar.walk("VTIMEZONE") if "TZID" in zone}
    for component in calendar.walk():
        for name, error in getattr(component, "errors", []):
            problems.append(f"{component.name} {name}: {error}")
        for name in component.keys():
            for value in values(component, name):
                tzid = getattr(value, "params", {}).get("TZID")
                if tzid is not None and str(tzid) not in defined:
                    problems.append(f"{component.name} {name}: TZID '{tzid}' has no VTIMEZONE in this file")
    for event in calendar.walk("VEVENT"):
        uid = event.get("UID", "?")
        for name in EVENT_PROPERTIES:
            if name not in event:
                problems.append(f"VEVENT '{uid}' has no {name}")
    for zone in calendar.walk("VTIMEZONE"):
        kinds = collections.Counter(component.name for component in zone.subcomponents)
        if kinds["STANDARD"] != 1 or kinds["DAYLIGHT"] > 1:
            problems.append(
                f"VTIMEZONE '{zone.get('TZID')}' has {kinds['STANDARD']} STANDARD and {kinds['DAYLIGHT']} DAYLIGHT, "
                "expected exactly one STANDARD and at most one DAYLIGHT"
            )
        if "X-LIC-LOCATION" in zone:
            problems.append(f"VTIMEZONE '{zone.get('TZID')}' has libical's X-LIC-LOCATION")
    return problems


def check_strict(data):
    """Problems Home Assistant's strict parser `ical` finds (it validates every value and required property)."""
    try:
        IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    except (CalendarParseError, UnicodeDecodeError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        return [f"ical (strict) does not parse: {reason[:160]}"]
    return []


def check_message(calendar, chair):
    """Problems of a message to one person: one VEVENT, one ATTENDEE, as its METHOD requires."""
    problems = []
    method = str(calendar.get("METHOD", ""))
    if method not in ("REQUEST", "CANCEL"):
        problems.append(f"METHOD is '{method}', expected REQUEST or CANCEL")
    events = calendar.walk("VEVENT")
    if len(events) != 1:
        problems.append(f"{len(events)} VEVENT, expected exactly 1 (one session per message)")
    expected = dict(INVITE_PARAMETERS, ROLE="CHAIR" if chair else "REQ-PARTICIPANT")
    if method == "CANCEL":
        expected["RSVP"] = "FALSE"
        expected.pop("PARTSTAT")
    for event in events:
        uid = event.get("UID", "?")
        if "ORGANIZER" not in event:
            problems.append(f"VEVENT '{uid}' has no ORGANIZER")
        if str(event.get("CLASS", "")) != "PRIVATE":
            problems.append(f"VEVENT '{uid}' has CLASS '{event.get('CLASS')}', expected PRIVATE")
        attendees = values(event, "ATTENDEE")
        if len(attendees) != 1:
            problems.append(f"VEVENT '{uid}' has {len(attendees)} ATTENDEE, expected exactly 1")
        for attendee in attendees:
            for parameter, wanted in expected.items():
                actual = attendee.params.get(parameter)
                if actual is None or str(actual).upper() != wanted:
                    problems.append(f"VEVENT '{uid}' ATTENDEE has {parameter}={actual}, expected {wanted}")
        alarms = event.walk("VALARM")
        if method == "REQUEST" and not alarms:
            problems.append(f"VEVENT '{uid}' has no VALARM")
        if method == "CANCEL":
            if alarms:
                problems.append(f"VEVENT '{uid}' is cancelled but keeps a VALARM")
            if str(event.get("STATUS", "")) != "CANCELLED":
                problems.append(f"VEVENT '{uid}' is in a CANCEL without STATUS:CANCELLED")
    return problems


def check_importable(calendar, path):
    """Problems of invites/<p>/all-sessions.ics: a PUBLISH of exactly the sessions requested beside it."""
    problems = []
    method = str(calendar.get("METHOD", ""))
    if method != "PUBLISH":
        problems.append(f"METHOD is '{method}', expected PUBLISH")
    uids = set()
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", "?"))
        uids.add(uid)
        if "ATTENDEE" in event:
            problems.append(f"VEVENT '{uid}' has an ATTENDEE (a PUBLISH names nobody)")
        if "ORGANIZER" not in event:
            problems.append(f"VEVENT '{uid}' has no ORGANIZER")
        if str(event.get("CLASS", "")) != "PRIVATE":
            problems.append(f"VEVENT '{uid}' has CLASS '{event.get('CLASS')}', expected PRIVATE")
    beside = set()
    for other in path.parent.glob("*.ics"):
        if other != path:
            for event in icalendar.Calendar.from_ical(other.read_bytes()).walk("VEVENT"):
                beside.add(str(event.get("UID", "?")))
    if uids != beside:
        problems.append(f"holds UIDs {sorted(uids)}, but the requests beside it {sorted(beside)}")
    return problems


def role(path, folder):
    """What a file is, from where it lies: published, importable, participant message, chair message, other."""
    parts = path.relative_to(folder).parts
    if parts[-1] == "calendar.ics" and len(parts) == 1:
        return "published"
    if parts[0] == "invites" and len(parts) == 3:
        return "importable" if parts[2] == "all-sessions.ics" else "participant"
    if parts[0] == "participants" and len(parts) == 3:
        return "participant"
    if parts[0] == "facilitators" and len(parts) == 3:
        return "chair"
    return "other"


def check_published(calendar):
    """Problems of the published calendar (calendar.ics): it must name nobody."""
    problems = []
    method = str(calendar.get("METHOD", ""))
    if method != "PUBLISH":
        problems.append(f"METHOD is '{method}', expected PUBLISH")
    for component in calendar.walk():
        if "ATTENDEE" in component:
            problems.append(f"{component.name} '{component.get('UID', '?')}' has an ATTENDEE")
    return problems


def start_key(event):
    """DTSTART as a comparable value: an instant in UTC, or a floating time with its TZID."""
    try:
        prop = event["DTSTART"]
        value = prop.dt
    except Exception:  # noqa: BLE001 - a broken DTSTART is reported by check_structure
        return None
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.astimezone(datetime.timezone.utc).isoformat()
    return f"{value.isoformat()} TZID={prop.params.get('TZID', '')}"


def check_file(path, folder):
    """Problems of one file, and its events' starts by UID (none for a cancellation)."""
    data = path.read_bytes()
    problems = check_lines(data)
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # noqa: BLE001 - any parser failure is a problem of the file
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        return problems + [f"does not parse: {reason[:120]}"], {}
    problems += check_structure(calendar)
    problems += check_strict(data)
    kind = role(path, folder)
    if kind in ("participant", "chair"):
        problems += check_message(calendar, chair=kind == "chair")
    elif kind == "importable":
        problems += check_importable(calendar, path)
    elif kind == "published":
        problems += check_published(calendar)
    starts = {}
    if str(calendar.get("METHOD", "")) == "CANCEL":
        return problems, starts
    for event in calendar.walk("VEVENT"):
        if "UID" in event and "RECURRENCE-ID" not in event:
            starts.setdefault(str(event["UID"]), start_key(event))
    return problems, starts


def check_uids(starts_by_file):
    """Problems where the same UID has different DTSTARTs in different files."""
    problems = collections.defaultdict(list)
    by_uid = collections.defaultdict(list)
    for path, starts in starts_by_file.items():
        for uid, start in starts.items():
            by_uid[uid].append((path, start))
    for uid, occurrences in by_uid.items():
        counts = collections.Counter(start for _, start in occurrences)
        if len(counts) < 2:
            continue
        reference = counts.most_common(1)[0][0]
        for path, start in occurrences:
            if start != reference:
                problems[path].append(f"UID '{uid}' starts at {start}, but at {reference} in other files")
    return problems


def main():
    parser = argparse.ArgumentParser(description="Check the .ics files of a plan output folder.")
    parser.add_argument("folder", type=pathlib.Path, help="a plan output folder, or one publication or hand-over run")
    arguments = parser.parse_args()
    if not arguments.folder.is_dir():
        parser.error(f"'{arguments.folder}' is not a folder")
    paths = sorted(arguments.folder.rglob("*.ics"))
    problems, starts_by_file = {}, {}
    for path in paths:
        problems[path], starts_by_file[path] = check_file(path, arguments.folder)
    for path, more in check_uids(starts_by_file).items():
        problems[path] += more
    for path in paths:
        for problem in problems[path]:
            print(f"{path}: {problem}")
    if not paths:
        print(f"{arguments.folder}: no .ics file found")
    failed = sum(1 for path in paths if problems[path])
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main())

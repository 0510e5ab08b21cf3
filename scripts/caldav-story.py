#!/usr/bin/env python3
"""Play the publication story against a real CalDAV server (Radicale), independently of Entraide's code.

Usage: .venv/bin/python scripts/caldav-story.py ENTRAIDE_BINARY

Starts Radicale (the project venv's, pinned in scripts/lib/setup.sh) on 127.0.0.1 with a free port, no
authentication (each participant logs in under their id, any password) and filesystem storage in a
temporary folder, creates one calendar per participant (/p01/calendar/, ...) and one for the staff
(/staff/calendar/), then plays, with the real binary and a fresh workspace built from a copy of
Resources/Examples/parents-ados-nyon:

1. publish                          -> REQUEST SEQUENCE 0 of every session to everyone invited;
2. a closure on founding 2's date   -> founding 2 moves: REQUEST SEQUENCE 1, new DTSTART, to everyone invited;
3. the review's window removed      -> CANCEL of the review (STATUS:CANCELLED, SEQUENCE + 1) to everyone;
4. p03 withdraws                    -> CANCEL of p03's remaining sessions to p03 only;
5. handover, a rhythm               -> REQUEST SEQUENCE 0 of the recurring meeting (RRULE) to every member;
6. handover, another rhythm         -> the same UID, SEQUENCE 1, a new DTSTART and RRULE, to every member;
7. handover --cancel                -> CANCEL (STATUS:CANCELLED, SEQUENCE 2) of the series to every member;
8. an intake interview (`entraide intake invite`, then `intake book`) -> REQUEST SEQUENCE 0 to the initiator
   and to the staff member (marc);
9. `intake move`                     -> REQUEST SEQUENCE 1 at the new time to both;
10. `intake cancel`                  -> CANCEL (STATUS:CANCELLED, SEQUENCE 2) to both.

After each publish every file written is checked with Python icalendar (parses, CRLF only, lines of at
most 75 octets, required properties, TZIDs defined, one VEVENT and one ATTENDEE per message, METHOD as
printed, CANCEL has STATUS:CANCELLED, UID `<session>.<group>@<domain>`, SEQUENCE as expected), then each
message is stored the way a client stores what it receives: METHOD removed (CalDAV forbids it in a stored
object, RFC 4791 section 4.1) and PUT to /<participant>/calendar/<name derived from the UID>.ics, so an
update or a cancellation replaces the copy. The staff calendar.ics is split into one resource per UID in
/staff/calendar/ (a UID that disappeared from it is deleted). Then the server is read back (REPORT
calendar-query, parsed with icalendar): one event per UID per participant, the state each message implies,
and every copy not concerned by the step untouched (same ETag).

The intake's invitations wait in the workspace's recruitment messages' queue (`recruitment_message`, read
with sqlite3 read-only: the `.ics` bytes as they will be sent); each step's new messages are checked like the
publications' (icalendar, CRLF, line lengths, one VEVENT and one ATTENDEE, UID `intake.<id>@<domain>`, the
SEQUENCE and METHOD the step implies, the staff member's copy never naming the initiator), PUT without METHOD to
/initiator/calendar/ and /marc/calendar/, and read back: the event stored, updated, then cancelled in place, and
marc's other events untouched.

Prints one line per step and a summary; on the first failure prints what failed (and Radicale's log) and
exits 1. Exit status 2 on a usage error. The server is always stopped.
"""

import base64
import http.client
import pathlib
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import xml.etree.ElementTree as ET
import os

# The story reads the commands' report lines, which are English: speak English whatever the
# machine's locale (a workspace command otherwise speaks the centre's language under C.UTF-8).
os.environ["LANG"] = "en_US.UTF-8"
for _variable in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)

try:
    import icalendar
    import radicale
except ImportError as error:
    print(
        f"caldav-story: {error.name} is missing; run scripts/test (or source scripts/lib/setup.sh and "
        "entraide_venv) to create the project's virtual environment, then use .venv/bin/python",
        file=sys.stderr,
    )
    sys.exit(2)

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "Resources" / "Examples" / "parents-ados-nyon"
GROUP = "parents-ados-nyon"
DOMAIN = "entraide-vd.example"
STAFF = "staff"
MAX_OCTETS = 75
EVENT_PROPERTIES = ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE", "ORGANIZER")
NS = {"D": "DAV:", "C": "urn:ietf:params:xml:ns:caldav"}
LINE = re.compile(
    r"^\s+(?:participants|facilitators)/(?P<who>[^/\s]+)/(?P<session>[^/\s]+)\.ics: "
    r"(?P<method>REQUEST|CANCEL) SEQUENCE (?P<seq>\d+)"
)


class StoryFailure(Exception):
    pass


def fail(message):
    raise StoryFailure(message)


def values(component, name):
    value = component.get(name)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def uid_of(session):
    return f"{session}.{GROUP}@{DOMAIN}"


def resource_name(uid):
    """The CalDAV resource name of a UID: the same UID always lands on the same resource."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", uid) + ".ics"


# --- Radicale -------------------------------------------------------------------------------------


class Radicale:
    def __init__(self, work):
        self.folder = work / "radicale"
        self.log_path = work / "radicale.log"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", "",
             "--server-hosts", f"127.0.0.1:{self.port}", "--auth-type", "none",
             "--rights-type", "owner_only", "--storage-filesystem-folder", str(self.folder),
             "--logging-level", "warning"],
            stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 20
        while True:
            if self.process.poll() is not None:
                fail(f"Radicale exited with status {self.process.returncode} before answering")
            try:
                status, _, _ = self.request("OPTIONS", "/", user=None)
                if status < 500:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                fail("Radicale did not answer within 20 s")
            time.sleep(0.1)

    def request(self, method, path, body=None, headers=None, user=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        all_headers = dict(headers or {})
        if user is not None:
            token = base64.b64encode(f"{user}:x".encode()).decode()
            all_headers["Authorization"] = f"Basic {token}"
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def log_tail(self, lines=20):
        try:
            text = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return ""
        boilerplate = ("Logging level", "Logging of backtrace", "No user authentication", "Storage location")
        text = [line for line in text if not any(words in line for words in boilerplate)]
        return "\n".join(text[-lines:])


def make_calendar(server, user):
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>'
        f"<D:displayname>{user}</D:displayname>"
        '<C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set>'
        "</D:prop></D:set></C:mkcalendar>"
    )
    path = f"/{user}/calendar/"
    status, _, answer = server.request("MKCALENDAR", path, body.encode(),
                                       {"Content-Type": "application/xml; charset=utf-8"}, user=user)
    if status != 201:
        fail(f"MKCALENDAR {path}: HTTP {status} {answer[:300]!r}")


def put(server, user, uid, data):
    path = f"/{user}/calendar/{resource_name(uid)}"
    status, _, answer = server.request("PUT", path, data, {"Content-Type": "text/calendar; charset=utf-8"},
                                       user=user)
    if not 200 <= status < 300:
        fail(f"Radicale rejected PUT {path} (UID {uid}): HTTP {status} {answer.decode(errors='replace')[:300]}")


def delete(server, user, href):
    status, _, answer = server.request("DELETE", href, user=user)
    if not 200 <= status < 300:
        fail(f"DELETE {href}: HTTP {status} {answer[:300]!r}")


def read_calendar(server, user):
    """{href: (etag, icalendar.Calendar)} of /<user>/calendar/, read with REPORT calendar-query."""
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
        "<D:prop><D:getetag/><C:calendar-data/></D:prop>"
        '<C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter>'
        "</C:calendar-query>"
    )
    path = f"/{user}/calendar/"
    status, _, answer = server.request("REPORT", path, body.encode(),
                                       {"Content-Type": "application/xml; charset=utf-8", "Depth": "1"},
                                       user=user)
    if status != 207:
        fail(f"REPORT {path}: HTTP {status} {answer[:300]!r}")
    resources = {}
    for response in ET.fromstring(answer).findall("D:response", NS):
        href = urllib.parse.unquote(response.findtext("D:href", namespaces=NS))
        etag = response.findtext(".//D:getetag", namespaces=NS)
        data = response.findtext(".//C:calendar-data", namespaces=NS)
        if data is None:
            fail(f"REPORT {path}: no calendar-data for {href}")
        try:
            resources[href] = (etag, icalendar.Calendar.from_ical(data))
        except ValueError as error:
            fail(f"{href} as stored by Radicale does not parse: {error}")
    return resources


def server_state(server, user):
    """{uid: (href, etag, sequence, dtstart, status)}, checking one event per UID and per resource."""
    state = {}
    for href, (etag, calendar) in read_calendar(server, user).items():
        if values(calendar, "METHOD"):
            fail(f"{href}: the stored object has a METHOD")
        events = calendar.walk("VEVENT")
        if len(events) != 1:
            fail(f"{href}: {len(events)} VEVENT(s) stored, expected 1")
        event = events[0]
        uid = str(event.get("UID"))
        if uid in state:
            fail(f"/{user}/calendar/ holds UID {uid} twice: {state[uid][0]} and {href}")
        if not href.endswith("/" + resource_name(uid)):
            fail(f"{href} holds UID {uid}, expected resource {resource_name(uid)}")
        state[uid] = (href, etag, int(event.get("SEQUENCE", 0)), event.decoded("DTSTART"),
                      str(event.get("STATUS", "")))
    return state


# --- the files Entraide writes --------------------------------------------------------------------


def check_lines(label, data):
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        fail(f"{label}: line ends other than CRLF")
    for number, line in enumerate(data.split(b"\r\n"), 1):
        if len(line) > MAX_OCTETS:
            fail(f"{label}: line {number} has {len(line)} octets (RFC 5545: at most {MAX_OCTETS})")


def parse(label, data):
    check_lines(label, data)
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as error:
        fail(f"{label}: does not parse: {error}")
    for component in calendar.walk():
        for error in getattr(component, "errors", []):
            fail(f"{label}: {component.name}: {error}")
    for name in ("VERSION", "PRODID", "METHOD"):
        if not values(calendar, name):
            fail(f"{label}: no {name}")
    zones = {str(zone.get("TZID")) for zone in calendar.walk("VTIMEZONE")}
    for event in calendar.walk("VEVENT"):
        for name in EVENT_PROPERTIES:
            if event.get(name) is None:
                fail(f"{label}: a VEVENT has no {name}")
        for name in ("DTSTART", "DTEND"):
            tzid = event[name].params.get("TZID")
            if tzid and tzid not in zones:
                fail(f"{label}: {name} uses TZID {tzid}, not defined in a VTIMEZONE of the file")
    return calendar


def without_method(calendar):
    """The calendar as a CalDAV object: METHOD removed by icalendar, re-serialised (no hand editing)."""
    stored = icalendar.Calendar.from_ical(calendar.to_ical())
    del stored["METHOD"]
    return stored.to_ical()


def publish(binary, workspace, out, now, move=None):
    command = [str(binary), "publish", GROUP, "--out", str(out), "--workspace", str(workspace), "--now", now]
    if move:
        command += ["--move", move]
    return run(command)


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"{' '.join(command)} exited with {result.returncode}:\n{result.stdout}{result.stderr}")
    return result.stdout


def read_messages(out, printed, model, attendees):
    """Check every message under `out` against what publish printed and the model of what each
    participant holds; return {(who, session): (method, sequence, calendar)}."""
    listed = {}
    for line in printed.splitlines():
        match = LINE.match(line)
        if match:
            listed[(match["who"], match["session"])] = (match["method"], int(match["seq"]))
    # Each publication writes one numbered folder (0001-2026-11-25/) holding participants/<id>/ and
    # facilitators/<id>/; participant and facilitator ids do not meet in the example.
    files = {(path.parent.name, path.stem): path for path in out.glob("*/*/*.ics")}
    if set(files) != set(listed):
        fail(f"publish printed {sorted(listed)} but wrote {sorted(files)}")
    messages = {}
    for (who, session), path in sorted(files.items()):
        label = f"{path.parent.parent.name}/{who}/{session}.ics"
        calendar = parse(label, path.read_bytes())
        method, sequence = listed[(who, session)]
        if str(calendar.get("METHOD")) != method:
            fail(f"{label}: METHOD:{calendar.get('METHOD')}, publish printed {method}")
        events = calendar.walk("VEVENT")
        if len(events) != 1:
            fail(f"{label}: {len(events)} VEVENTs, expected exactly 1")
        event = events[0]
        if str(event["UID"]) != uid_of(session):
            fail(f"{label}: UID {event['UID']}, expected {uid_of(session)}")
        if int(event["SEQUENCE"]) != sequence:
            fail(f"{label}: SEQUENCE {event['SEQUENCE']}, publish printed {sequence}")
        previous = model.get(who, {}).get(uid_of(session))
        if previous is not None:
            expected = {previous[0] + 1}  # an update or a cancellation of the copy this participant holds
        else:
            # A new recipient gets the session's current SEQUENCE (+ 1 if it moves in this publication).
            held = [copies[uid_of(session)][0] for copies in model.values() if uid_of(session) in copies]
            expected = {max(held), max(held) + 1} if held else {0}
        if sequence not in expected:
            fail(f"{label}: SEQUENCE {sequence}, expected {sorted(expected)} (copy held: {previous})")
        status = str(event.get("STATUS", ""))
        if method == "CANCEL" and status != "CANCELLED":
            fail(f"{label}: METHOD:CANCEL without STATUS:CANCELLED (STATUS:{status})")
        if method == "REQUEST" and status == "CANCELLED":
            fail(f"{label}: METHOD:REQUEST with STATUS:CANCELLED")
        attendee = values(event, "ATTENDEE")
        if len(attendee) != 1:
            fail(f"{label}: {len(attendee)} ATTENDEEs, expected exactly 1")
        address = str(attendee[0]).lower()
        known = attendees.setdefault(who, address)
        if address != known:
            fail(f"{label}: ATTENDEE {address}, earlier messages to {who} named {known}")
        if any(other != who and seen == address for other, seen in attendees.items()):
            fail(f"{label}: ATTENDEE {address} is another participant's")
        messages[(who, session)] = (method, sequence, calendar)
    return messages


def check_staff_file(out, label):
    path = out / "calendar.ics"
    if not path.exists():
        return None
    calendar = parse(f"{label}/calendar.ics", path.read_bytes())
    if str(calendar.get("METHOD")) != "PUBLISH":
        fail(f"{label}/calendar.ics: METHOD:{calendar.get('METHOD')}, expected PUBLISH")
    uids = [str(event["UID"]) for event in calendar.walk("VEVENT")]
    if len(uids) != len(set(uids)):
        fail(f"{label}/calendar.ics: a UID appears twice")
    for event in calendar.walk("VEVENT"):
        if values(event, "ATTENDEE"):
            fail(f"{label}/calendar.ics: names an ATTENDEE")
        if not re.fullmatch(rf"[a-z0-9-]+\.{re.escape(GROUP)}@{re.escape(DOMAIN)}", str(event["UID"])):
            fail(f"{label}/calendar.ics: unexpected UID {event['UID']}")
    return calendar


def sync_staff(server, calendar):
    """Mirror calendar.ics (one resource per UID) into /staff/calendar/: PUT every event, DELETE the rest."""
    timezones = calendar.walk("VTIMEZONE")
    wanted = set()
    for event in calendar.walk("VEVENT"):
        single = icalendar.Calendar()
        for name, value in calendar.property_items(recursive=False):
            if name not in ("BEGIN", "END", "METHOD"):
                single.add(name, value, encode=False)
        for zone in timezones:
            single.add_component(zone)
        single.add_component(event)
        uid = str(event["UID"])
        wanted.add(uid)
        put(server, STAFF, uid, single.to_ical())
    for uid, (href, *_rest) in server_state(server, STAFF).items():
        if uid not in wanted:
            delete(server, STAFF, href)
    state = server_state(server, STAFF)
    if set(state) != wanted:
        fail(f"/staff/calendar/ holds {sorted(state)}, calendar.ics has {sorted(wanted)}")
    for event in calendar.walk("VEVENT"):
        _, _, sequence, dtstart, status = state[str(event["UID"])]
        if (sequence, dtstart, status) != (int(event["SEQUENCE"]), event.decoded("DTSTART"),
                                           str(event.get("STATUS", ""))):
            fail(f"/staff/calendar/: {event['UID']} stored as {(sequence, dtstart, status)}")
    return state


# --- the story ------------------------------------------------------------------------------------


class Story:
    def __init__(self, binary, work, server):
        self.binary, self.work, self.server = binary, work, server
        self.scenario = work / "scenario"
        shutil.copytree(EXAMPLE, self.scenario)
        self.workspace = work / "workspace"
        run([str(binary), "init", str(self.workspace)])
        self.model = {}  # who -> uid -> (sequence, dtstart, status), what each participant should hold
        self.attendees = {}
        self.calendars = set()
        self.steps = 0
        self.puts = 0
        self.staff = None

    def edit(self, name, old, new):
        path = self.scenario / name
        text = path.read_text(encoding="utf-8")
        if text.count(old) != 1:
            fail(f"cannot edit {name}: {old!r} found {text.count(old)} times in the example")
        path.write_text(text.replace(old, new), encoding="utf-8")

    def step(self, title, now, move=None, handover=None):
        """Import, publish (or, with `handover`, hand over with those arguments) into a fresh folder, check and
        PUT every message; return the messages and the server state of every participant before the step."""
        self.steps += 1
        before = {who: server_state(self.server, who) for who in sorted(self.calendars)}
        out = self.work / f"publish{self.steps}"
        if handover is None:
            run([str(self.binary), "import", str(self.scenario / "scenario.yaml"), "--workspace",
                 str(self.workspace)])
            printed = publish(self.binary, self.workspace, out, now, move)
        else:
            printed = run([str(self.binary), "handover", GROUP, "--out", str(out), "--workspace",
                           str(self.workspace), "--now", now] + handover)
        runs = sorted(path for path in out.iterdir() if path.is_dir())
        if len(runs) != 1:
            fail(f"step {self.steps} ({title}): publish wrote {len(runs)} publication folders in {out.name}")
        messages = read_messages(runs[0], printed, self.model, self.attendees)
        staff = check_staff_file(runs[0], runs[0].name)
        if not messages:
            fail(f"step {self.steps} ({title}): publish wrote no message")
        for (who, session), (method, sequence, calendar) in sorted(messages.items()):
            if who not in self.calendars:
                make_calendar(self.server, who)
                self.calendars.add(who)
            event = calendar.walk("VEVENT")[0]
            self.model.setdefault(who, {})[uid_of(session)] = (
                sequence, event.decoded("DTSTART"), str(event.get("STATUS", "")))
            put(self.server, who, uid_of(session), without_method(calendar))
            self.puts += 1
        if staff is not None and handover is None:
            if self.staff is None:
                make_calendar(self.server, STAFF)
            self.staff = sync_staff(self.server, staff)
        after = {who: server_state(self.server, who) for who in sorted(self.calendars)}
        for who in sorted(self.calendars):
            held = {uid: value[2:] for uid, value in after[who].items()}
            if held != self.model[who]:
                fail(f"/{who}/calendar/ holds {held}, the messages imply {self.model[who]}")
            for uid, value in before.get(who, {}).items():
                touched = any(w == who and uid_of(s) == uid for w, s in messages)
                if not touched and after[who][uid][1] != value[1]:
                    fail(f"/{who}/calendar/{resource_name(uid)} changed (ETag) though no message concerned it")
        counts = {}
        for method, _, _ in messages.values():
            counts[method] = counts.get(method, 0) + 1
        summary = ", ".join(f"{n} {m}" for m, n in sorted(counts.items()))
        print(f"  {self.steps}. {title}: {summary} -> {len(messages)} PUT(s) accepted, server state as expected",
              flush=True)
        return messages, before, after


def play(binary, work, server):
    story = Story(binary, work, server)

    # 1. First publication: every session to everyone invited, SEQUENCE 0.
    messages, _, after = story.step("first publication", "2026-11-25T09:00:00Z")
    if any(method != "REQUEST" or sequence != 0 for method, sequence, _ in messages.values()):
        fail("first publication: every message should be REQUEST SEQUENCE 0")
    f2 = uid_of("founding2")
    invited_f2 = sorted(who for who in after if f2 in after[who])
    if not invited_f2:
        fail("first publication: nobody was invited to founding2")
    old_start = after[invited_f2[0]][f2][3]
    if any(after[who][f2][3] != old_start for who in invited_f2):
        fail("first publication: founding2 does not have the same DTSTART for everyone")

    # 2. A closure on founding 2's date: it moves, SEQUENCE 1, to everyone invited.
    story.edit("scenario.yaml", "closures:\n",
               f"closures:\n  - {{date: {old_start.date().isoformat()}, reason: Salle indisponible}}\n")
    messages, before, after = story.step(f"closure on {old_start.date()}: founding2 moves",
                                         "2026-12-02T09:00:00Z")
    if {session for _, session in messages} != {"founding2"}:
        fail(f"move: messages about {sorted({s for _, s in messages})}, expected founding2 only")
    # Everyone invited hears of the move; a facilitator taking over at the new time is invited too.
    newcomers = sorted(who for who, _ in messages if who not in invited_f2)
    if not set(invited_f2) <= {who for who, _ in messages}:
        fail(f"move: messages to {sorted(who for who, _ in messages)}, expected everyone invited {invited_f2}")
    if any(messages[(who, "founding2")][0] != "REQUEST" for who in newcomers):
        fail(f"move: {newcomers} were not invited to founding2 before and must receive a REQUEST")
    # Whoever can come to the new date holds it (REQUEST); whoever cannot holds a cancelled copy (CANCEL):
    # both at SEQUENCE 1.
    moved = sorted(who for (who, _), (method, _, _) in messages.items() if method == "REQUEST")
    dropped = sorted(who for (who, _), (method, _, _) in messages.items() if method == "CANCEL")
    if not moved:
        fail("move: nobody holds founding2 at its new time")
    for who in invited_f2:
        _, _, sequence, start, status = after[who][f2]
        if who in moved and ((sequence, status) != (1, "CONFIRMED") or start == old_start):
            fail(f"move: /{who}/calendar/ founding2 is SEQUENCE {sequence} {status} at {start}, "
                 f"expected SEQUENCE 1 CONFIRMED away from {old_start}")
        if who in dropped and (sequence, status) != (1, "CANCELLED"):
            fail(f"move: /{who}/calendar/ founding2 is SEQUENCE {sequence} {status}, expected 1 CANCELLED")
    new_starts = {after[who][f2][3] for who in moved}
    if len(new_starts) != 1:
        fail(f"move: founding2 at different times for different participants: {new_starts}")
    new_start = new_starts.pop()

    # 3. The review's window removed: CANCEL of the review to everyone, SEQUENCE + 1.
    review_block = re.search(r"(?m)^  review:.*\n(?:    .*\n)+", (story.scenario / "scenario.yaml").read_text())
    if not review_block:
        fail("cannot find the review window in the example")
    story.edit("scenario.yaml", review_block.group(0), "")
    review = uid_of("review")
    invited_review = sorted(who for who in after if review in after[who])
    messages, before, after = story.step("review window removed: review cancelled", "2026-12-09T09:00:00Z")
    if sorted(messages) != [(who, "review") for who in invited_review]:
        fail(f"cancel review: messages {sorted(messages)}, expected review to {invited_review}")
    for who in invited_review:
        _, _, sequence, _, status = after[who][review]
        if status != "CANCELLED" or sequence != before[who][review][2] + 1:
            fail(f"cancel review: /{who}/calendar/ review is SEQUENCE {sequence} {status}, expected "
                 f"SEQUENCE {before[who][review][2] + 1} CANCELLED")

    # 4. p03 withdraws: CANCEL of her remaining sessions to her only; everyone else untouched.
    story.edit("scenario.yaml", re.search(r"(?m)^  - id: p03\n(?:    .*\n)+",
                                          (story.scenario / "scenario.yaml").read_text()).group(0), "")
    story.edit("scenario.yaml", 'voters: {"Claire (animation)": ignore, "JM Rochat": p04}',
               'voters: {"Claire (animation)": ignore, "JM Rochat": p04, "Sandrine DUFAUX": ignore}')
    grid = (story.scenario / "reponses-telephone.csv").read_text(encoding="utf-8")
    p03_line = re.search(r"(?m)^p03;.*\n", grid)
    if not p03_line:
        fail("cannot find p03's line in reponses-telephone.csv")
    story.edit("reponses-telephone.csv", p03_line.group(0), "")
    if "p03" not in story.calendars:
        fail("p03 was never invited: the withdrawal proves nothing")
    messages, before, after = story.step("p03 withdraws", "2026-12-16T09:00:00Z")
    if {who for who, _ in messages} != {"p03"}:
        fail(f"withdrawal: messages to {sorted({w for w, _ in messages})}, expected p03 only")
    live = sorted(uid for uid, value in before["p03"].items() if value[4] != "CANCELLED")
    if sorted(uid_of(session) for _, session in messages) != live:
        fail(f"withdrawal: p03 got {sorted(messages)}, expected a CANCEL for each of {live}")
    for uid, (_, _, sequence, _, status) in after["p03"].items():
        if status != "CANCELLED":
            fail(f"withdrawal: /p03/calendar/ {uid} is still {status}")
    for who in story.calendars - {"p03"}:
        if {uid: v[1:] for uid, v in after[who].items()} != {uid: v[1:] for uid, v in before[who].items()}:
            fail(f"withdrawal: /{who}/calendar/ changed")

    # 5.-7. The hand-over: one recurring event per member, then another rhythm, then its end.
    series = uid_of("handover")
    messages, _, after = story.step(
        "handover every 2 weeks", "2026-12-17T09:00:00Z",
        handover=["--rhythm", "every 2 weeks tuesday 19:00 2h until 2027-12-21"])
    members = sorted(who for who, _ in messages)
    if not members or any((method, sequence) != ("REQUEST", 0) for method, sequence, _ in messages.values()):
        fail(f"handover: expected REQUEST SEQUENCE 0 to every member, got {sorted(messages.items())[:3]}")
    for who in members:
        rule = messages[(who, "handover")][2].walk("VEVENT")[0].get("RRULE")
        if rule is None or rule.get("FREQ") != ["WEEKLY"] or rule.get("INTERVAL") != [2]:
            fail(f"handover: /{who}/ got no fortnightly RRULE ({rule})")
    first_start = after[members[0]][series][3]
    messages, _, after = story.step(
        "handover every 3 weeks", "2026-12-18T09:00:00Z",
        handover=["--rhythm", "every 3 weeks thursday 18:30 90min until 2027-12-21"])
    if sorted(who for who, _ in messages) != members:
        fail(f"another rhythm: messages to {sorted(w for w, _ in messages)}, expected {members}")
    for who in members:
        _, _, sequence, start, status = after[who][series]
        rule = messages[(who, "handover")][2].walk("VEVENT")[0].get("RRULE")
        if (sequence, status) != (1, "CONFIRMED") or start == first_start or rule.get("INTERVAL") != [3]:
            fail(f"another rhythm: /{who}/ holds SEQUENCE {sequence} {status} at {start}, RRULE {rule}")
    second_start = after[members[0]][series][3]
    messages, _, after = story.step("handover --cancel", "2026-12-19T09:00:00Z", handover=["--cancel"])
    for who in members:
        _, _, sequence, _, status = after[who][series]
        if (sequence, status) != (2, "CANCELLED"):
            fail(f"cancel: /{who}/ holds the series at SEQUENCE {sequence} {status}, expected 2 CANCELLED")

    staff = story.staff or {}
    print(f"caldav-story: hand-over to {len(members)} members, {first_start:%Y-%m-%d %H:%M} -> "
          f"{second_start:%Y-%m-%d %H:%M} (SEQUENCE 1), then cancelled (SEQUENCE 2), one series per member")
    print(f"caldav-story: 4 publications, {story.puts} messages PUT to {len(story.calendars)} participant "
          f"calendars and {len(staff)} staff event(s), every one accepted by Radicale and checked with "
          f"icalendar; founding2 moved {old_start:%Y-%m-%d %H:%M} -> {new_start:%Y-%m-%d %H:%M} (SEQUENCE 1) "
          f"for {len(moved)} (cancelled for {', '.join(dropped) or 'nobody'}, who cannot come), review cancelled for {len(invited_review)}, p03's {len(live)} copies "
          "cancelled, the others untouched")
    play_intake(story)


# --- the intake interview ------------------------------------------------------------------------

INTAKE = "i1"
INTAKE_STAFF = "marc"
INTAKE_HOURS = ["--staff", INTAKE_STAFF, "--hours", "wednesday 09:00-12:00"]
INITIATOR = ("Initiatrice Essai", "initiatrice.essai@example.org")


def queued(workspace, after):
    """The recruitment messages queued after id `after`: [(id, kind, recipient kind, recipient id, sequence, body)]."""
    path = workspace / "entraide-workspace.sqlite"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return connection.execute(
            "SELECT id, kind, recipient_kind, recipient_id, sequence, body FROM recruitment_message "
            "WHERE id > ? AND interview_id = ? ORDER BY id", (after, INTAKE)).fetchall()


def play_intake(story):
    """Steps 8-10: the intake interview booked, moved and cancelled, each message stored by Radicale."""
    binary, workspace, server = story.binary, story.workspace, story.server
    uid = f"intake.{INTAKE}@{DOMAIN}"
    run([str(binary), "intake", "invite", INTAKE, *INTAKE_HOURS, "--from", "2027-01-04", "--to", "2027-01-15",
         "--name", INITIATOR[0], "--email", INITIATOR[1], "--workspace", str(workspace),
         "--now", "2026-12-20T09:00:00Z"])
    owners = {"initiator": "initiator", "staff": INTAKE_STAFF}
    for user in owners.values():
        if user not in story.calendars:
            make_calendar(server, user)
            story.calendars.add(user)
    last = 0
    starts = []
    steps = [
        ("intake booked", ["intake", "book", INTAKE, "--at", "2027-01-06T09:00", "--mode", "centre", *INTAKE_HOURS],
         "intake-request", "REQUEST", 0, "CONFIRMED"),
        ("intake moved", ["intake", "move", INTAKE, "--at", "2027-01-13T10:00", "--mode", "centre", *INTAKE_HOURS],
         "intake-request", "REQUEST", 1, "CONFIRMED"),
        ("intake cancelled", ["intake", "cancel", INTAKE], "intake-cancel", "CANCEL", 2, "CANCELLED"),
    ]
    for title, arguments, kind, method, sequence, status in steps:
        story.steps += 1
        before = {user: server_state(server, user) for user in owners.values()}
        run([str(binary), *arguments, "--workspace", str(workspace), "--now", "2026-12-21T09:00:00Z"])
        rows = queued(workspace, last)
        if sorted(row[2] for row in rows) != ["initiator", "staff"]:
            fail(f"{title}: queued {[(row[1], row[2]) for row in rows]}, expected one message to each of "
                 "the initiator and the staff member")
        for row_id, row_kind, recipient, recipient_id, row_sequence, body in rows:
            label = f"{title}: message {row_id} to {recipient}"
            if (row_kind, row_sequence) != (kind, sequence):
                fail(f"{label}: {row_kind} SEQUENCE {row_sequence}, expected {kind} SEQUENCE {sequence}")
            if recipient == "staff" and recipient_id != INTAKE_STAFF:
                fail(f"{label}: to staff member {recipient_id}, expected {INTAKE_STAFF}")
            calendar = parse(label, bytes(body))
            if str(calendar.get("METHOD")) != method:
                fail(f"{label}: METHOD:{calendar.get('METHOD')}, expected {method}")
            events = calendar.walk("VEVENT")
            if len(events) != 1:
                fail(f"{label}: {len(events)} VEVENTs, expected exactly 1")
            event = events[0]
            if (str(event["UID"]), int(event["SEQUENCE"]), str(event.get("STATUS", ""))) != (uid, sequence, status):
                fail(f"{label}: UID {event['UID']} SEQUENCE {event['SEQUENCE']} STATUS {event.get('STATUS')}, "
                     f"expected {uid} {sequence} {status}")
            attendees = values(event, "ATTENDEE")
            if len(attendees) != 1:
                fail(f"{label}: {len(attendees)} ATTENDEEs, expected exactly 1")
            if recipient == "initiator" and str(attendees[0]).lower() != f"mailto:{INITIATOR[1]}":
                fail(f"{label}: ATTENDEE {attendees[0]}, expected the initiator")
            if recipient == "staff" and (INITIATOR[0].encode() in bytes(body) or INITIATOR[1].encode() in bytes(body)):
                fail(f"{label}: the staff member's copy names the initiator")
            put(server, owners[recipient], uid, without_method(calendar))
            story.puts += 1
            last = max(last, row_id)
        for user in owners.values():
            after = server_state(server, user)
            held = after.get(uid)
            if held is None or (held[2], held[4]) != (sequence, status):
                fail(f"{title}: /{user}/calendar/ holds {held}, expected SEQUENCE {sequence} {status}")
            if not held[0].endswith("/" + resource_name(uid)):
                fail(f"{title}: /{user}/calendar/ stores the interview at {held[0]}")
            for other, value in before[user].items():
                if other != uid and after[other][1] != value[1]:
                    fail(f"{title}: /{user}/calendar/{resource_name(other)} changed though no message concerned it")
        starts.append(server_state(server, INTAKE_STAFF)[uid][3])
        print(f"  {story.steps}. {title}: 2 {method} SEQUENCE {sequence} -> 2 PUT(s) accepted, server state as expected",
              flush=True)
    if starts[1] == starts[0] or starts[2] != starts[1]:
        fail(f"intake: stored starts {starts}, expected the move to change it and the cancellation to keep it")
    print(f"caldav-story: intake {INTAKE} booked {starts[0]:%Y-%m-%d %H:%M}, moved to {starts[1]:%Y-%m-%d %H:%M} "
          "(SEQUENCE 1), cancelled (SEQUENCE 2) in the initiator's and the staff member's calendars")


def main():
    if len(sys.argv) != 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    binary = pathlib.Path(sys.argv[1]).resolve()
    if not binary.is_file():
        print(f"caldav-story: no entraide binary at {binary}", file=sys.stderr)
        return 2
    started = time.monotonic()
    server = None
    with tempfile.TemporaryDirectory(prefix="entraide-caldav-") as folder:
        work = pathlib.Path(folder)
        try:
            server = Radicale(work)
            print(f"caldav-story: Radicale {radicale.VERSION} on 127.0.0.1:{server.port}", flush=True)
            play(binary, work, server)
        except StoryFailure as failure:
            print(f"caldav-story: FAILED: {failure}", file=sys.stderr)
            if server is not None:
                tail = server.log_tail()
                if tail:
                    print(f"--- Radicale log (last lines) ---\n{tail}", file=sys.stderr)
            return 1
        finally:
            if server is not None:
                server.stop()
    print(f"caldav-story: passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

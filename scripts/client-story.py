#!/usr/bin/python3
"""Play a participant's story in real calendar clients: Thunderbird under Xvfb, and Evolution's calendar backend.

Usage: /usr/bin/python3 scripts/client-story.py ENTRAIDE_BINARY [--out FOLDER] [--only thunderbird|evolution]

The Thunderbird side lives in scripts/lib/thunderbird.py, the Evolution side in scripts/lib/evolution_backend.py.
Run it through scripts/client-story, which installs what it needs (Thunderbird, Xvfb, ImageMagick, Evolution's
data server and its GObject bindings) and builds the binary. It is not part of scripts/test: it takes a few
minutes and needs those packages.

The story, written by the real `entraide` binary in a fresh workspace made from a copy of
Resources/Examples/parents-ados-nyon, every run with --eml:

1. publish                           -> REQUEST of the review, SEQUENCE 0;
2. a closure on the review's date    -> the review moves: REQUEST, SEQUENCE 1, new DTSTART;
3. the review's window removed       -> CANCEL of the review, SEQUENCE 2;
4. handover (every 2 weeks, Tuesday) -> REQUEST of the recurring meeting (RRULE, EXDATE), SEQUENCE 0;
5. handover (every 3 weeks, Thursday)-> the same UID, SEQUENCE 1, new DTSTART and RRULE;
6. handover --cancel                 -> CANCEL of the series, SEQUENCE 2.

One participant who receives all six messages plays them:

- Thunderbird (the Debian package, under Xvfb, driven through its Marionette remote protocol): an account
  whose address is the participant's, a local SMTP sink, the Home calendar. Each .eml is put in the inbox and
  shown; a request is answered with Accept ("send a response now": Thunderbird's METHOD:REPLY reaches the sink),
  an update is accepted again, a cancellation is removed with the bar's button. After each step the calendar
  must hold what the messages imply (SEQUENCE, start in Europe/Zurich, PARTSTAT, CLASS, the occurrences of
  the series without the skipped days). A screenshot of the message and one of the calendar are saved for
  each step. The replies Thunderbird sent are then imported with `entraide replies import`.
- Evolution's calendar backend (evolution-data-server in a private D-Bus session, through GObject
  introspection, as Evolution's own itip view does): e_cal_client_receive_objects of each .ics in turn, the
  requests with the participant's PARTSTAT set to ACCEPTED; after each, the stored events and the series'
  instances (e_cal_client_generate_instances) must be what the messages imply.

Writes FOLDER (default: client-story/ in the current folder): NN-*.png screenshots and story.txt, the log.
Exit status 0 when every check passed, 1 on the first failure (the log says which), 2 on a usage error.
"""

import argparse
import datetime
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

# The story reads the commands' report lines, which are English: speak English whatever the
# machine's locale (a workspace command otherwise speaks the centre's language under C.UTF-8).
os.environ["LANG"] = "en_US.UTF-8"
for _variable in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts" / "lib"))
from thunderbird import StoryFailure, Thunderbird, fail  # noqa: E402 - scripts/lib is on the path only now
EXAMPLE = ROOT / "Resources" / "Examples" / "parents-ados-nyon"
GROUP = "parents-ados-nyon"
RHYTHMS = ["every 2 weeks tuesday 19:00 2h until 2027-12-21", "every 3 weeks thursday 18:30 90min until 2027-12-21"]


class Log:
    def __init__(self, path):
        self.file = open(path, "w", encoding="utf-8")

    def __call__(self, text):
        print(text, flush=True)
        self.file.write(text + "\n")
        self.file.flush()


def run(command, **options):
    result = subprocess.run(command, capture_output=True, text=True, **options)
    if result.returncode != 0:
        fail(f"{' '.join(map(str, command))} exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result.stdout


# --- the messages ------------------------------------------------------------------------------------------


class Story:
    """The six runs, written one at a time by the real binary in a fresh workspace: ``advance`` writes the next
    and returns its folder, so a client can answer a message before the next one is written."""

    def __init__(self, binary, work):
        self.binary, self.work = binary, work
        self.scenario = work / "scenario"
        shutil.copytree(EXAMPLE, self.scenario)
        self.workspace = work / "workspace"
        self.out = work / "out"
        run([binary, "init", self.workspace])
        self.base = ["--workspace", self.workspace, "--out", self.out, "--eml"]
        self.steps = iter([
            lambda: self.publish("2026-11-25T09:00:00Z"),
            lambda: self.publish("2026-12-02T09:00:00Z", edit=self.close_review_day),
            lambda: self.publish("2026-12-09T09:00:00Z", edit=self.drop_review),
            lambda: self.handover(["--rhythm", RHYTHMS[0]], "2026-12-16T09:00:00Z"),
            lambda: self.handover(["--rhythm", RHYTHMS[1]], "2026-12-17T09:00:00Z"),
            lambda: self.handover(["--cancel"], "2026-12-18T09:00:00Z"),
        ])

    def advance(self):
        next(self.steps)()
        return newest(self.out)

    def everything(self):
        return [self.advance() for _ in range(6)]

    def publish(self, now, edit=None):
        if edit:
            path = self.scenario / "scenario.yaml"
            path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
        run([self.binary, "import", self.scenario / "scenario.yaml", "--workspace", self.workspace])
        run([self.binary, "publish", GROUP, "--now", now] + self.base)

    def handover(self, arguments, now):
        run([self.binary, "handover", GROUP, "--now", now] + arguments + self.base)

    def close_review_day(self, text):
        calendar = text_of(newest(self.out) / "calendar.ics")
        start = re.search(r"UID:review\..*?\r\nDTSTART;TZID=[^:]+:(\d{8})", calendar, re.S)
        if not start:
            fail("the first publication has no review")
        day = datetime.datetime.strptime(start.group(1), "%Y%m%d").date()
        return text.replace("closures:\n", f"closures:\n  - {{date: {day.isoformat()}, reason: Salle indisponible}}\n", 1)

    def drop_review(self, text):
        block = re.search(r"(?m)^  review:.*\n(?:    .*\n)+", text)
        return text.replace(block.group(0), "")


def newest(out):
    return sorted(path for path in out.iterdir() if path.is_dir())[-1]


def choose_participant(runs):
    """The first participant who receives the review in runs 1-3 (a request, its update, its cancellation)
    and the series in runs 4-6."""
    for folder in sorted((runs[0] / "participants").iterdir()):
        who = folder.name
        names = ["review"] * 3 + ["handover"] * 3
        if all((run / "participants" / who / f"{name}.eml").exists() for run, name in zip(runs, names)):
            methods = [method_of(run / "participants" / who / f"{name}.ics") for run, name in zip(runs, names)]
            if methods == ["REQUEST", "REQUEST", "CANCEL"] * 2:
                return who
    fail("no participant receives all six messages")


def text_of(path):
    """The file's text with its CRLF line ends (Path.read_text would turn them into LF)."""
    return path.read_bytes().decode("utf-8")


def method_of(path):
    return re.search(r"\r\nMETHOD:(\w+)\r\n", text_of(path)).group(1)


def attendee_of(path):
    text = text_of(path).replace("\r\n ", "")
    return re.search(r"\r\nATTENDEE;CN=([^;:]+)[^\r]*:mailto:([^\r]+)\r\n", text).groups()


def facts_of(path):
    """UID, SEQUENCE, DTSTART (wall clock), whether it repeats, its INTERVAL and EXDATEs, of the one VEVENT."""
    text = text_of(path).replace("\r\n ", "")
    event = text[text.index("BEGIN:VEVENT"):]
    start = re.search(r"\r\nDTSTART;TZID=Europe/Zurich:(\d{8}T\d{6})", event).group(1)
    rule = re.search(r"\r\nRRULE:([^\r]+)", event)
    return {
        "uid": re.search(r"\r\nUID:([^\r]+)", event).group(1),
        "sequence": int(re.search(r"\r\nSEQUENCE:(\d+)", event).group(1)),
        "start": start,
        "rule": rule.group(1) if rule else None,
        "exdates": re.findall(r"\r\nEXDATE;TZID=Europe/Zurich:(\d{8}T\d{6})", event),
        "method": re.search(r"\r\nMETHOD:(\w+)", text).group(1),
    }


def expected_occurrences(facts):
    """The starts of the series (wall clock), from its RRULE as we wrote it, without its EXDATEs."""
    rule = dict(part.split("=") for part in facts["rule"].split(";"))
    first = datetime.datetime.strptime(facts["start"], "%Y%m%dT%H%M%S")
    until = datetime.datetime.strptime(rule["UNTIL"], "%Y%m%dT%H%M%SZ") + datetime.timedelta(hours=2)
    step = datetime.timedelta(weeks=int(rule.get("INTERVAL", "1")))
    starts, current = [], first
    while current <= until:
        if current.strftime("%Y%m%dT%H%M%S") not in facts["exdates"]:
            starts.append(current.strftime("%Y%m%dT%H%M%S"))
        current += step
    return starts


# --- Thunderbird -------------------------------------------------------------------------------------------


def import_reply(binary, workspace, work, message, number):
    """Hands the e-mail Thunderbird sent to `entraide replies import`; fails unless it is recorded."""
    path = work / f"reply-{number}.eml"
    path.write_bytes(message)
    output = " ".join(run([binary, "replies", "import", "--workspace", workspace, path]).split())
    if "1 of 1 replies recorded" not in output:
        fail(f"Thunderbird's reply was not recorded: {output}")
    return output


def thunderbird_story(who, binary, work, shots, log):
    """Writes the story again one run at a time, and lets Thunderbird answer each message before the next."""
    story = Story(binary, work / "thunderbird-story")
    workspace = story.workspace
    client = Thunderbird(work, shots, log)
    try:
        first = story.advance()
        name, email = attendee_of(first / "participants" / who / "review.ics")
        client.start(name, email)
        replies_before = 0
        for index, (kind, label) in enumerate(zip(["review"] * 3 + ["handover"] * 3, [
            "review-request", "review-update", "review-cancel", "series-request", "series-update", "series-cancel",
        ])):
            folder = first if index == 0 else story.advance()
            facts = facts_of(folder / "participants" / who / f"{kind}.ics")
            log(f"  {index + 1}. {label}: {facts['method']} SEQUENCE {facts['sequence']}, DTSTART {facts['start']}"
                + (f", RRULE {facts['rule']}" if facts["rule"] else ""))
            _, buttons = client.receive(folder / "participants" / who / f"{kind}.eml", label)
            day = facts["start"][:8]
            window = ("20270101T000000", "20280101T000000")
            if facts["method"] == "REQUEST":
                # A series offers « Accept all » (imipAcceptRecurrencesButton) instead of « Accept ».
                accept = [b for b in ("imipAcceptButton", "imipAcceptRecurrencesButton") if b in buttons]
                if not accept:
                    fail(f"{label}: Thunderbird offers {buttons}, not Accept")
                client.act(accept[0])
                items = client.wait(
                    "the accepted event in the calendar",
                    lambda: [item for item in client.item(facts["uid"], *window)
                             if item["sequence"] == facts["sequence"] and item["partstat"] == ["ACCEPTED"]],
                )
                item = items[0]
                if item["start"] != facts["start"] or item["zone"] != "Europe/Zurich":
                    fail(f"{label}: Thunderbird holds {item['start']} ({item['zone']}), the message says "
                         f"{facts['start']} Europe/Zurich")
                if item["privacy"] != "PRIVATE":
                    fail(f"{label}: Thunderbird holds privacy {item['privacy']}, expected PRIVATE")
                if facts["rule"]:
                    expected = expected_occurrences(facts)
                    if item["occurrences"] != expected:
                        fail(f"{label}: Thunderbird's occurrences {item['occurrences'][:4]}… ({len(item['occurrences'])}) "
                             f"differ from the series' {expected[:4]}… ({len(expected)})")
                    skipped = f", {len(facts['exdates'])} skipped" if facts["exdates"] else ""
                    log(f"     calendar: « {item['title']} » from {item['start']} Europe/Zurich, SEQUENCE "
                        f"{item['sequence']}, ACCEPTED, {item['privacy']}, {len(item['occurrences'])} meetings in 2027"
                        + skipped)
                else:
                    log(f"     calendar: « {item['title']} » at {item['start']} Europe/Zurich, SEQUENCE "
                        f"{item['sequence']}, ACCEPTED, {item['privacy']}")
                client.wait("Thunderbird's reply", lambda: len(client.sink.messages) > replies_before)
                replies_before = len(client.sink.messages)
                recorded = import_reply(binary, workspace, work, client.sink.messages[-1], replies_before)
                shot = client.show_calendar(day, "month" if facts["rule"] else "week", f"{label}-calendar")
                log(f"     Thunderbird's REPLY reached the centre; `entraide replies import`: {recorded}; "
                    f"calendar [{shot}]")
            else:
                wanted = [b for b in ("imipDeleteButton",) if b in buttons]
                if wanted:
                    client.act(wanted[0])
                client.wait(
                    "the cancelled event to leave the calendar",
                    lambda: not [item for item in client.item(facts["uid"], *window) if item["status"] != "CANCELLED"],
                )
                remaining = client.item(facts["uid"], *window)
                shot = client.show_calendar(day, "month" if kind == "handover" else "week", f"{label}-calendar")
                log(f"     calendar: {'removed' if not remaining else remaining} [{shot}]"
                    + ("" if wanted else " (no button: Thunderbird applied the cancellation itself)"))
    finally:
        client.stop()


# --- Evolution's calendar backend ---------------------------------------------------------------------------


def evolution_story(runs, who, work, log):
    """Runs the Evolution part in a private D-Bus session (evolution-data-server is D-Bus activated)."""
    plan = []
    for folder, kind in zip(runs, ["review"] * 3 + ["handover"] * 3):
        path = folder / "participants" / who / f"{kind}.ics"
        facts = facts_of(path)
        facts["path"] = str(path)
        if facts["rule"]:
            facts["expected"] = expected_occurrences(facts)
        plan.append(facts)
    home = work / "evolution-home"
    environment = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                       XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
                       TZ="Europe/Zurich")
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(ROOT / "scripts" / "lib" / "evolution_backend.py"),
         json.dumps(plan)],
        env=environment, capture_output=True, text=True, timeout=600,
    )
    for line in result.stdout.splitlines():
        log(line)
    if result.returncode != 0:
        errors = [line for line in result.stderr.splitlines() if "dbus-daemon" not in line]
        fail("Evolution's backend: " + ("\n".join(errors[-15:]) or f"exit {result.returncode}"))


# --- main ------------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("entraide", type=pathlib.Path)
    parser.add_argument("--out", type=pathlib.Path, default=pathlib.Path("client-story"))
    parser.add_argument("--only", choices=["thunderbird", "evolution"])
    arguments = parser.parse_args()
    binary = arguments.entraide.resolve()
    if not binary.is_file():
        parser.error(f"no entraide binary at {binary}")
    arguments.out.mkdir(parents=True, exist_ok=True)
    for old in arguments.out.glob("*.png"):
        old.unlink()
    log = Log(arguments.out / "story.txt")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="entraide-clients-") as folder:
        work = pathlib.Path(folder)
        try:
            (work / "story").mkdir()
            runs = Story(str(binary), work / "story").everything()
            who = choose_participant(runs)
            log(f"client-story: six runs written by {binary.name}; {who} plays the review (request, update, "
                f"cancellation) and the hand-over series (request, update, cancellation)")
            if arguments.only in (None, "evolution"):
                log("Evolution's calendar backend:")
                evolution_story(runs, who, work, log)
            if arguments.only in (None, "thunderbird"):
                log("Thunderbird:")
                thunderbird_story(who, str(binary), work, arguments.out, log)
        except StoryFailure as failure:
            log(f"client-story: FAILED: {failure}")
            return 1
    log(f"client-story: passed in {time.monotonic() - started:.0f} s; screenshots in {arguments.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())

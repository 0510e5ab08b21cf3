#!/usr/bin/env python3
"""Load on loopback: many participants answering at once through their personal links, and the live grid.

Usage: .venv/bin/python scripts/server-load.py ENTRAIDE_BINARY [--participants 200] [--answers 10]
           [--kill] [--grid-seconds 10] [--json FILE]

Builds a workspace with one group of N participants and 12 candidate dates (`entraide init`, `import`,
`staff add`), starts `entraide serve` on 127.0.0.1, signs in as staff and makes every participant's link
through the page (as staff do), then, from this second process (Python asyncio, one keep-alive connection per
participant):

- every participant opens their page (for its form token), then all start at the same moment and send their
  answers one POST each (`--answers` of them, each for another date, each the opposite of what the scenario
  says, so every recorded answer is visible in the workspace); each POST's latency is measured until its
  `303 See Other`, which the server sends only once the answer is committed;
- the workspace is then read (sqlite3): every answer acknowledged must be there, recorded as `web`, with its
  value — no answer lost, and nothing recorded that was not sent;
- the grid page (`/staff/groups/load/plan`, plan.html of N people) is fetched by `wrk` for `--grid-seconds`
  (2 connections), its latency distribution reported.

With `--kill`, the server is killed (SIGKILL) once a third of the answers were acknowledged, restarted on the
same workspace, and every acknowledged answer must be in it: an answer that got a success response survives
the crash. Prints figures and exits 1 on any lost answer, error response or missing workspace file.
"""

import argparse
import asyncio
import json
import os
import pathlib
import random
import re
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

# The story reads the commands' report lines, which are English: speak English whatever the
# machine's locale (a workspace command otherwise speaks the centre's language under C.UTF-8).
os.environ["LANG"] = "en_US.UTF-8"
for _variable in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)

PASSWORD = "a long enough password for the load"
CANDIDATES = [
    ("information", "info-a", "2027-01-12", "18:30"), ("information", "info-b", "2027-01-14", "18:30"),
    ("information", "info-c", "2027-01-19", "18:30"), ("founding1", "f1-a", "2027-02-02", "18:30"),
    ("founding1", "f1-b", "2027-02-04", "18:30"), ("founding1", "f1-c", "2027-02-09", "18:30"),
    ("founding2", "f2-a", "2027-03-02", "18:30"), ("founding2", "f2-b", "2027-03-04", "18:30"),
    ("founding2", "f2-c", "2027-03-09", "18:30"), ("review", "rev-a", "2027-06-22", "18:30"),
    ("review", "rev-b", "2027-06-24", "18:30"), ("review", "rev-c", "2027-06-29", "18:30"),
]


def scenario(participants):
    """A group of `participants` people with seeded answers (yes or no) to the 12 candidates."""
    rng = random.Random(11)
    lines = [
        "organisation:",
        "  name: Centre de charge",
        "  time-zone: Europe/Zurich",
        "  language: fr",
        "  organiser: {name: Groupes, email: groupes@charge.example}",
        "  uid-domain: charge.example",
        "group:",
        "  id: load",
        "  title: Groupe de charge",
        "  theme: Charge",
        "  type: talking-group",
        "  region: Lausanne",
        "  quorum: 6",
        f"  maximum-size: {participants + 10}",
        "facilitators:",
        "  - {id: anne, name: Anne, email: anne@charge.example}",
        "venues:",
        f"  - {{id: salle, name: Salle, address: Rue 1, capacity: {participants + 10}, step-free: true}}",
        "sessions:",
        "  information: {duration-minutes: 90}",
        "  founding1: {duration-minutes: 120, days-after-previous: {min: 7, max: 28}}",
        "  founding2: {duration-minutes: 120, days-after-previous: {min: 7, max: 28}}",
        "  review: {duration-minutes: 120, days-after-previous: {min: 90, max: 183}}",
        "candidates:",
    ]
    for kind in ["information", "founding1", "founding2", "review"]:
        lines.append(f"  {kind}:")
        for candidate_kind, identifier, date, start in CANDIDATES:
            if candidate_kind == kind:
                lines.append(f"    - {{id: {identifier}, date: {date}, start: \"{start}\", venue: salle, "
                             "facilitator: anne}")
    lines.append("participants:")
    expected = {}
    for index in range(1, participants + 1):
        identifier = f"p{index:03d}"
        answers = {candidate[1]: rng.choice(["yes", "no"]) for candidate in CANDIDATES}
        expected[identifier] = answers
        rendered = ", ".join(f"{slot}: {value}" for slot, value in answers.items())
        lines += [f"  - id: {identifier}", f"    name: Personne {index}",
                  f"    email: {identifier}@charge.example", f"    answers: {{{rendered}}}"]
    return "\n".join(lines) + "\n", expected


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(binary, *arguments, stdin=None):
    result = subprocess.run([binary, *arguments], input=stdin, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"server-load: `entraide {' '.join(arguments)}` failed:\n{result.stderr}")


def start(binary, workspace, port):
    server = subprocess.Popen([binary, "serve", "--workspace", str(workspace), "--listen", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("server-load: the server did not start")


class Connection:
    """One keep-alive HTTP/1.1 connection."""

    def __init__(self, port):
        self.port = port
        self.reader = None
        self.writer = None
        self.cookies = {}

    async def open(self):
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)

    async def request(self, method, path, body=None):
        headers = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{self.port}", "Accept-Language: fr",
                   "Connection: keep-alive"]
        if self.cookies:
            headers.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        data = body.encode() if body else b""
        if body is not None:
            headers += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(data)}"]
        self.writer.write(("\r\n".join(headers) + "\r\n\r\n").encode() + data)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("closed")
        status = int(status_line.split()[1])
        response_headers = {}
        while True:
            line = (await self.reader.readline()).decode().rstrip("\r\n")
            if not line:
                break
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "set-cookie":
                cookie_name, _, cookie_value = value.split(";")[0].partition("=")
                self.cookies[cookie_name] = cookie_value
            response_headers[name] = value
        if response_headers.get("transfer-encoding") == "chunked":
            content = b""
            while True:
                size = int((await self.reader.readline()).strip(), 16)
                if size == 0:
                    await self.reader.readline()
                    break
                content += await self.reader.readexactly(size)
                await self.reader.readline()
        else:
            content = await self.reader.readexactly(int(response_headers.get("content-length", "0")))
        return status, response_headers, content.decode("utf-8", "replace")

    def close(self):
        if self.writer:
            self.writer.close()


def csrf(page):
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


async def make_links(port, participants):
    staff = Connection(port)
    await staff.open()
    status, _, page = await staff.request("GET", "/staff/sign-in")
    body = urllib.parse.urlencode({"name": "anne", "password": PASSWORD, "csrf": csrf(page)})
    status, _, _ = await staff.request("POST", "/staff/sign-in", body)
    if status != 303:
        raise SystemExit(f"server-load: staff sign-in answered {status}")
    status, _, page = await staff.request("GET", "/staff/groups/load")
    token = csrf(page)
    links = {}
    for index in range(1, participants + 1):
        identifier = f"p{index:03d}"
        _, _, page = await staff.request("POST", f"/staff/groups/load/participants/{identifier}/link",
                                         urllib.parse.urlencode({"csrf": token}))
        links[identifier] = re.search(r'id="personal-link" readonly value="[^"]*/p/([^"]+)"', page).group(1)
    cookie = staff.cookies
    staff.close()
    return links, cookie


async def open_pages(port, links):
    """One connection per participant, their page opened (for its form token)."""
    connections, tokens = {}, {}
    for identifier, link in links.items():
        connection = Connection(port)
        await connection.open()
        status, _, page = await connection.request("GET", f"/p/{link}")
        if status != 200:
            raise SystemExit(f"server-load: {identifier}'s page answered {status}")
        connections[identifier] = connection
        tokens[identifier] = csrf(page)
    return connections, tokens


async def answer_all(port, links, expected, answers, on_ack=None, rounds=1):
    """Every participant's answers, one POST each, all starting together (`rounds` times, each round the
    opposite of the previous one); returns latencies, acknowledgements, errors and the time taken."""
    slots = [candidate[1] for candidate in CANDIDATES][:answers]
    connections, tokens = await open_pages(port, links)
    latencies, acknowledged, errors = [], [], []
    elapsed = 0.0
    for round_number in range(rounds):
        start_signal = asyncio.Event()

        async def participant(identifier):
            await start_signal.wait()
            connection = connections[identifier]
            for slot in slots:
                opposite = "no" if expected[identifier][slot] == "yes" else "yes"
                value = opposite if round_number % 2 == 0 else expected[identifier][slot]
                body = urllib.parse.urlencode({f"answer-{slot}": value, "csrf": tokens[identifier]})
                began = time.perf_counter()
                try:
                    status, _, _ = await connection.request("POST", f"/p/{links[identifier]}/answers", body)
                except (ConnectionError, asyncio.IncompleteReadError, OSError) as error:
                    errors.append(f"{identifier} {slot}: {type(error).__name__}")
                    return
                latencies.append(time.perf_counter() - began)
                if status == 303:
                    acknowledged.append((identifier, slot, value))
                    if on_ack:
                        on_ack(len(acknowledged))
                else:
                    errors.append(f"{identifier} {slot}: status {status}")

        tasks = [asyncio.create_task(participant(identifier)) for identifier in links]
        cpu_began = time.process_time()
        began = time.perf_counter()
        start_signal.set()
        await asyncio.gather(*tasks)
        elapsed += time.perf_counter() - began
        if round_number == 0:
            print(f"server-load: this client used {time.process_time() - cpu_began:.2f} s of CPU for the answers "
                  f"({time.perf_counter() - began:.2f} s elapsed)", flush=True)
    for connection in connections.values():
        connection.close()
    return latencies, acknowledged, errors, elapsed


def stored_answers(workspace):
    database = sqlite3.connect(str(workspace / "entraide-workspace.sqlite"))
    rows = database.execute(
        "SELECT participant_id, slot_id, availability FROM answer WHERE group_id = 'load' "
        "AND origin_kind = 'recorded' AND origin_detail = 'web'").fetchall()
    database.close()
    return {(participant, slot): value for participant, slot, value in rows}


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def grid_latency(port, cookies, seconds):
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    result = subprocess.run(
        ["wrk", "-t1", "-c2", f"-d{seconds}s", "--latency", "-H", f"Cookie: {cookie}",
         f"http://127.0.0.1:{port}/staff/groups/load/plan"],
        capture_output=True, text=True)
    output = result.stdout
    figures = {}
    for label in ["50%", "90%", "99%"]:
        match = re.search(rf"^\s+{re.escape(label)}\s+([\d.]+)(us|ms|s)$", output, re.MULTILINE)
        if match:
            value, unit = float(match.group(1)), match.group(2)
            figures[label] = value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    requests = re.search(r"^\s*(\d+) requests in", output, re.MULTILINE)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    figures["requests"] = int(requests.group(1)) if requests else 0
    figures["non2xx"] = int(non2xx.group(1)) if non2xx else 0
    return figures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--answers", type=int, default=10)
    parser.add_argument("--kill", action="store_true")
    parser.add_argument("--grid-seconds", type=int, default=10)
    parser.add_argument("--json")
    parser.add_argument("--rounds", type=int, default=1, help="repeat the answers (for profiling the server)")
    arguments = parser.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="entraide-load-"))
    workspace = work / "workspace"
    text, expected = scenario(arguments.participants)
    (work / "load.yaml").write_text(text)
    run(arguments.binary, "init", str(workspace))
    run(arguments.binary, "import", str(work / "load.yaml"), "--workspace", str(workspace))
    run(arguments.binary, "staff", "add", "anne", "--workspace", str(workspace), stdin=PASSWORD + "\n")
    port = free_port()
    server = start(arguments.binary, workspace, port)
    problems = []
    report = {"participants": arguments.participants, "answers_each": arguments.answers}
    try:
        links, cookies = asyncio.run(make_links(port, arguments.participants))
        total = arguments.participants * arguments.answers
        killed = {"done": False}

        def on_ack(count):
            if arguments.kill and not killed["done"] and count >= total // 3:
                killed["done"] = True
                server.send_signal(signal.SIGKILL)

        latencies, acknowledged, errors, elapsed = asyncio.run(
            answer_all(port, links, expected, arguments.answers, on_ack, arguments.rounds))
        if arguments.kill:
            server.wait()
            restarted = start(arguments.binary, workspace, port)
            restarted.send_signal(signal.SIGTERM)
            restarted.wait(timeout=15)
            stored = stored_answers(workspace)
            lost = [ack for ack in acknowledged if stored.get((ack[0], ack[1])) != ack[2]]
            report.update(killed_after=total // 3, acknowledged=len(acknowledged), stored=len(stored),
                          lost=len(lost), failed_requests=len(errors))
            print(f"server-load: killed the server after {total // 3} acknowledged answers; "
                  f"{len(acknowledged)} acknowledged in all, {len(stored)} stored after the restart, "
                  f"{len(lost)} acknowledged answer(s) lost")
            if lost:
                problems.append(f"{len(lost)} acknowledged answers lost, e.g. {lost[:3]}")
            return finish(problems, report, arguments)
        stored = stored_answers(workspace)
        latest = {(ack[0], ack[1]): ack[2] for ack in acknowledged}
        lost = [key for key, value in latest.items() if stored.get(key) != value]
        total = len(latest)
        report.update(
            requests=len(latencies), errors=len(errors), lost=len(lost), stored=len(stored),
            seconds=round(elapsed, 3), per_second=round(len(latencies) / elapsed, 1),
            answer_p50_ms=round(percentile(latencies, 0.50) * 1000, 2),
            answer_p90_ms=round(percentile(latencies, 0.90) * 1000, 2),
            answer_p99_ms=round(percentile(latencies, 0.99) * 1000, 2),
            answer_max_ms=round(max(latencies) * 1000, 2),
            answer_mean_ms=round(statistics.mean(latencies) * 1000, 2),
        )
        print(f"server-load: {len(latencies)} answers from {arguments.participants} participants in "
              f"{elapsed:.2f} s ({report['per_second']}/s); p50 {report['answer_p50_ms']} ms, p90 "
              f"{report['answer_p90_ms']} ms, p99 {report['answer_p99_ms']} ms, max {report['answer_max_ms']} ms; "
              f"{len(errors)} error(s), {len(lost)} lost, {len(stored)} stored")
        if errors:
            problems.append(f"{len(errors)} failed requests, e.g. {errors[:3]}")
        if lost or len(stored) != total:
            problems.append(f"{len(lost)} answers lost; {len(stored)} stored of {total}")
        if arguments.grid_seconds > 0:
            grid = grid_latency(port, cookies, arguments.grid_seconds)
            report.update(grid_requests=grid.get("requests"), grid_p50_ms=grid.get("50%"),
                          grid_p90_ms=grid.get("90%"), grid_p99_ms=grid.get("99%"))
            print(f"server-load: grid page of {arguments.participants} people (wrk, 2 connections, "
                  f"{arguments.grid_seconds} s): {grid.get('requests')} requests, p50 {grid.get('50%')} ms, "
                  f"p90 {grid.get('90%')} ms, p99 {grid.get('99%')} ms")
            if grid.get("non2xx"):
                problems.append(f"the grid page answered {grid['non2xx']} non-2xx responses")
        return finish(problems, report, arguments)
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=15)


def finish(problems, report, arguments):
    if arguments.json:
        pathlib.Path(arguments.json).write_text(json.dumps(report, indent=2) + "\n")
    for problem in problems:
        print(f"server-load: FAIL {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

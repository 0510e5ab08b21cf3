#!/usr/bin/env python3
"""Check a self-contained HTML report in a real browser: headless Chromium, driven over the DevTools protocol.

Usage: python3 scripts/check-html.py FILE.html [--png OUT.png] [--pdf OUT.pdf]
       python3 scripts/check-html.py --self-test

Python's standard library only. Chromium is started with --remote-debugging-pipe (the DevTools protocol as
NUL-separated JSON on file descriptors 3 and 4, so no websocket is needed); Chromium's --enable-logging output
is not used, because it prints console.error and console.log alike and does not report a missing image.

FILE.html fails when:

- it has no <html lang="…"> or no <meta charset="utf-8">;
- an attribute that loads or links something (src, href, srcset, action, poster, data, …) holds anything
  but a #fragment or a data: URL, or CSS holds @import or a url() other than data: (no external asset);
- while loading it, the page requests any URL but itself and data: URLs (Network.requestWillBeSent);
- the console logs an error (console.error, console.assert), a script throws (Runtime.exceptionThrown), or
  the browser logs an error, such as "Failed to load resource" for a missing image (Log.entryAdded);
- the PDF printed with the page's own CSS page size (Page.printToPDF, preferCSSPageSize, no header or footer)
  does not have every page A4 landscape, 841.89 x 595.28 pt, according to poppler's `pdfinfo`.

It writes the whole page, 1600 CSS pixels wide, as a PNG (default: FILE.png) and the PDF (default: FILE.pdf).
Prints one line per problem, then `check-html: FILE: ok` or `… N problem(s)`.
Exit status: 0 ok, 1 a problem was found, 2 usage error or Chromium/pdfinfo missing or not answering.

--self-test feeds the checker pages that must fail (a console.error, a missing image, an uncaught exception,
an external image, a request built by a script, an A4 portrait page) and one that must pass, and exits 1 unless
each is judged as expected.
"""

import argparse
import base64
import fcntl
import html.parser
import json
import os
import pathlib
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

WINDOW_WIDTH = 1600
WINDOW_HEIGHT = 1100
A4_LANDSCAPE_POINTS = (841.89, 595.28)
TOLERANCE_POINTS = 1.0
TIMEOUT_SECONDS = 60
# Attributes through which a page loads or links a resource.
URL_ATTRIBUTES = {
    "src", "href", "srcset", "action", "formaction", "poster", "data", "background", "cite", "longdesc",
    "manifest", "ping", "xlink:href", "imagesrcset",
}


class Unavailable(Exception):
    """Chromium or pdfinfo is missing, or Chromium did not answer: not a verdict on the page."""


# MARK: - Static check


class _Scanner(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.has_lang = False
        self.has_charset = False
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "html" and (values.get("lang") or "").strip():
            self.has_lang = True
        if tag == "meta" and (values.get("charset") or "").strip().lower() == "utf-8":
            self.has_charset = True
        if tag == "base":
            self.problems.append("a <base> element")
        for name, value in attrs:
            value = (value or "").strip()
            if name in URL_ATTRIBUTES and value and not (value.startswith("#") or value.startswith("data:")):
                self.problems.append(f"<{tag} {name}=\"{value}\">: not a #fragment or data: URL")
            if name == "style":
                self._check_css(value, f"<{tag} style>")
        self.in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self._check_css(data, "<style>")

    def _check_css(self, css, where):
        if re.search(r"@import", css, re.IGNORECASE):
            self.problems.append(f"{where}: @import")
        for match in re.finditer(r"url\(\s*['\"]?([^'\")]*)", css, re.IGNORECASE):
            if not match.group(1).startswith(("data:", "#")):
                self.problems.append(f"{where}: url({match.group(1)})")


def static_problems(text):
    scanner = _Scanner()
    scanner.feed(text)
    scanner.close()
    problems = list(scanner.problems)
    if not scanner.has_lang:
        problems.append("no lang attribute on <html>")
    if not scanner.has_charset:
        problems.append('no <meta charset="utf-8">')
    return problems


# MARK: - Chromium over the DevTools pipe


class Browser:
    """A headless Chromium with its DevTools protocol on a pipe (fd 3: commands in, fd 4: replies out)."""

    def __init__(self, binary, profile):
        to_browser_read, to_browser_write = os.pipe()
        from_browser_read, from_browser_write = os.pipe()
        # Move the child's ends above 4 first, so that dup2 onto 3 and 4 cannot clobber one of them.
        child_read = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD_CLOEXEC, 10)
        child_write = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD_CLOEXEC, 10)
        for descriptor in (to_browser_read, from_browser_write):
            os.close(descriptor)

        def attach_pipe():
            os.dup2(child_read, 3)
            os.dup2(child_write, 4)

        arguments = [
            binary, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
            f"--user-data-dir={profile}", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
            "--force-color-profile=srgb", "about:blank",
        ]
        self.process = subprocess.Popen(
            arguments, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=False, preexec_fn=attach_pipe,
        )
        os.close(child_read)
        os.close(child_write)
        self.commands = to_browser_write
        self.replies = from_browser_read
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def close(self):
        try:
            self.send("Browser.close")
        except OSError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for descriptor in (self.commands, self.replies):
            try:
                os.close(descriptor)
            except OSError:
                pass

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        return self.next_id

    def call(self, method, params=None, session=None):
        identifier = self.send(method, params, session)
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while True:
            message = self._receive(deadline)
            if message.get("id") == identifier:
                if "error" in message:
                    raise Unavailable(f"{method}: {message['error'].get('message')}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, session, seconds=TIMEOUT_SECONDS):
        for event in self.events:
            if event.get("method") == method and event.get("sessionId") == session:
                return event
        deadline = time.monotonic() + seconds
        while True:
            message = self._receive(deadline)
            self.events.append(message)
            if message.get("method") == method and message.get("sessionId") == session:
                return message

    def drain(self, seconds):
        """Collects the events that arrive within `seconds` (late console messages, failed loads)."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._receive(deadline))
        except TimeoutError:
            pass

    def _receive(self, deadline):
        while b"\0" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            ready, _, _ = select.select([self.replies], [], [], remaining)
            if not ready:
                raise TimeoutError
            chunk = os.read(self.replies, 1 << 20)
            if not chunk:
                raise Unavailable("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)


def _console_text(arguments):
    parts = []
    for argument in arguments:
        parts.append(str(argument.get("value", argument.get("description", argument.get("type", "")))))
    return " ".join(parts)


def render(binary, page, png, pdf):
    """Loads `page` and writes `png` and `pdf`; returns the problems the browser reported."""
    url = page.resolve().as_uri()
    problems = []
    with tempfile.TemporaryDirectory(prefix="check-html-") as profile:
        browser = Browser(binary, profile)
        try:
            target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                browser.call(f"{domain}.enable", session=session)
            browser.call(
                "Emulation.setDeviceMetricsOverride",
                {"width": WINDOW_WIDTH, "height": WINDOW_HEIGHT, "deviceScaleFactor": 1, "mobile": False},
                session=session,
            )
            browser.events.clear()
            navigation = browser.call("Page.navigate", {"url": url}, session=session)
            if navigation.get("errorText"):
                problems.append(f"navigation failed: {navigation['errorText']}")
            try:
                browser.wait_for("Page.loadEventFired", session)
            except TimeoutError:
                problems.append(f"the page did not finish loading within {TIMEOUT_SECONDS} s")
            browser.drain(0.5)
            metrics = browser.call("Page.getLayoutMetrics", session=session)
            height = max(WINDOW_HEIGHT, int(metrics.get("cssContentSize", {}).get("height", WINDOW_HEIGHT)))
            shot = browser.call(
                "Page.captureScreenshot",
                {
                    "format": "png", "captureBeyondViewport": True,
                    "clip": {"x": 0, "y": 0, "width": WINDOW_WIDTH, "height": height, "scale": 1},
                },
                session=session,
            )
            png.write_bytes(base64.b64decode(shot["data"]))
            printed = browser.call(
                "Page.printToPDF",
                {"printBackground": True, "preferCSSPageSize": True, "displayHeaderFooter": False},
                session=session,
            )
            pdf.write_bytes(base64.b64decode(printed["data"]))
            browser.drain(0.3)
        except TimeoutError:
            raise Unavailable(f"Chromium did not answer within {TIMEOUT_SECONDS} s")
        finally:
            browser.close()
    for event in browser.events:
        method = event.get("method")
        params = event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            problems.append(f"console.{params['type']}: {_console_text(params.get('args', []))}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            description = details.get("exception", {}).get("description") or details.get("text", "")
            problems.append(f"uncaught exception: {description.splitlines()[0] if description else '?'}")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            text = f"{entry.get('text')} {entry.get('url', '')}".strip()
            problems.append(f"browser error ({entry.get('source')}): {text}")
        elif method == "Network.requestWillBeSent":
            requested = params.get("request", {}).get("url", "")
            if requested != url and not requested.startswith(("data:", "about:")):
                problems.append(f"request to {requested}")
    return problems


# MARK: - PDF


def pdf_problems(pdf):
    pdfinfo = shutil.which("pdfinfo")
    if not pdfinfo:
        raise Unavailable("pdfinfo (Debian package poppler-utils) is not installed")
    summary = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True)
    if summary.returncode != 0:
        return [f"pdfinfo cannot read the PDF: {summary.stderr.strip()}"]
    count = re.search(r"^Pages:\s+(\d+)", summary.stdout, re.MULTILINE)
    pages = int(count.group(1)) if count else 0
    if pages == 0:
        return ["the PDF has no page"]
    sizes = subprocess.run([pdfinfo, "-f", "1", "-l", str(pages), str(pdf)], capture_output=True, text=True)
    measured = re.findall(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts", sizes.stdout, re.MULTILINE)
    problems = [] if len(measured) == pages else [f"pdfinfo gave the size of {len(measured)} of {pages} pages"]
    for number, width, height in measured:
        expected_width, expected_height = A4_LANDSCAPE_POINTS
        wrong_width = abs(float(width) - expected_width) > TOLERANCE_POINTS
        if wrong_width or abs(float(height) - expected_height) > TOLERANCE_POINTS:
            problems.append(f"PDF page {number} is {width} x {height} pt, not A4 landscape (841.89 x 595.28)")
    return problems


# MARK: - Entry points


def check(binary, page, png, pdf):
    """All problems of one page: static, in the browser, in the PDF."""
    text = page.read_text(encoding="utf-8")
    problems = static_problems(text)
    problems += render(binary, page, png, pdf)
    problems += pdf_problems(pdf)
    return problems


SELF_TEST_PAGES = {
    # name: (body or head additions, page size, whether it must pass)
    "fine": ("<p>✓ ½ ✗</p><script>console.log('only a log')</script>", "A4 landscape", True),
    "console-error": ("<p>x</p><script>console.error('x')</script>", "A4 landscape", False),
    "missing-image": ('<p>x</p><img src="missing.png" alt="missing">', "A4 landscape", False),
    "exception": ("<p>x</p><script>undefinedFunction()</script>", "A4 landscape", False),
    # Port 9 is one Chromium refuses to connect to: the request is attempted and seen, nothing leaves the machine.
    "external-image": ('<img src="http://127.0.0.1:9/x.png" alt="x">', "A4 landscape", False),
    "scripted-request": (
        "<script>const i = new Image(); i.src = ['http:', '', '127.0.0.1:9', 'x.png'].join('/');</script>",
        "A4 landscape",
        False,
    ),
    "portrait": ("<p>x</p>", "A4 portrait", False),
}


def self_test(binary):
    failures = 0
    with tempfile.TemporaryDirectory(prefix="check-html-self-test-") as folder:
        for name, (body, size, must_pass) in SELF_TEST_PAGES.items():
            page = pathlib.Path(folder, f"{name}.html")
            page.write_text(
                f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{name}</title>'
                f"<style>@page {{ size: {size}; margin: 12mm }}</style></head><body>{body}</body></html>\n",
                encoding="utf-8",
            )
            problems = check(binary, page, page.with_suffix(".png"), page.with_suffix(".pdf"))
            passed = not problems
            verdict = "as expected" if passed == must_pass else "WRONG"
            failures += passed != must_pass
            print(f"self-test {name}: {'ok' if passed else '; '.join(problems)} ({verdict})")
    print(f"check-html self-test: {len(SELF_TEST_PAGES) - failures} as expected, {failures} wrong")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", nargs="?", type=pathlib.Path, help="the HTML file to check")
    parser.add_argument("--png", type=pathlib.Path, help="where to write the screenshot (default: FILE.png)")
    parser.add_argument("--pdf", type=pathlib.Path, help="where to write the PDF (default: FILE.pdf)")
    parser.add_argument("--self-test", action="store_true", help="prove that the checker catches errors")
    arguments = parser.parse_args()
    binary = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not binary:
        print("check-html: Chromium is not installed (Debian package chromium)", file=sys.stderr)
        return 2
    try:
        if arguments.self_test:
            return self_test(binary)
        if arguments.page is None or not arguments.page.is_file():
            parser.error("give an existing HTML file, or --self-test")
        page = arguments.page
        png = arguments.png or page.with_suffix(".png")
        problems = check(binary, page, png, arguments.pdf or page.with_suffix(".pdf"))
    except Unavailable as error:
        print(f"check-html: {error}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"{page}: {problem}")
    print(f"check-html: {page}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

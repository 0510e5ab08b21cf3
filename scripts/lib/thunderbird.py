"""Thunderbird under Xvfb, driven through Marionette, its own remote protocol: what scripts/client-story.py
needs to show a message, press the invitation bar's buttons, read the calendar and take screenshots.

Marionette (length-prefixed JSON over TCP, chrome context: Thunderbird is started with
-remote-allow-system-access) runs the scripts below inside Thunderbird's main window; a local SMTP sink keeps
the replies Thunderbird sends. Standard library only.
"""

import json
import os
import pathlib
import socket
import socketserver
import subprocess
import threading
import time


class StoryFailure(Exception):
    """A check of the story failed; the message says which."""


def fail(message):
    raise StoryFailure(message)


class Marionette:
    """The Marionette remote protocol (length-prefixed JSON over TCP), enough to run chrome-context scripts."""

    def __init__(self, port, deadline=90):
        started = time.monotonic()
        while True:
            try:
                self.socket = socket.create_connection(("127.0.0.1", port), timeout=120)
                break
            except OSError:
                if time.monotonic() - started > deadline:
                    fail(f"Thunderbird's Marionette did not listen on port {port} within {deadline} s")
                time.sleep(1)
        self.buffer = b""
        self.counter = 0
        self._read()
        self.command("WebDriver:NewSession", {"capabilities": {}})
        self.command("Marionette:SetContext", {"value": "chrome"})

    def _read(self):
        while b":" not in self.buffer:
            self.buffer += self.socket.recv(65536)
        length, rest = self.buffer.split(b":", 1)
        while len(rest) < int(length):
            rest += self.socket.recv(65536)
        self.buffer = rest[int(length):]
        return json.loads(rest[:int(length)])

    def command(self, name, parameters=None):
        self.counter += 1
        data = json.dumps([0, self.counter, name, parameters or {}]).encode()
        self.socket.sendall(str(len(data)).encode() + b":" + data)
        while True:
            reply = self._read()
            if reply[0] == 1 and reply[1] == self.counter:
                if reply[2]:
                    fail(f"Thunderbird: {name} failed: {reply[2].get('message', reply[2])}")
                return reply[3]

    def script(self, source, *arguments):
        return self.command(
            "WebDriver:ExecuteScript", {"script": source, "args": list(arguments), "scriptTimeout": 60000}
        )["value"]


class SMTPSink(socketserver.ThreadingTCPServer):
    """A local SMTP server that keeps every message Thunderbird sends (its replies) in a list."""

    allow_reuse_address = True
    daemon_threads = True

    def __init__(self):
        self.messages = []
        super().__init__(("127.0.0.1", 0), SMTPHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def port(self):
        return self.server_address[1]


class SMTPHandler(socketserver.StreamRequestHandler):
    def handle(self):
        def say(line):
            self.wfile.write(line.encode() + b"\r\n")

        say("220 client-story ESMTP")
        data, reading = [], False
        while True:
            line = self.rfile.readline()
            if not line:
                return
            if reading:
                if line.rstrip(b"\r\n") == b".":
                    reading = False
                    self.server.messages.append(b"".join(data))
                    data = []
                    say("250 OK")
                else:
                    data.append(line[1:] if line.startswith(b"..") else line)
                continue
            verb = line.split(b" ")[0].strip().upper()
            if verb == b"EHLO":
                say("250-client-story")
                say("250 8BITMIME")
            elif verb == b"DATA":
                reading = True
                say("354 end with .")
            elif verb == b"QUIT":
                say("221 bye")
                return
            else:
                say("250 OK")


PREFERENCES = """
user_pref("marionette.port", {port});
user_pref("mail.shell.checkDefaultClient", false);
user_pref("app.update.enabled", false);
user_pref("app.update.auto", false);
user_pref("mail.provider.suppress_dialog_on_startup", true);
user_pref("mailnews.start_page.enabled", false);
user_pref("mail.rights.version", 1);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
user_pref("datareporting.policy.dataSubmissionPolicyBypassNotification", true);
user_pref("calendar.timezone.local", "Europe/Zurich");
user_pref("calendar.timezone.useSystemTimezone", false);
user_pref("intl.locale.requested", "fr");
"""

SETUP = """
const [name, email, smtpPort] = arguments;
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const { cal } = ChromeUtils.importESModule("resource:///modules/calendar/calUtils.sys.mjs");
MailServices.accounts.createLocalMailAccount();
const server = MailServices.accounts.createIncomingServer("participant", "127.0.0.1", "pop3");
server.port = 1;
server.setBoolValue("check_new_mail", false);
server.setBoolValue("login_at_startup", false);
const identity = MailServices.accounts.createIdentity();
identity.fullName = name;
identity.email = email;
const account = MailServices.accounts.createAccount();
account.addIdentity(identity);
account.incomingServer = server;
MailServices.accounts.defaultAccount = account;
const smtp = MailServices.outgoingServer.createServer("smtp");
smtp.QueryInterface(Ci.nsISmtpServer);
smtp.hostname = "127.0.0.1";
smtp.port = smtpPort;
smtp.authMethod = Ci.nsMsgAuthMethod.none;
smtp.socketType = Ci.nsMsgSocketType.plain;
identity.smtpServerKey = smtp.key;
const calendars = cal.manager.getCalendars();
for (const calendar of calendars) calendar.setProperty("disabled", false);
window.resizeTo(1600, 1000);
document.getElementById("tabmail").currentAbout3Pane.paneLayout.messagePaneVisible = true;
return [account.key, calendars.map(c => c.name)];
"""

DELIVER = """
const text = arguments[0];
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const { MailUtils } = ChromeUtils.importESModule("resource:///modules/MailUtils.sys.mjs");
const tabmail = document.getElementById("tabmail");
tabmail.switchToTab(0);
const inbox = MailServices.accounts.defaultAccount.incomingServer.rootFolder
    .getFolderWithFlags(Ci.nsMsgFolderFlags.Inbox);
inbox.QueryInterface(Ci.nsIMsgLocalMailFolder).addMessage("From - Thu Nov 25 09:00:00 2026\\n" + text);
const headers = [...inbox.messages];
MailUtils.displayMessageInFolderTab(headers[headers.length - 1]);
return headers[headers.length - 1].mime2DecodedSubject;
"""

BAR = """
const about = document.getElementById("tabmail").currentAbout3Pane.messageBrowser.contentWindow;
if (!about.gMessage || about.gMessage.mime2DecodedSubject != arguments[0]) return null;
const doc = about.document;
const bar = doc.getElementById("imip-bar");
if (!bar || bar.hidden || bar.collapsed) return null;
const buttons = [...doc.querySelectorAll("toolbarbutton[id^=imip]")].filter(b => !b.hidden).map(b => b.id);
const text = [...bar.querySelectorAll("label, description, span")].map(e => e.textContent.trim())
    .filter(t => t.length > 20)[0] || bar.getAttribute("label");
return buttons.length ? [text, buttons] : null;
"""

CLICK = """
const doc = document.getElementById("tabmail").currentAbout3Pane.messageBrowser.contentWindow.document;
doc.getElementById(arguments[0]).click();
return true;
"""

ITEM = """
const [uid, from, to] = arguments;
const { cal } = ChromeUtils.importESModule("resource:///modules/calendar/calUtils.sys.mjs");
return (async () => {
  const found = [];
  for (const calendar of cal.manager.getCalendars()) {
    const item = await calendar.getItem(uid);
    if (!item) continue;
    const start = item.startDate.getInTimezone(cal.timezoneService.getTimezone("Europe/Zurich"));
    const occurrences = [];
    if (item.recurrenceInfo) {
      const zone = cal.timezoneService.getTimezone("Europe/Zurich");
      for (const occurrence of item.recurrenceInfo.getOccurrences(
          cal.createDateTime(from), cal.createDateTime(to), 0)) {
        occurrences.push(occurrence.startDate.getInTimezone(zone).icalString);
      }
    }
    const me = item.getAttendees().map(a => a.participationStatus);
    found.push({
      calendar: calendar.name, title: item.title, start: start.icalString, zone: item.startDate.timezone.tzid,
      sequence: Number(item.getProperty("SEQUENCE") || 0), status: item.status, privacy: item.privacy,
      partstat: me, repeats: !!item.recurrenceInfo, occurrences,
    });
  }
  return found;
})();
"""

SHOW_CALENDAR = """
const [day, view] = arguments;
const { cal } = ChromeUtils.importESModule("resource:///modules/calendar/calUtils.sys.mjs");
const tabmail = document.getElementById("tabmail");
tabmail.openTab("calendar", {});
switchCalendarView(view, true);
currentView().goToDay(cal.createDateTime(day));
if (currentView().scrollToMinute) currentView().scrollToMinute(16 * 60);
return tabmail.currentTabInfo.mode.name;
"""


class Thunderbird:
    def __init__(self, work, shots, log):
        self.work, self.shots, self.log = work, shots, log
        self.display = f":{free_display()}"
        self.processes = []
        self.sink = SMTPSink()
        self.shot = 0

    def start(self, name, email):
        self.processes.append(
            subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        )
        profile = self.work / "thunderbird-profile"
        profile.mkdir()
        port = free_port()
        (profile / "user.js").write_text(PREFERENCES.format(port=port))
        environment = dict(os.environ, DISPLAY=self.display, TZ="Europe/Zurich", LANG="fr_CH.UTF-8",
                           HOME=str(self.work / "home"), MOZ_CRASHREPORTER_DISABLE="1")
        (self.work / "home").mkdir()
        self.processes.append(
            subprocess.Popen(["thunderbird", "--profile", str(profile), "--no-remote", "--marionette",
                              "-remote-allow-system-access"],
                             env=environment, stdout=open(self.work / "thunderbird.log", "w"),
                             stderr=subprocess.STDOUT)
        )
        self.marionette = Marionette(port)
        key, calendars = self.marionette.script(SETUP, name, email, self.sink.port)
        self.log(f"  Thunderbird {self.marionette.script('return Services.appinfo.version')}: account for "
                 f"{email}, calendars {calendars}, replies to a local SMTP sink")
        time.sleep(3)

    def stop(self):
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        self.sink.shutdown()

    def screenshot(self, name):
        self.shot += 1
        path = self.shots / f"{self.shot:02d}-{name}.png"
        subprocess.run(["import", "-display", self.display, "-window", "root", str(path)], check=True,
                       capture_output=True)
        return path.name

    def wait(self, what, probe, deadline=45):
        started = time.monotonic()
        while True:
            value = probe()
            if value:
                return value
            if time.monotonic() - started > deadline:
                fail(f"Thunderbird: {what} did not happen within {deadline} s")
            time.sleep(1)

    def receive(self, eml, name):
        """Puts the message in the inbox, shows it, waits for the invitation bar; returns its label, buttons."""
        text = eml.read_bytes().decode("ascii").replace("\r\n", "\n")
        subject = self.marionette.script(DELIVER, text)
        label, buttons = self.wait("the invitation bar", lambda: self.marionette.script(BAR, subject))
        time.sleep(1)
        shot = self.screenshot(name)
        self.log(f"     received « {subject} »; bar: « {label} », buttons {buttons} [{shot}]")
        return label, buttons

    def act(self, button):
        self.marionette.script(CLICK, button)
        self.log(f"     clicked {button}")

    def item(self, uid, start, end):
        return self.marionette.script(ITEM, uid, start, end)

    def show_calendar(self, day, view, name):
        self.marionette.script(SHOW_CALENDAR, day, view)
        time.sleep(3)
        shot = self.screenshot(name)
        self.marionette.script("document.getElementById('tabmail').switchToTab(0); return true;")
        return shot


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def free_display():
    number = 90
    while pathlib.Path(f"/tmp/.X11-unix/X{number}").exists() or pathlib.Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    return number

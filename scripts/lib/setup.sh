# Shared by scripts/test, scripts/run-example and the benchmarks: installs what a fresh machine lacks.
# Sourced, not run. Idempotent: a machine that has everything spends no time here.

ENTRAIDE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export ENTRAIDE_ROOT

# System packages: libical (iCalendar), cairo + pango (PDF), libqrencode (the flyer's QR code), libcurl (SMTP),
# SQLite, tzdata, fonts, poppler (PDF checks), zbar-tools (zbarimg decodes the flyer's QR code in the tests),
# Chromium (renders plan.html headless for scripts/check-html.py).
entraide_system_packages=(pkg-config libical-dev tzdata libsqlite3-dev libcairo2-dev libpango1.0-dev
    libqrencode-dev libcurl4-openssl-dev fonts-dejavu-core poppler-utils zbar-tools python3-venv chromium)

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
# tests and benchmarks compare with): in a project-local virtual environment.
entraide_python_requirements=(icalendar==7.3.0 recurring-ical-events==3.8.2 radicale==3.9.0 aiosmtpd==1.4.6
    ical==14.3.1 khal==0.14.1 holidays==0.109 ortools==9.15.6755)

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

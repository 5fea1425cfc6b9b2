#!/usr/bin/env bash
# Smoke test of a built bundle: it must work without Python, the source tree or the internet.
#   installer/smoke.sh [BUNDLE_DIR]      (default: dist/crm-desktop)
# Every program runs with a clean environment (env -i): only PATH=/usr/bin:/bin, HOME and
# QT_QPA_PLATFORM (plus CRM_PASSWORD where a user signs in).
set -euo pipefail
bundle="$(cd "${1:-$(dirname "$0")/../dist/crm-desktop}" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/crm-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
db="sqlite:///$work/smoke.sqlite3"

clean() { env -i PATH=/usr/bin:/bin HOME="$work" QT_QPA_PLATFORM=offscreen "$@"; }
step() { printf '== %s\n' "$*"; }

step "crm-admin --help"
clean "$bundle/crm-admin" --help | grep -q "COMMAND"
step "crm-admin init"
clean "$bundle/crm-admin" --db "$db" init
step "crm-admin demo (Russian data, INN/OGRN checks, amounts in words)"
clean "$bundle/crm-admin" --db "$db" demo --clients 20
step "crm-admin backup --verify"
clean "$bundle/crm-admin" --db "$db" backup "$work/backup.sqlite3" --verify
step "crm-desktop --screenshot"
clean CRM_PASSWORD=demo1234 "$bundle/crm-desktop" --db "$db" --user admin \
    --screenshot "$work/out.png"
size=$(stat -c %s "$work/out.png")
[ "$size" -gt 20000 ] || { echo "screenshot too small: $size bytes" >&2; exit 1; }
if [ -n "${SMOKE_SCREENSHOT:-}" ]; then cp "$work/out.png" "$SMOKE_SCREENSHOT"; fi
step "the bundle works (screenshot $size bytes)"

#!/usr/bin/env bash
# Run by .ci/run under an X server (xvfb-run): the README's app command, as written. It installs
# Liseuse into .venv, then opens the window on the sample article. Passes once a window titled
# with the sample's title is on the screen and its names and dates are in the store (so the
# window read and extracted it), then closes the window.
#   .ci/window_check.sh "APP COMMAND" SCRATCH_DIR      (LISEUSE_DB names the store to watch)
set -euo pipefail
app=$1
scratch=$2
log=$scratch/app.log
set -m # the command runs in a process group of its own: the window is closed through it
bash -c "$app" >"$log" 2>&1 &
job=$!
close() { kill -TERM -- "-$job" 2>/dev/null || true; }
trap close EXIT

extracted() {
    python3 - "$LISEUSE_DB" <<'EOF'
import sqlite3, sys
try:
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    people = db.execute("select count(*) from entities where kind = 'PER'").fetchone()[0]
    events = db.execute("select count(*) from events").fetchone()[0]
    db.close()
except sqlite3.Error:
    sys.exit(1)
sys.exit(0 if people and events else 1)
EOF
}

deadline=$((SECONDS + 900)) # the install is part of the command
until xwininfo -root -tree 2>/dev/null | grep -q '"[^"]\+ — Liseuse"' && extracted; do
    if ! kill -0 "$job" 2>/dev/null; then
        echo "the app command ended before its window showed the sample article:" >&2
        cat "$log" >&2
        exit 1
    fi
    if ((SECONDS > deadline)); then
        echo "no window with the sample article after 900 s:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 2
done
xwininfo -root -tree | grep " — Liseuse" | sed 's/^ */window: /'
close
wait "$job" 2>/dev/null || true
trap - EXIT
if grep -q "Traceback" "$log"; then
    echo "the window printed a traceback:" >&2
    cat "$log" >&2
    exit 1
fi

#!/usr/bin/env bash
# Screenshots of the site's main pages, so a person can look at what `defectcli serve` shows.
#
# Usage: tools/screenshots.sh OUT_DIR [FACTS_DIR]
# Needs the web extra (pip install -e '.[web]') and headless Chromium (Debian: apt-get install -y chromium).
# Runs `defectcli serve` (the fact base FACTS_DIR, default the bundled one) on 127.0.0.1 and a free
# port, takes one PNG per page into OUT_DIR, and stops the server.
set -euo pipefail
out="${1:?usage: tools/screenshots.sh OUT_DIR [FACTS_DIR]}"
facts="${2:-}"
here="$(cd "$(dirname "$0")/.." && pwd)"
py="${PYTHON:-$here/.venv/bin/python}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "screenshots: no chromium; apt-get install -y chromium" >&2; exit 2; }
mkdir -p "$out"

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

port="$("$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$py" -m defectcli serve --port "$port" ${facts:+--facts "$facts"} >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 300); do
  "$py" -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/-/versions.json', timeout=1)" \
    2>/dev/null && break
  sleep 0.1
done

# name|path|height: the pages a researcher meets first.
pages=(
  "index|/|900"
  "database|/facts|1800"
  "quotes|/facts/quotes|1400"
  "quote|/facts/quotes/q-lin-aung-no-regret|900"
  "quotes-search-regret|/facts/quotes?_search=regret|900"
  "quotes-theme-safety|/facts/quotes?themes__arraycontains=safety|1200"
  "people|/facts/people|1400"
  "person|/facts/people/lin-aung|1000"
  "actor|/facts/actors/lin-aung|900"
  "figures|/facts/figures|1400"
  "sources|/facts/sources|900"
  "source|/facts/sources/s1|1000"
  "motivations|/facts/motivations|1200"
  "quotes-with-speakers|/facts/quotes_with_speakers|1400"
  "figures-with-sources|/facts/figures_with_sources|1400"
  "search|/facts/search?_search=conscription|1000"
)
for page in "${pages[@]}"; do
  IFS='|' read -r name path height <<<"$page"
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$(mktemp -d -p "$work")" \
    --window-size="1400,$height" --screenshot="$out/$name.png" "http://127.0.0.1:$port$path" \
    >/dev/null 2>&1
  echo "$out/$name.png  $path"
done

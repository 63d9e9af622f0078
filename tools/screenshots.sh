#!/usr/bin/env bash
# Screenshots of the site's main pages, so a person can look at what `defectcli serve` shows.
#
# Usage: tools/screenshots.sh OUT_DIR [FACTS_DIR]
# Needs the web extra (pip install -e '.[web]') and headless Chromium (Debian: apt-get install -y chromium).
# Runs `defectcli serve` (the fact base FACTS_DIR, default the bundled one) on 127.0.0.1 and a port
# it picks, takes one PNG per page into OUT_DIR, and stops the server.
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

# Port 0: the server takes any free port and says which; nothing else can take it in between.
"$py" -m defectcli serve --port 0 ${facts:+--facts "$facts"} >"$work/server.log" 2>&1 &
server=$!
base=""
for _ in $(seq 300); do
  base="$(sed -n 's|^defectcli: serving the fact base at \(http://[^ ]*\)/ .*|\1|p' "$work/server.log")"
  [ -n "$base" ] && "$py" -c "import urllib.request; urllib.request.urlopen('$base/-/versions.json', timeout=1)" \
    2>/dev/null && break
  sleep 0.1
done
[ -n "$base" ] || { echo "screenshots: the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

# name|path|height: the pages a researcher meets first.
pages=(
  "index|/|900"
  "search-pay|/-/search?q=pay|1600"
  "search-regrets|/-/search?q=regrets|1000"
  "search-dont-regret|/-/search?q=dont+regret|700"
  "database|/facts|1800"
  "quotes|/facts/quotes|1400"
  "quote|/facts/quotes/q-lin-aung-no-regret|900"
  "quotes-search-regret|/facts/quotes?_search=regret|900"
  "quotes-theme-safety|/facts/quotes?themes__arraycontains=safety|1200"
  "people|/facts/people|1400"
  "person|/facts/people/lin-aung|1000"
  "actor|/facts/actors/lin-aung|900"
  "figures|/facts/figures|1400"
  "figure|/facts/figures/nug-payment|1200"
  "sources|/facts/sources|900"
  "source|/facts/sources/s1|1000"
  "motivations|/facts/motivations|1200"
  "quotes-with-speakers|/facts/quotes_with_speakers|1400"
  "figures-with-sources|/facts/figures_with_sources|1400"
  "search-table|/facts/search?_search=conscription|1000"
)
for page in "${pages[@]}"; do
  IFS='|' read -r name path height <<<"$page"
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$(mktemp -d -p "$work")" \
    --window-size="1400,$height" --screenshot="$out/$name.png" "$base$path" \
    >/dev/null 2>&1
  echo "$out/$name.png  $path"
done

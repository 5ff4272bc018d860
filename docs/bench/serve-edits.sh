#!/usr/bin/env bash
# serve-edits.sh [JAR] [EDITS] [WAIT] [PORT]: how long `serve` takes from an edit to the browser's reload.
# Serves a copy of this project's content/ and templates/ (with a copy of its chart cache, .shaffof-cache, when
# there is one: build the site once first), connects an EventSource client in place of a browser, waits WAIT
# seconds after the first build (default 25), then edits the value on line 13 of
# content/indicators/broadband-users.json EDITS times (default 12), each time to a value never used before, one
# edit every 2.5 s. Prints the server's line for each rebuild; "reload sent ... ms after the change" is the figure,
# counted from the first file-system event. The copy is deleted after. Used for docs/BENCHMARKS.md ("Serve").
#   docs/bench/serve-edits.sh                                 # generator/target/shaffof.jar
#   docs/bench/serve-edits.sh /tmp/old.jar 12 25 18091        # another jar, for a side-by-side run
# SERVE_JAVA_OPTS adds JVM options to the server, e.g. a profile of the edits:
#   SERVE_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/serve.jfr,settings=profile docs/bench/serve-edits.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="${1:-$root/generator/target/shaffof.jar}"
edits="${2:-12}"
wait_s="${3:-25}"
port="${4:-18090}"
copy=$(mktemp -d)
server=""
client=""
trap 'kill $client $server 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$copy"' EXIT
cp -r "$root/content" "$root/templates" "$copy/"
[ -d "$root/.shaffof-cache" ] && cp -r "$root/.shaffof-cache" "$copy/"
java ${SERVE_JAVA_OPTS:-} -jar "$jar" serve --root "$copy" --port "$port" > "$copy/serve.log" 2>&1 &
server=$!
for _ in $(seq 480); do grep -q "127.0.0.1:$port" "$copy/serve.log" && break; sleep 0.5; done
grep -q "127.0.0.1:$port" "$copy/serve.log" || { cat "$copy/serve.log" >&2; echo "serve did not start" >&2; exit 1; }
curl -sN "http://127.0.0.1:$port/__shaffof/events" > /dev/null 2>&1 &
client=$!
sleep "$wait_s"
file="$copy/content/indicators/broadband-users.json"
for i in $(seq "$edits"); do
  sed -i "13s/\"value\": [0-9]*/\"value\": $((30000 + i * 17 + RANDOM % 7))/" "$file"
  sleep 2.5
done
sleep 3
grep -E "^Rebuilt|rror" "$copy/serve.log" | tail -n "$edits"

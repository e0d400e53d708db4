#!/usr/bin/env bash
# Load test of `roundup serve`, on 127.0.0.1 only and bounded in time: CONNECTIONS concurrent connections (half on the
# story list, half on one story's page) for DURATION, while `roundup ingest MORE` adds articles to the same store.
# Prints wrk's summary of each (latency percentiles; socket errors and non-2xx answers when there are any). Needs wrk
# (Debian package 'wrk': written in C, it leaves more of a small machine to the server than hey does).
#   bash bench/load.sh STORE.db MORE.jsonl
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:?the store to serve}
MORE=${2:?a JSON Lines file to ingest during the test}
CONNECTIONS=${CONNECTIONS:-1000}
DURATION=${DURATION:-30s}
PORT=${PORT:-5091}
CLI=src/Roundup.Cli/bin/Release/net10.0/Roundup.Cli.dll
command -v wrk >/dev/null || { echo "load.sh needs wrk (apt-get install -y wrk)" >&2; exit 1; }
[ -f "$CLI" ] || dotnet build -c Release src/Roundup.Cli >/dev/null

ulimit -n 65536 2>/dev/null || true
dotnet "$CLI" serve --db "$DB" --urls "http://127.0.0.1:$PORT" 2>/dev/null &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/api/stories?limit=1" >/dev/null && break; sleep 0.2; done
ID=$(curl -sf "http://127.0.0.1:$PORT/api/stories?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["stories"][0]["id"])')
curl -sf "http://127.0.0.1:$PORT/stories/$ID" >/dev/null   # the page is made once, then kept

dotnet "$CLI" ingest "$MORE" --db "$DB" >/dev/null 2>&1 &
INGEST=$!
wrk -t1 -c$((CONNECTIONS / 2)) -d"$DURATION" --latency "http://127.0.0.1:$PORT/api/stories" >/tmp/roundup-load-list.txt &
LIST=$!
wrk -t1 -c$((CONNECTIONS / 2)) -d"$DURATION" --latency "http://127.0.0.1:$PORT/stories/$ID" >/tmp/roundup-load-page.txt
wait $LIST
if kill -0 $INGEST 2>/dev/null; then echo "(the ingest was still running when the load ended)"; else echo "(the ingest ended before the load did)"; fi
wait $INGEST || echo "the ingest failed" >&2
for what in list page; do
  echo "== story $what: $CONNECTIONS/2 connections for $DURATION"
  grep -E "requests in|Requests/sec|Latency |50%|90%|99%|Socket errors|Non-2xx" /tmp/roundup-load-$what.txt || true
done

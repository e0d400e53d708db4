#!/usr/bin/env python3
"""Writes the ECB+ development set in the DUC/TAC layout that `roundup eval summaries` reads.

usage: python3 bench/ecbplus-duc.py [--half odd|even] [SHARED_EVAL_DIR] OUT_DIR
  OUT_DIR/docs/<event>/<id>.txt  one plain-text article per ECB+ document of each summarised event
  OUT_DIR/refs/<event>.A         the event's reference summary (one sentence per line)
  --half odd|even                only the events of odd (or even) topic numbers: tune on one half, check on the other
"""
import json
import os
import sys

args = sys.argv[1:]
if any(a in ("-h", "--help") for a in args):
    print(__doc__.strip())
    sys.exit(0)
half = None
if len(args) >= 2 and args[0] == "--half":
    if args[1] not in ("odd", "even"):
        sys.exit(f"--half takes odd or even, not {args[1]}\n\n{__doc__.strip()}")
    half, args = args[1], args[2:]
if any(a.startswith("-") for a in args):
    sys.exit(f"unknown option {next(a for a in args if a.startswith('-'))}\n\n{__doc__.strip()}")
if len(args) == 1:
    shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval")
    out = args[0]
elif len(args) == 2:
    shared, out = args
else:
    sys.exit(__doc__.strip())
if not os.path.isdir(os.path.join(shared, "ecbplus-summaries")):
    sys.exit(f"{shared} holds no ecbplus-summaries folder: give the shared eval folder as the first argument.")

refs_in = os.path.join(shared, "ecbplus-summaries")
events = sorted(f[: -len(".A.txt")] for f in os.listdir(refs_in) if f.endswith(".A.txt"))
if half is not None:
    # The topic is the event's leading number ("10a" is topic 10).
    events = [e for e in events if (int("".join(c for c in e if c.isdigit())) % 2 == 1) == (half == "odd")]
os.makedirs(os.path.join(out, "refs"), exist_ok=True)
for event in events:
    with open(os.path.join(refs_in, event + ".A.txt"), encoding="utf-8") as src, \
         open(os.path.join(out, "refs", event + ".A"), "w", encoding="utf-8") as dst:
        dst.write(src.read())
count = 0
with open(os.path.join(shared, "ecbplus-events.jsonl"), encoding="utf-8") as lines:
    for line in lines:
        doc = json.loads(line)
        if doc["event"] not in events:
            continue
        folder = os.path.join(out, "docs", doc["event"])
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, doc["id"] + ".txt"), "w", encoding="utf-8") as dst:
            dst.write(doc["text"])
        count += 1
print(f"{len(events)} events, {count} documents written to {out}")

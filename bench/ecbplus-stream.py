#!/usr/bin/env python3
"""Writes an ECB+ proxy for clustering news events that nobody tuned on: one event per topic, shuffled.

usage: python3 bench/ecbplus-stream.py a|b [--spread DAYS] [--block] [SHARED_EVAL_DIR] OUT.jsonl
  a|b             the first ("1a") or the second ("1b") event of each of the 43 topics
  --spread DAYS   date the documents: each event starts on a day among 60 and its documents fall uniformly over the
                  next DAYS days (a long story's thin coverage), written in date order; without it the documents are
                  undated and shuffled, and lines that are URLs or short lines naming a date are taken out
  --block         each text as news corpora keep it: the lines above the first sentence as its title, the rest one
                  block hard-wrapped at 72 columns (no paragraphs marked)
Score with: roundup eval clusters OUT.jsonl --label event
"""
import datetime
import json
import os
import random
import re
import sys
import textwrap

SEED = 11
args = sys.argv[1:]
if not args or any(a in ("-h", "--help") for a in args):
    print(__doc__.strip())
    sys.exit(0)
block = "--block" in args
args = [a for a in args if a != "--block"]
spread = None
if "--spread" in args:
    i = args.index("--spread")
    try:
        spread = int(args[i + 1])
    except (IndexError, ValueError):
        sys.exit(f"--spread takes a number of days\n\n{__doc__.strip()}")
    if spread < 1:
        sys.exit("--spread takes a number of days of at least 1")
    del args[i:i + 2]
if len(args) == 2:
    which, out = args
    shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval")
elif len(args) == 3:
    which, shared, out = args
else:
    sys.exit(__doc__.strip())
if which not in ("a", "b"):
    sys.exit(f"the first argument is a or b, not {which}\n\n{__doc__.strip()}")
events_file = os.path.join(shared, "ecbplus-events.jsonl")
if not os.path.isfile(events_file):
    sys.exit(f"{events_file} does not exist: give the shared eval folder before OUT.jsonl.")

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATED = re.compile(
    rf"\b{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH}\b|\b(?:19|20)\d\d\b|\b\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{2,4}}\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
MAX_DATE_LINE_WORDS = 12  # a date line ("Posted: Tuesday, March 27, 2016 10:30 GMT") is short; a sentence is longer
URL = re.compile(r"^\s*(?:https?\s*:|www\s*\.)", re.IGNORECASE)

docs = [json.loads(line) for line in open(events_file, encoding="utf-8")]
docs = [d for d in docs if d["event"].endswith(which)]
rnd = random.Random(SEED)
if spread is None:
    for d in docs:
        # Date lines and URLs, not the sentences that name a day ("… struck on Tuesday"): those tell the story.
        lines = [l for l in d["text"].split("\n") if not URL.match(l) and not (DATED.search(l) and len(l.split()) <= MAX_DATE_LINE_WORDS)]
        d["text"] = "\n".join(lines)
    rnd.shuffle(docs)
else:
    start = {}
    first_day = datetime.date(2000, 1, 1)
    for d in docs:
        begins = start.setdefault(d["event"], rnd.randrange(0, 60))
        d["published"] = (first_day + datetime.timedelta(days=begins + rnd.randrange(0, spread))).isoformat()
    docs.sort(key=lambda d: (d["published"], d["id"]))
if block:
    for d in docs:
        lines = [l for l in d["text"].split("\n") if l.strip()]
        lead = 0
        while lead < len(lines) - 1 and not lines[lead].rstrip("\"'\u201d\u2019").endswith((".", "!", "?")):
            lead += 1
        if lead:
            d["title"] = " ".join(lines[:lead])
        d["text"] = "\n".join(textwrap.wrap(" ".join(lines[lead:]), 72, break_long_words=False, break_on_hyphens=False))
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d) + "\n")
print(f"{len(docs)} documents of {len({d['event'] for d in docs})} events written to {out}")

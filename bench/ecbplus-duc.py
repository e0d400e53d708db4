#!/usr/bin/env python3
"""Writes the ECB+ development set in the DUC/TAC layout that `roundup eval summaries` reads.

usage: python3 bench/ecbplus-duc.py [--half odd|even] [--sgml] [SHARED_EVAL_DIR] OUT_DIR
  OUT_DIR/docs/<event>/<id>.txt  one plain-text article per ECB+ document of each summarised event
  OUT_DIR/refs/<event>.A         the event's reference summary (one sentence per line)
  --half odd|even                only the events of odd (or even) topic numbers: tune on one half, check on the other
  --sgml                         write each document as news corpora distribute them (docs/<event>/<id>, no extension):
                                 <DOC>/<DOCNO>/<TEXT> SGML, the lines above the first sentence as <HEADLINE>, TeX
                                 quotes, the text one block wrapped at 72 columns (TDT/DUC) or, every other document,
                                 a <P> per sentence (AQUAINT) -- as tests/Roundup.Tests/Evaluation/CorpusSgml.cs writes it
  --stories                      instead, all 982 documents, shuffled, as such SGML files in OUT_DIR/stories/ (for
                                 roundup cluster and ../shared/eval/scripts/bcubed.py)
"""
import json
import os
import sys
import textwrap

args = sys.argv[1:]
if any(a in ("-h", "--help") for a in args):
    print(__doc__.strip())
    sys.exit(0)
sgml = "--sgml" in args
stories = "--stories" in args
args = [a for a in args if a not in ("--sgml", "--stories")]
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


def tex_quotes(text):
    """Straight double quotes as TeX writes them, opening and closing in turn through the whole text."""
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("``" if opening else "''")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def corpus_sgml(doc_id, text, wrapped):
    lines = tex_quotes("\n".join(l.strip() for l in text.split("\n") if l.strip())).split("\n")
    out = ["<DOC>", f"<DOCNO> {doc_id} </DOCNO>", "<DOCTYPE> NEWS </DOCTYPE>", "<TXTTYPE> NEWSWIRE </TXTTYPE>"]
    lead = 0
    while lead < len(lines) - 1 and not lines[lead].rstrip("\u201d\u2019'").endswith(".") and not lines[lead].endswith(("!", "?")):
        lead += 1
    if lead:
        out += ["<HEADLINE>", " ".join(lines[:lead]), "</HEADLINE>"]
        lines = lines[lead:]
    out.append("<TEXT>")
    wrap = lambda t: textwrap.wrap(t, 72, break_long_words=False, break_on_hyphens=False)
    if wrapped:
        out += wrap(" ".join(lines))
    else:
        for line in lines:
            w = wrap(line)
            out += ["<P>", "   " + w[0]] + w[1:] + ["</P>"]
    return "\n".join(out + ["</TEXT>", "</DOC>"]) + "\n"


if stories:
    # Every ECB+ document, shuffled, as corpus SGML in one folder: `roundup cluster OUT_DIR/stories --format jsonl`
    # then `bcubed.py ecbplus-events.jsonl event` (the document numbers are the ECB+ ids).
    import random
    with open(os.path.join(shared, "ecbplus-events.jsonl"), encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines]
    random.Random(7).shuffle(docs)
    os.makedirs(os.path.join(out, "stories"), exist_ok=True)
    for i, doc in enumerate(docs):
        with open(os.path.join(out, "stories", f"{i:04d}_{doc['id']}"), "w", encoding="utf-8") as dst:
            dst.write(corpus_sgml(doc["id"], doc["text"], i % 2 == 0))
    print(f"{len(docs)} documents written to {os.path.join(out, 'stories')}")
    sys.exit(0)

count = 0
with open(os.path.join(shared, "ecbplus-events.jsonl"), encoding="utf-8") as lines:
    for line in lines:
        doc = json.loads(line)
        if doc["event"] not in events:
            continue
        folder = os.path.join(out, "docs", doc["event"])
        os.makedirs(folder, exist_ok=True)
        name = doc["id"] if sgml else doc["id"] + ".txt"
        with open(os.path.join(folder, name), "w", encoding="utf-8") as dst:
            dst.write(corpus_sgml(doc["id"], doc["text"], count % 2 == 0) if sgml else doc["text"])
        count += 1
print(f"{len(events)} events, {count} documents written to {out}")

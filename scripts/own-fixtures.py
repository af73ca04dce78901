#!/usr/bin/env python3
"""Scores Sitrep on the project's own fixture texts (tests/Sitrep.Tests/TestData/own/).

usage: own-fixtures.py FIXTURE.jsonl PRED.jsonl [--per-item]

FIXTURE lines are documents ({"id","text","published"?,"language"?}) carrying what ACLED would code:
"expect" (one event: a snippet) or "events" (a list: an article; "quiet": true when none is expected).
PRED is `sitrep extract FIXTURE -f jsonl`. A snippet is scored on the first event coded from it (as
`sitrep eval` scores ACLED notes); an article's expected events are matched to coded events by sub-event
type first, then by order. Each field is the share of expectations that name it and are met.
"""
import json, sys, unicodedata, re
from collections import defaultdict

def fold(s):
    s = unicodedata.normalize('NFKD', str(s)).encode('ascii', 'ignore').decode().lower()
    s = re.sub(r'\(\d{4}-\d{0,4}\)', '', s)
    return re.sub(r'[^a-z0-9]+', '', s)

def ok(field, want, got):
    wants = want if isinstance(want, list) else [want]
    if got is None: return False
    if field == 'fatalities': return any(int(got) == int(w) for w in wants)
    return any(fold(w) == fold(got) for w in wants)

FIELDS = ['sub_event_type', 'date', 'country', 'admin1', 'location', 'fatalities', 'actor1', 'actor2']

def main():
    fixture, pred = sys.argv[1], sys.argv[2]
    per = '--per-item' in sys.argv
    docs = [json.loads(l) for l in open(fixture, encoding='utf-8') if l.strip()]
    events = defaultdict(list)
    for l in open(pred, encoding='utf-8'):
        if l.strip():
            e = json.loads(l)
            events[e.get('doc_id')].append(e)
    hit, tot = defaultdict(int), defaultdict(int)
    quiet_ok = quiet = extra = 0
    for d in docs:
        got = events.get(d['id'], [])
        if d.get('quiet'):
            quiet += 1; quiet_ok += not got
            if per and got: print(f"{d['id']}: quiet but coded {[e.get('sub_event_type') for e in got]}")
            continue
        wants = d['events'] if 'events' in d else [d['expect']]
        left = list(got)
        extra += max(0, len(got) - len(wants))
        for i, w in enumerate(wants):
            m = next((e for e in left if ok('sub_event_type', w.get('sub_event_type'), e.get('sub_event_type'))), None)
            if m is None and left and 'events' not in d: m = left[0]
            if m is not None: left.remove(m)
            tot['detected'] += 1; hit['detected'] += m is not None
            miss = []
            for f in FIELDS:
                if f not in w: continue
                tot[f] += 1
                g = None if m is None else (m.get('event_date') if f == 'date' else m.get(f))
                if ok(f, w[f], g): hit[f] += 1
                else: miss.append(f"{f}={g!r} want {w[f]!r}")
            if per and miss: print(f"{d['id']}#{i}: " + '; '.join(miss))
    for f in ['detected'] + FIELDS:
        if tot[f]: print(f"  {f:16s} {hit[f]/tot[f]:.3f}  {hit[f]}/{tot[f]}")
    if quiet: print(f"  quiet            {quiet_ok}/{quiet}")
    print(f"  extra events     {extra}")

main()

#!/usr/bin/env python3
"""Scan FNC-1 story files for one event placed two ways, for reading place discrepancies (session 22).

Usage: place_event_scan.py STORY.jsonl... (as fnc_story.py writes them)
Prints, per story, each event word (born, died, arrested, killed, filmed, shot, held, found, removed, surgery ...)
followed within 3 words by in/at/near/inside/outside + a capitalised phrase, when two bodies give it different
phrases: the candidates to read in context. Nothing is judged here.
"""
import json,re,sys,glob,collections
V=r"(born|filmed|arrested|died|detained|captured|killed|executed|beheaded|surgery|recorded|raised|grew up|took place|happened|occurred|crashed|landed|shot|found|kidnapped|abducted|held|stabbed|attacked|removed|treated|hospitalized|married|buried|seized|spotted|sighted|stolen|photographed|taken)"
P=re.compile(r"\b"+V+r"\b(?: \w+){0,3}? (?:in|at|near|inside|outside) ((?:the )?[A-Z][\w’'.-]*(?:,? [A-Z][\w’'.-]*)*)")
for f in sys.argv[1:]:
    s=f.split('/')[-1][:-6]; ev=collections.defaultdict(lambda: collections.defaultdict(set))
    for l in open(f):
        r=json.loads(l); b=r['outlet'].split()[-1]
        for m in P.finditer(r['text']):
            ev[m.group(1)][m.group(2).strip(' ,.')].add(b)
    for v,pl in ev.items():
        if len(pl)>=2 and len(set().union(*pl.values()))>=2:
            print(s,v,'; '.join(f"{p}[{','.join(sorted(bs))}]" for p,bs in pl.items()))

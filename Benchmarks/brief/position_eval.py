#!/usr/bin/env python3
"""Who holds which position on a story's claims: the brief's claims against our gold judgments of FNC-1 story groups.

Usage: position_eval.py GOLD FNC_DIR CORROBORATE [--half dev|test|all] [--briefs DIR] [--reuse]
  GOLD         Examples/positions-gold/fnc1.tsv (its header says how it was read and what each row is)
  FNC_DIR      ../shared/data/stance/fnc1-train
  CORROBORATE  .build-bench-rel/release/corroborate
  --briefs DIR keep each story's JSON brief there (DIR/sNN.json); --reuse reads briefs already there.
A brief claim matches the first gold claim of its story (file order) one of whose regexes its text contains; a claim
that also contains one of the gold claim's "neg" regexes is worded as its negation, and its stances are read flipped
(asserts/confirms <-> denies). Per half:
  position recall     gold positions (named holders) found: a matching brief claim has a position whose holder name
                      matches one of the holder's aliases, with an accepted stance, given by at least one gold body;
  position precision  positions on matching brief claims whose holder and stance are gold (a named holder's, or an
                      outlet's "Outlet N" whose body the gold gives that stance);
  wrong stances       positions on matching claims whose holder is gold for the claim but whose stance is not;
  non-actor holders   positions on any brief claim whose holder is no gold holder of the story, no outlet or agency
                      (entity kind), and no "actors" row name ("Ebola", "The article");
  status accuracy     matched brief claims whose status is one the gold accepts (a negation's status read flipped:
                      confirmed/reported -> denied, denied -> reported);
  claims split        gold claims matched by more than one brief claim.
Prints every judgment (one line each) so that a reader can check it, then the figures.
"""
import collections
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from fnc_briefs import arguments, brief  # noqa: E402
FLIP = {"asserts": "denies", "confirms": "denies", "denies": "asserts"}
# The status of a claim worded as the negation, read as the status of the gold claim: a negation stated or
# confirmed is the claim denied, a negation denied is the claim reported.
NEGATED_STATUS = {"confirmed": "denied", "reported": "denied", "denied": "reported"}


class Claim:
    def __init__(self, half, story, ident, status, gist, regexes, negated):
        self.half, self.story, self.id, self.gist = half, story, ident, gist
        self.statuses = set(status.split("|"))
        self.regexes = [re.compile(r, re.I) for r in regexes.split(" || ") if r.strip()]
        self.negated = [re.compile(r, re.I) for r in negated.split(" || ") if r.strip()]
        self.positions = []  # (alias regex, stances, bodies, aliases as written)
        self.outlets = {}  # body -> set of stances

    def matches(self, text):
        return any(r.search(text) for r in self.regexes)

    def is_negation(self, text):
        return any(r.search(text) for r in self.negated)


def load_gold(path):
    read, claims, actors = {}, collections.defaultdict(list), collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        kind = cells[0]
        if kind == "read":
            for story in cells[2].split():
                read[story] = cells[1]
        elif kind == "claim":
            _, half, story, ident, status, gist, regexes = cells[:7]
            claims[story].append(Claim(half, story, ident, status, gist, regexes, cells[7] if len(cells) > 7 else ""))
        elif kind == "actors":
            actors[cells[2]].append(re.compile(r"^(?:%s)$" % cells[3], re.I))
        else:
            claim = next(c for c in claims[cells[2]] if c.id == cells[3])
            if kind == "position":
                claim.positions.append((re.compile(r"^(?:(?:the )?(?:%s))$" % cells[4], re.I), set(cells[5].split("|")), set(cells[6].split()), cells[4]))
            elif kind == "outlets":
                for body in cells[5].split():
                    claim.outlets.setdefault(body, set()).add(cells[4])
    return read, claims, actors


def outlet_body(name):
    found = re.fullmatch(r"Outlet (\d+)", name or "")
    return found.group(1) if found else None


def judge(position, claim, negated):
    """'right', 'wrong stance' or 'not gold' for one position on a matching claim."""
    stance = FLIP.get(position["stance"], position["stance"]) if negated else position["stance"]
    body = outlet_body(position["holderName"])
    if body is not None:
        if body not in claim.outlets:
            return "not gold", stance
        return ("right" if stance in claim.outlets[body] else "wrong stance"), stance
    holders = [p for p in claim.positions if p[0].match(position["holderName"])]
    if not holders:
        return "not gold", stance
    return ("right" if any(stance in p[1] for p in holders) else "wrong stance"), stance


def main():
    args = arguments(__doc__)
    read, claims, actors = load_gold(args.gold)
    folder = args.briefs or tempfile.mkdtemp()
    os.makedirs(folder, exist_ok=True)
    score = collections.defaultdict(collections.Counter)
    for story, half in read.items():
        if args.half not in ("all", half):
            continue
        result = brief(story, args, folder)
        tally = score[half]
        golds = claims[story]
        found = set()  # (claim id, position index)
        matched = collections.Counter()
        for item in result["stories"]:
            kinds = {e["id"]: e["kind"] for e in item["entities"]}
            for brief_claim in item.get("claims", []):
                text = brief_claim["text"]
                claim = next((c for c in golds if c.matches(text)), None)
                for position in brief_claim["positions"]:
                    name = position["holderName"]
                    known = (outlet_body(name) is not None or kinds.get(position.get("holder")) in ("outlet", "agency")
                             or any(p[0].match(name) for c in golds for p in c.positions)
                             or any(a.match(name) for a in actors[story]))
                    if not known:
                        tally["non-actor"] += 1
                        print(f"{story}\tNON-ACTOR\t{name} {position['stance']}\t{text[:90]}")
                if claim is None:
                    print(f"{story}\tunmatched claim\t[{brief_claim['status']}] {text[:110]}")
                    continue
                matched[claim.id] += 1
                negated = claim.is_negation(text)
                status = NEGATED_STATUS.get(brief_claim["status"], brief_claim["status"]) if negated else brief_claim["status"]
                ok = status in claim.statuses
                tally["matched claims"] += 1
                tally["status right"] += ok
                print(f"{story}\t{claim.id}{' (negated)' if negated else ''}\tstatus {brief_claim['status']}{' (read ' + status + ')' if negated else ''} "
                      f"{'right' if ok else 'WRONG, gold ' + '|'.join(sorted(claim.statuses))}\t{text[:110]}")
                for position in brief_claim["positions"]:
                    verdict, stance = judge(position, claim, negated)
                    tally["positions"] += 1
                    tally["positions right"] += verdict == "right"
                    tally["wrong stance"] += verdict == "wrong stance"
                    print(f"{story}\t{claim.id}\t  {verdict.upper() if verdict != 'right' else verdict}\t"
                          f"{position['holderName']} {position['stance']}{' (read ' + stance + ')' if negated else ''}")
                    if verdict == "right" and outlet_body(position["holderName"]) is None:
                        for index, (alias, stances, bodies, _) in enumerate(claim.positions):
                            if alias.match(position["holderName"]) and stance in stances:
                                found.add((claim.id, index))
        for claim in golds:
            tally["gold claims"] += 1
            tally["claims split"] += matched[claim.id] > 1
            tally["claims matched"] += matched[claim.id] > 0
            for index, (alias, stances, bodies, names) in enumerate(claim.positions):
                tally["gold positions"] += 1
                hit = (claim.id, index) in found
                tally["gold found"] += hit
                if not hit:
                    print(f"{story}\t{claim.id}\tMISSED\t{names} {'|'.join(sorted(stances))} ({claim.gist})")
    for half in sorted(score):
        t = score[half]
        def ratio(a, b):
            return f"{t[a]}/{t[b]} = {t[a] / t[b]:.2f}" if t[b] else f"{t[a]}/0"
        print(f"{half}: position recall {ratio('gold found', 'gold positions')}; precision {ratio('positions right', 'positions')}; "
              f"wrong stances {t['wrong stance']}; non-actor holders {t['non-actor']}; status {ratio('status right', 'matched claims')}; "
              f"gold claims matched {t['claims matched']}/{t['gold claims']}, split {t['claims split']}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes a big RSS feed and a big JSON-lines file of invented news items, for `extract`/`analyze` at scale.

Usage: python3 Benchmarks/scale/make_feed.py OUT_DIR [ITEMS]      (default 10000 items)
Writes OUT_DIR/feed-ITEMS.xml (RSS 2.0) and OUT_DIR/records-ITEMS.jsonl (one record per line).
Items come in invented stories of 3 to 6 items (one per outlet), each story with its own place, person,
organisation, figures and day, so clustering has real work; every word is made up or generic, and the
output is a deterministic function of ITEMS (random.Random(16)). Nothing here is a real article.
"""
import json
import os
import random
import sys
from xml.sax.saxutils import escape

SYLLABLES = ["ka", "vel", "mor", "tan", "ri", "bo", "lus", "en", "dar", "mi", "sor", "tek", "ul", "fa", "gren",
             "ho", "pa", "zin", "qua", "ler", "nos", "vi", "bra", "che"]
EVENTS = [("bridge", "closed after engineers found a crack in a pier"), ("port", "reopened after a strike by dock workers"),
          ("council", "approved a budget for new housing"), ("hospital", "opened a new emergency ward"),
          ("airport", "cancelled flights after a storm"), ("school", "moved lessons online after a fire"),
          ("railway", "suspended services after a signal failure"), ("factory", "announced job cuts"),
          ("museum", "returned a stolen painting"), ("dam", "released water after heavy rain")]
ROLES = ["mayor", "spokesperson", "minister", "director", "chief engineer", "union leader"]
OUTLETS = ["Vell Courier", "Morland Post", "Tanri Herald", "Bolus Times", "Endar Daily", "Soren Gazette"]
VERBS = ["said", "told reporters", "said in a statement", "added"]


def name(rng, parts):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def story(rng, number):
    place, person, organisation = name(rng, 2), f"{name(rng, 2)} {name(rng, 3)}", f"{name(rng, 2)} Authority"
    event, what = rng.choice(EVENTS)
    role = rng.choice(ROLES)
    figure, day = rng.randrange(2, 900), 1 + number % 28
    return dict(place=place, person=person, organisation=organisation, event=event, what=what, role=role,
                figure=figure, day=day, number=number)


def item(rng, facts, outlet):
    f = facts
    verb = rng.choice(VERBS)
    title = f"{f['place']} {f['event']} {f['what'].split(' after ')[0].split(' a ')[0]}"
    sentences = [
        f"The {f['place']} {f['event']} {f['what']} on Tuesday, the {f['organisation']} {verb}.",
        f"\"We will keep people informed as work goes on,\" {f['role']} {f['person']} said.",
        f"About {f['figure'] + rng.randrange(0, 3)} people were affected, according to the {f['organisation']}.",
        f"{f['person']} said the {f['event']} would be reviewed by an independent panel next month.",
        f"Residents of {f['place']} said they had raised concerns about the {f['event']} before.",
    ]
    rng.shuffle(sentences[2:])
    return dict(title=title.capitalize(), url=f"https://{outlet.lower().replace(' ', '')}.example/{f['number']}",
                outlet=outlet, published=f"2026-03-{f['day']:02d}T10:00:00Z", text=" ".join(sentences))


def items(count):
    rng = random.Random(16)
    made, number = 0, 0
    while made < count:
        facts = story(rng, number)
        for outlet in rng.sample(OUTLETS, rng.randrange(3, 7)):
            if made == count:
                return
            yield item(rng, facts, outlet)
            made += 1
        number += 1


def rss_item(entry):
    return (f"<item><title>{escape(entry['title'])}</title><link>{escape(entry['url'])}</link>"
            f"<pubDate>{entry['published']}</pubDate><description>{escape(entry['text'])}</description></item>\n")


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    out, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else 10_000
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, f"feed-{count}.xml"), "w", encoding="utf-8") as feed:
        feed.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Invented wire</title>\n')
        for entry in items(count):
            feed.write(rss_item(entry))
        feed.write("</channel></rss>\n")
    with open(os.path.join(out, f"records-{count}.jsonl"), "w", encoding="utf-8") as lines:
        for entry in items(count):
            lines.write(json.dumps(entry) + "\n")


if __name__ == "__main__":
    main()

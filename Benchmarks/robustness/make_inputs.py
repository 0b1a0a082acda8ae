#!/usr/bin/env python3
"""Writes Corroborate's adversarial inputs into a directory (generated, never committed as data).

Usage: Benchmarks/robustness/make_inputs.py DIR

Each top-level entry of DIR is one case for run.sh: a file, or a directory read as one input.
Files named stdin-*.bin are fed to the commands on standard input (argument `-`).
Every article text here is invented. The largest files (gzip bomb, 100 MB JSON string, 50 MB
attribute) take about a minute and ~250 MB of disk in all.
"""
import gzip
import os
import random
import struct
import sys
import zlib

GOOD_BODY = (
    "<p>The Vell river bridge at Ostrava Nord closed on Tuesday after engineers found a crack in "
    "the main span, the city transport office said.</p>"
    "<p>\u201cWe will not reopen it until the inspection is complete,\u201d said Mara Lind, the "
    "office\u2019s chief engineer, adding that buses would take the detour through Harbour Street.</p>"
    "<p>Traffic on the ring road was heavy on Wednesday morning, and the office said repairs could "
    "take three weeks. The mayor, Tomas Brenner, told reporters the city would pay for the work.</p>"
)


def good_html(title="Vell bridge closed after crack found", extra_head="", extra_body=""):
    return (
        "<!doctype html><html><head><meta charset=\"utf-8\">" + extra_head +
        f"<title>{title}</title></head><body><article><h1>{title}</h1>" + GOOD_BODY + extra_body +
        "</article></body></html>"
    )


def write(directory, name, data):
    path = os.path.join(directory, name) if isinstance(name, str) else os.path.join(directory.encode(), name)
    mode = "wb"
    with open(path, mode) as handle:
        handle.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def warc_record(body, url="https://vell.example/bridge", length=None):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    declared = str(len(http)).encode() if length is None else length
    head = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url.encode() +
        b"\r\nWARC-Date: 2026-03-03T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:0000>\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: " + declared + b"\r\n\r\n"
    )
    return head + http + b"\r\n\r\n"


def gzip_zeros(size):
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\0" * (1 << 20)
    parts = []
    for _ in range(size // len(chunk)):
        parts.append(compressor.compress(chunk))
    parts.append(compressor.flush())
    return b"".join(parts)


def feed(items):
    return (
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Vell Feed</title>"
        + "".join(items) + "</channel></rss>"
    )


def item(index, description="The Vell bridge closed after engineers found a crack, the office said."):
    return (
        f"<item><title>Bridge update {index}</title><link>https://vell.example/{index}</link>"
        f"<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate><description>{description}</description></item>"
    )


def text_cases(out):
    rng = random.Random(13)
    write(out, "empty.html", b"")
    write(out, "random.bin", bytes(rng.getrandbits(8) for _ in range(65536)))
    write(out, "png.png", b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(4096)))
    write(out, "elf.bin", b"\x7fELF\x02\x01\x01" + bytes(4096))
    write(out, "pdf.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(2048))
    write(out, "nul-in-text.txt", ("Vell bridge closed\n\n" + "The bridge\0 closed on Tuesday, the office said.\0\n\n" * 20).encode())
    write(out, "invalid-utf8.html", good_html().encode().replace(b"crack", b"cr\xff\xfeack\xc3"))
    page = good_html().replace("charset=\"utf-8\"", "charset=\"utf-16\"")
    write(out, "utf16le-bom.html", b"\xff\xfe" + page.encode("utf-16-le"))
    write(out, "utf16be-bom.html", b"\xfe\xff" + page.encode("utf-16-be"))
    write(out, "utf16le-nobom.html", page.encode("utf-16-le"))
    write(out, "utf16be-nobom.html", page.encode("utf-16-be"))
    write(out, "charset-unknown.html", good_html().replace("utf-8", "x-no-such-charset-13"))
    write(out, "charset-wrong.html", good_html().replace("utf-8", "shift_jis"))
    write(out, "long-line.txt", b"Vell\n\n" + b"x" * (5 << 20) + b"\n")
    write(out, "quotes-10000.html", good_html(extra_body="<p>" + "\u201c\"" * 5000 + "</p>"))
    write(out, "quotes-unbalanced.html", good_html(extra_body=(
        "<p>\u201cThe bridge is safe, said Lind. \u201cIt is closed \" she said \u2018maybe.</p>" * 200)))
    write(out, "nested-divs.html", good_html(extra_body="<div>" * 200_000 + "deep text" + "</div>" * 200_000))
    write(out, "attribute-50mb.html", good_html(extra_body="<p data-x=\"" + "a" * (50 << 20) + "\">x</p>"))
    write(out, "attribute-30mb.html", good_html(extra_body="<p data-x=\"" + "a" * (30 << 20) + "\">x</p>"))
    write(out, "paragraphs-1m.html", good_html(extra_body="<p>a</p>" * 1_000_000))
    write(out, "paragraphs-3900k.html", good_html(extra_body="<p>a</p>" * 3_900_000))  # 31 MB, under the 32 MiB limit
    write(out, "script-unclosed.html", good_html(extra_body="<script>var a = '<p>" + "x" * 10000))
    write(out, "style-unclosed.html", good_html(extra_body="<style>p { color: red }" + "x" * 10000))
    write(out, "comment-unclosed.html", good_html(extra_body="<!-- never closed " + "<p>x</p>" * 1000))


def feed_cases(out):
    bomb = (
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">"
        + "".join(f"<!ENTITY lol{i} \"" + (f"&lol{i - 1};" if i else "&lol;") * 10 + "\">" for i in range(10))
        + "]>" + feed([item(1, "&lol9;")])[len("<?xml version=\"1.0\" encoding=\"utf-8\"?>"):]
    )
    write(out, "rss-billion-laughs.xml", bomb)
    xxe = (
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + feed([item(1, "Leak: &xxe; end. The Vell bridge closed, the office said.")])[len("<?xml version=\"1.0\" encoding=\"utf-8\"?>"):]
    )
    write(out, "rss-xxe.xml", xxe)
    atom_xxe = (
        "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Vell</title><entry><title>Bridge</title>"
        "<link href=\"https://vell.example/a\"/><updated>2026-03-03T10:00:00Z</updated>"
        "<content type=\"html\">Leak: &xxe; The bridge closed, the office said.</content></entry></feed>"
    )
    write(out, "atom-xxe.xml", atom_xxe)
    write(out, "rss-100k-items.xml", feed(item(i) for i in range(100_000)))


def warc_cases(out):
    good = warc_record(good_html().encode())
    write(out, "warc-truncated.warc", good + good[: len(good) // 2])
    write(out, "warc-truncated.warc.gz", gzip.compress(good) + gzip.compress(good)[:200])
    for name, length in [("huge", b"99999999999999999999"), ("negative", b"-5"), ("nonnumeric", b"abc"),
                         ("large", b"3000000000")]:
        record = warc_record(good_html().encode(), length=length)
        write(out, f"warc-length-{name}.warc", good + record + good)
        write(out, f"warc-length-{name}.warc.gz", gzip.compress(good) + gzip.compress(record) + gzip.compress(good))
    http_length = len(good.split(b"\r\n\r\n", 1)[1]) - 4
    for name, delta in [("long", 40), ("short", -30)]:
        record = warc_record(good_html().encode(), length=str(http_length + delta).encode())
        write(out, f"warc-length-{name}.warc", good + record + good)
        write(out, f"warc-length-{name}.warc.gz", gzip.compress(good) + gzip.compress(record) + gzip.compress(good))
    short_last = warc_record(good_html().encode(), length=str(http_length - 30).encode())
    write(out, "warc-length-short-last.warc", good + short_last)  # the too-short record is the last one
    prose = good_html(extra_body="<pre>\nWARC/1.0 files hold records.\n</pre>").encode()
    record = warc_record(prose, length=str(len(warc_record(prose).split(b"\r\n\r\n", 1)[1]) - 4 - 90).encode())
    write(out, "warc-length-short-prose.warc", good + record + good)  # its run-on holds a line 'WARC/1.0 files'
    draft = good.replace(b"WARC/1.0\r\n", b"WARC/0.17\r\n", 1)  # a draft-version record after damage
    record = warc_record(good_html().encode(), length=b"abc")
    write(out, "warc-draft-after-damage.warc", good + record + draft)
    write(out, "warc-draft-after-damage.warc.gz", gzip.compress(good) + gzip.compress(record) + gzip.compress(draft))
    cut = gzip.compress(good, mtime=0)
    write(out, "warc-cut-member.warc.gz", gzip.compress(good, mtime=0) + cut[: len(cut) // 2] + gzip.compress(good, mtime=0))
    member = bytearray(gzip.compress(good))
    member[40:60] = b"\xff" * 20
    write(out, "warc-corrupt-member.warc.gz", gzip.compress(good) + bytes(member) + gzip.compress(good))
    write(out, "gzip-bomb.warc.gz", gzip.compress(good) + gzip_zeros(2200 << 20))
    write(out, "gzip-bomb.html.gz", gzip_zeros(2200 << 20))


def jsonl_cases(out):
    line = '{"url": "https://vell.example/a", "title": "Vell bridge closed", "text": "The Vell bridge closed on Tuesday, the office said.", "published": "2026-03-03"}'
    write(out, "jsonl-invalid-lines.jsonl", "\n".join([line, "{not json", "[1,2", "\"just a string\"", "null", line]) + "\n")
    write(out, "jsonl-nested.jsonl", line + "\n" + "[" * 100_000 + "]" * 100_000 + "\n" + line + "\n")
    write(out, "jsonl-nested-object.jsonl", line + "\n" + '{"a":' * 100_000 + "1" + "}" * 100_000 + "\n")
    write(out, "jsonl-100mb-string.jsonl", line + "\n" + '{"title": "x", "text": "' + "a" * (100 << 20) + '"}\n' + line + "\n")
    write(out, "jsonl-1e999.jsonl", '{"title": "Vell", "text": "The bridge closed, the office said.", "n": 1e999, "published": 1e999}\n' + line + "\n")


def file_system_cases(out):
    loop = os.path.join(out, "dir-symlink-loop")
    os.makedirs(os.path.join(loop, "a"), exist_ok=True)
    write(loop, "good.html", good_html())
    for name, target in [("a/back", ".."), ("self", "."), ("a/dangling", "/nonexistent/x"), ("a/loop", "loop")]:
        path = os.path.join(loop, name)
        if not os.path.lexists(path):
            os.symlink(target, path)
    fifo = os.path.join(out, "fifo")
    if not os.path.exists(fifo):
        os.mkfifo(fifo)
    lonely = os.path.join(out, "fifo-no-writer")  # named on the command line, nobody ever writes to it
    if not os.path.exists(lonely):
        os.mkfifo(lonely)
    walked = os.path.join(out, "dir-with-fifo")
    os.makedirs(walked, exist_ok=True)
    write(walked, "good.html", good_html())
    if not os.path.exists(os.path.join(walked, "pipe")):
        os.mkfifo(os.path.join(walked, "pipe"))
    write(out, "name-with\nnewline.html", good_html())
    write(out, b"name-invalid-\xff\xfe.html", good_html().encode())
    named = os.path.join(out, "dir-invalid-name")  # a directory walk meets a name that is not UTF-8
    os.makedirs(named, exist_ok=True)
    write(named, "good.html", good_html())
    write(named, b"bad-\xff\xfe.html", good_html().encode())
    zero = os.path.join(out, "dev-zero")  # an endless device named on the command line (a link to /dev/zero)
    if not os.path.lexists(zero):
        os.symlink("/dev/zero", zero)
    mix = os.path.join(out, "mix")
    os.makedirs(mix, exist_ok=True)
    write(mix, "1-good.html", good_html("Vell bridge closed after crack found"))
    write(mix, "2-bad.html", b"\x7fELF\x02\x01\x01" + bytes(4096))
    write(mix, "3-good.html", good_html("Crack closes Vell bridge, buses diverted"))
    batch = os.path.join(out, "store-batch")
    os.makedirs(batch, exist_ok=True)
    for index in range(300):
        extra = f"<p>Update {index}: crews from depot {index % 17} checked pier {index} on Wednesday, the office said.</p>"
        write(batch, f"{index:03d}.html", good_html(f"Vell bridge update {index}", extra_body=extra))
    write(out, "stdin-empty.bin", b"")
    rng = random.Random(7)
    write(out, "stdin-binary.bin", bytes(rng.getrandbits(8) for _ in range(65536)))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_inputs.py DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for make in (text_cases, feed_cases, warc_cases, jsonl_cases, file_system_cases):
        make(out)


if __name__ == "__main__":
    main()

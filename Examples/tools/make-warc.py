#!/usr/bin/env python3
"""Writes Examples/vell-bridge/radio-vell.warc.gz: a small WARC/1.1 file, gzip per record, as news crawls ship them.

Records: warcinfo, request, response (HTTP headers + the HTML page below), metadata. Everything is invented
(Radio Vell does not exist). The output is deterministic: fixed record ids, dates and gzip timestamps.
Run from anywhere: python3 Examples/tools/make-warc.py
"""
import gzip
import io
import os

URL = "https://radiovell.example/news/2026/03/03/aldersgate-bridge-collapse"
CRAWL_DATE = "2026-03-04T10:00:00Z"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Aldersgate Bridge collapse: what we know so far - Radio Vell</title>
<meta property="og:site_name" content="Radio Vell">
<meta property="article:published_time" content="2026-03-03T07:30:00+01:00">
<link rel="canonical" href="https://radiovell.example/news/2026/03/03/aldersgate-bridge-collapse">
</head>
<body>
<nav><a href="/">Radio Vell</a> <a href="/listen">Listen live</a> <a href="/news">News</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Aldersgate Bridge collapse: what we know so far</h1>
<p class="byline">By Mara Quist</p>
<p>The Aldersgate Bridge, which has carried traffic over the Vell river in Vellmar since 1962, collapsed shortly before 5 a.m. on Tuesday.</p>
<p>Here is what we know so far.</p>
<h2>Was anyone hurt?</h2>
<p>No. The fire service said the bridge was empty when its central span gave way. A barge moored downstream was damaged by debris, but its crew was ashore.</p>
<h2>What did the mayor say?</h2>
<p>Mayor Ilse Karow told Radio Vell that nobody was on the bridge when it came down, "and that is the only good news today".</p>
<h2>Why did it fall?</h2>
<p>It is too early to say. City engineer Paavo Lind said corrosion had been found in the main span in every inspection since 2023, and lorries were banned from the bridge last spring.</p>
<figure><img src="/img/bridge.jpg" alt=""><figcaption>The bridge seen from the port side in 2024. (Radio Vell/Archive)</figcaption></figure>
<h2>How do I cross the river?</h2>
<p>Ferries run every fifteen minutes from Wednesday. The Eastgate tunnel remains open, but expect long queues.</p>
</article>
<aside><h3>Listen again</h3><ul><li><a href="/p/1">Morning Show</a></li><li><a href="/p/2">Vellmar Tonight</a></li></ul></aside>
<footer>© 2026 Radio Vell</footer>
</body>
</html>
"""


def record(headers, block):
    head = "WARC/1.1\r\n" + "".join(f"{name}: {value}\r\n" for name, value in headers)
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def gzipped(data):
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as member:
        member.write(data)
    return out.getvalue()


def main():
    payload = PAGE.encode("utf-8")
    http_response = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(payload)}\r\n"
        "Date: Wed, 04 Mar 2026 10:00:00 GMT\r\n"
        "\r\n"
    ).encode("utf-8") + payload
    http_request = (
        "GET /news/2026/03/03/aldersgate-bridge-collapse HTTP/1.1\r\n"
        "Host: radiovell.example\r\nUser-Agent: corroborate-example\r\n\r\n"
    ).encode("utf-8")
    info = b"software: Examples/tools/make-warc.py\r\nformat: WARC File Format 1.1\r\n"
    records = [
        record([("WARC-Type", "warcinfo"), ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000001>"),
                ("WARC-Date", CRAWL_DATE), ("WARC-Filename", "radio-vell.warc.gz"),
                ("Content-Type", "application/warc-fields")], info),
        record([("WARC-Type", "request"), ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000002>"),
                ("WARC-Date", CRAWL_DATE), ("WARC-Target-URI", URL),
                ("Content-Type", "application/http;msgtype=request")], http_request),
        record([("WARC-Type", "response"), ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000003>"),
                ("WARC-Date", CRAWL_DATE), ("WARC-Target-URI", URL),
                ("WARC-Concurrent-To", "<urn:uuid:00000000-0000-4000-8000-000000000002>"),
                ("Content-Type", "application/http;msgtype=response")], http_response),
        record([("WARC-Type", "metadata"), ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000004>"),
                ("WARC-Date", CRAWL_DATE), ("WARC-Target-URI", URL),
                ("WARC-Refers-To", "<urn:uuid:00000000-0000-4000-8000-000000000003>"),
                ("Content-Type", "application/warc-fields")], b"fetchTimeMs: 212\r\n"),
    ]
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "vell-bridge", "radio-vell.warc.gz")
    with open(target, "wb") as out:
        for data in records:
            out.write(gzipped(data))


if __name__ == "__main__":
    main()

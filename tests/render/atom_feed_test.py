#!/usr/bin/python3
"""The Atom feeds of the built site are valid: parsed by Debian's python3-feedparser with no
error, with an absolute self link, and one entry per update, newest first."""
import os
import sys

import feedparser

site = sys.argv[1]
feeds = {"sv": "sv/nyheter/feed.xml", "en": "en/updates/feed.xml"}
failures = []
for language, path in feeds.items():
    full = os.path.join(site, path)
    feed = feedparser.parse(full)
    if feed.bozo:
        failures.append(f"{path}: not well-formed: {feed.bozo_exception}")
        continue
    if feed.version != "atom10":
        failures.append(f"{path}: not Atom 1.0 but {feed.version!r}")
    updates_dir = os.path.dirname(full)
    pages = [d for d in os.listdir(updates_dir) if os.path.isdir(os.path.join(updates_dir, d))]
    if len(feed.entries) != len(pages):
        failures.append(f"{path}: {len(feed.entries)} entries for {len(pages)} updates")
    published = [entry.published for entry in feed.entries]
    if published != sorted(published, reverse=True):
        failures.append(f"{path}: entries are not newest first: {published}")
    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    if not self_links or not self_links[0].startswith("https://"):
        failures.append(f"{path}: no absolute self link")
    for entry in feed.entries:
        if not entry.get("title") or not entry.get("id") or not entry.get("updated"):
            failures.append(f"{path}: entry without title, id or updated: {entry}")
for failure in failures:
    print(failure)
print(f"{len(feeds) - len({f.split(':')[0] for f in failures})} passed, "
      f"{len({f.split(':')[0] for f in failures})} failed")
sys.exit(1 if failures else 0)

"""Reproducible synthetic news pages for the benchmarks (seeded; nothing here is real news)."""

from __future__ import annotations

import random
from pathlib import Path

ACTORS = ["Russia", "the Taliban", "Pakistan", "Iran", "China", "Uzbekistan", "Tajikistan", "Kazakhstan", "India",
          "the United States", "Qatar", "Turkmenistan", "the United Nations", "ISKP fighters", "Turkey"]
VERBS = ["met officials from", "signed a trade memorandum with", "accused", "sent humanitarian aid to",
         "criticised", "hosted a delegation from", "imposed new tariffs on", "welcomed a proposal by", "warned",
         "agreed to expand rail links with", "condemned an attack on", "requested fuel deliveries from"]
PLACES = ["Kabul", "Tashkent", "Islamabad", "Tehran", "Doha", "Moscow", "Beijing", "Dushanbe", "Astana", "Herat"]
FILLER = ["Officials said the talks would continue next month.", "Analysts expect trade volumes to rise this year.",
          "The statement gave no further details.", "A spokesman declined to comment on the timing.",
          "Both sides described the meeting as constructive.", "Traders at the border reported long queues."]


def paragraph(rng: random.Random) -> str:
    a, b = rng.sample(ACTORS, 2)
    sentences = [f"{a[0].upper()}{a[1:]} {rng.choice(VERBS)} {b} in {rng.choice(PLACES)} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}."]
    sentences += rng.sample(FILLER, rng.randint(2, 4))
    return " ".join(sentences)


def html_page(i: int, rng: random.Random) -> str:
    title = f"Regional roundup {i}: {rng.choice(ACTORS)} and {rng.choice(ACTORS)}"
    body = "\n".join(f"<p>{paragraph(rng)}</p>" for _ in range(rng.randint(5, 9)))
    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - Bench Wire</title>
<meta property="og:site_name" content="Bench Wire"><meta property="og:url" content="https://bench.example/{day.replace('-', '/')}/story-{i}">
<meta property="article:published_time" content="{day}T08:00:00Z"><meta name="author" content="Desk {i % 17}"></head>
<body><header><a href="/"><img src="/logo.png" alt="Bench Wire Logo"></a><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>{title}</h1><div class="share-buttons">Share: WhatsApp Telegram</div>
<figure><img src="/x.jpg"><figcaption>Traders at a border post. Photo credit: Bench Wire</figcaption></figure>
<div class="entry-content">{body}</div>
<div class="author-box"><h4>About the author</h4><p>Desk {i % 17} covers the region for Bench Wire.</p></div></article>
<aside class="related-posts"><h3>Related</h3><div class="related"><a href="/r1">Another story about {rng.choice(PLACES)}</a><time>June 1, 2025</time></div></aside></main>
<footer>© 2025 Bench Wire. All rights reserved.</footer></body></html>"""


def write_pages(root: Path, n: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = root / f"page{i:06d}.html"
        if not path.exists():
            path.write_text(html_page(i, rng), encoding="utf-8")
        else:
            html_page(i, rng)  # keep the generator in step
        paths.append(path)
    return paths

"""Extraction throughput: articles per second on one core for ~1,000-word articles.

Builds 1,000-word articles from the seed article and the development set (real
news text), extracts each several times and prints the median rate, by the wall
clock and by the CPU time of the process (which other work on a shared machine
disturbs less). Then the seconds taken by text that is not news prose.

    python benchmarks/extract.py
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from loaders.extract import extract_text

ROOT = Path(__file__).resolve().parents[1]


def articles(words: int = 1000) -> list[str]:
    """Real news text cut into articles of about ``words`` words, on paragraph boundaries."""
    paragraphs = []
    for path in sorted([*ROOT.glob("data/articles/*.txt"), *ROOT.glob("data/dev/articles/*.txt")]):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    out, current, count = [], [], 0
    for i in range(len(paragraphs) * 3):
        p = paragraphs[i % len(paragraphs)]
        current.append(p)
        count += len(p.split())
        if count >= words:
            out.append("\n".join(current))
            current, count = [], 0
    return out


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    docs = articles()
    extract_text(docs[0], article_id="warm-up")  # builds the matcher once
    rates, cpu_rates = [], []
    for _ in range(9):
        start, cpu = time.perf_counter(), time.process_time()
        for i, text in enumerate(docs):
            extract_text(text, article_id=f"a{i}")
        rates.append(len(docs) / (time.perf_counter() - start))
        cpu_rates.append(len(docs) / (time.process_time() - cpu))
    words = statistics.mean(len(d.split()) for d in docs)
    print(f"{len(docs)} articles of {words:.0f} words on one core, 9 runs")
    print(
        f"median {statistics.median(rates):.1f} articles/s (min {min(rates):.1f}, max {max(rates):.1f}); target >= 100"
    )
    print(f"by CPU time: median {statistics.median(cpu_rates):.1f} articles/s")
    for name, text in bad_input().items():
        start = time.perf_counter()
        extract_text(text, article_id="bad")
        print(f"{name}: {time.perf_counter() - start:.2f} s")


def bad_input(size: int = 1_000_000) -> dict[str, str]:
    """About ``size`` characters of text that is not news prose: no sentence ends, a run of
    punctuation without spaces, a line of numbers."""
    run_on = "Iran sent drones to Russia and "
    return {
        "1 MB without a sentence end": run_on * (size // len(run_on)),
        "1 MB of quote marks": '"' * size,
        "1 MB of comma-separated numbers": ",".join(["12.5"] * (size // 5)),
    }


if __name__ == "__main__":
    main()

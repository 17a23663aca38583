"""How fast network maps build and settle, next to pyvis's own page.

For generated entity networks of 100, 1,000 and 10,000 nodes (three edges
per node, each edge with its claims, statements and quotes), prints:

- the time :func:`graph.render.network_html` takes to build the page, and
  its size, the median of several runs;
- the same for pyvis's ``Network.from_nx`` + ``generate_html`` on the same
  graph, in the same run, and how many external URLs its page references;
- in headless Chromium (Debian's, no download): the time from navigation
  until the map has settled and stopped moving, and the time of one redraw
  after a zoom (is it responsive?).

Run ``python benchmarks/render.py`` (``--sizes 100,1000``, ``--runs 3``,
``--no-browser``). The machine is noisy: read the medians, not single runs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pyvis.network import Network

from graph.render import choose_layout, network_html
from graph.render.synthetic import synthetic_network

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
URL = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", re.I)


def median_time(work: Callable[[], object], runs: int) -> tuple[float, object]:
    """Median wall time of ``runs`` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def pyvis_page(G) -> str:
    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(G)
    return net.generate_html()


def in_browser(pages: list[Path], runs: int) -> list[tuple[float, float]]:
    """(settled, redraw) medians in seconds for each page."""
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("ARMSGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for page_file in pages:
            settled, redraw = [], []
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(page_file.as_uri())
                page.wait_for_function(
                    "() => window.armsgraph && armsgraph.settled", timeout=120_000, polling=50
                )
                settled.append(page.evaluate("() => armsgraph.timings.settled") / 1000)
                redraw.append(
                    page.evaluate(
                        """() => new Promise(done => {
                            const net = armsgraph.network, start = performance.now();
                            net.once("afterDrawing", () => done(performance.now() - start));
                            net.moveTo({scale: net.getScale() * 1.5});
                        })"""
                    )
                    / 1000
                )
                page.close()
            out.append((statistics.median(settled), statistics.median(redraw)))
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="node counts (edges: 3x)")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (10,000 nodes: at most 3)")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measurements")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    print(f"render benchmark, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores; medians of runs")
    header = f"{'nodes':>6} {'edges':>6}  {'armsgraph':>10} {'size':>8}  {'pyvis':>8} {'size':>8} {'CDN refs':>8}  {'speed-up':>8}"
    print(header)
    tmp = Path(tempfile.mkdtemp(prefix="armsgraph-bench-"))
    pages = []
    for n in sizes:
        G = synthetic_network(n, 3 * n)
        runs = min(args.runs, 3) if n >= 10_000 else args.runs
        ours, page = median_time(lambda G=G: network_html(G), runs)
        theirs, their_page = median_time(lambda G=G: pyvis_page(G), runs)
        path = tmp / f"map-{n}.html"
        path.write_text(page, encoding="utf-8")
        pages.append(path)
        print(
            f"{n:>6} {3 * n:>6}  {ours:>9.2f}s {len(page) / 1e6:>6.1f}MB  {theirs:>7.2f}s "
            f"{len(their_page) / 1e6:>6.1f}MB {len(URL.findall(their_page)):>8}  {theirs / ours:>7.1f}x"
        )
    if args.no_browser:
        return
    print(f"\n{'nodes':>6}  {'layout':>8}  {'settled in Chromium':>20}  {'redraw after zoom':>18}")
    for n, (settled, redraw) in zip(sizes, in_browser(pages, min(args.runs, 3)), strict=True):
        print(f"{n:>6}  {choose_layout(n, 3 * n).mode:>8}  {settled:>19.1f}s  {redraw:>17.2f}s")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()

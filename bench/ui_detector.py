"""bench/ui's detector stall: the longest event-loop stall while the language detector's
models are built, as Desk.start has them built a few seconds after the window shows
(domain/language.warm_up on the loop's executor thread), against the same loop over the
same time with nothing built (the in-run baseline: what the machine's noise gives).

Each run is a fresh process (the detector is built once per process): an asyncio loop
whose 5 ms timer records its ticks; the stall is the longest gap minus 5 ms, from the
warm-up's start until 0.3 s after it ends."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

from figures import spread
from ui_start import _s

_CHILD = """
import asyncio, json, sys, time
from deskclient.domain.language import warm_up

async def main(build):
    loop = asyncio.get_running_loop()
    gaps, last = [], time.perf_counter()
    def tick():
        nonlocal last
        now = time.perf_counter()
        gaps.append(now - last - 0.005)
        last = now
        handle[0] = loop.call_later(0.005, tick)
    handle = [loop.call_later(0.005, tick)]
    started = time.perf_counter()
    if build:
        await loop.run_in_executor(None, warm_up, LANGUAGES)
    else:
        await asyncio.sleep(BASELINE_S)
    took = time.perf_counter() - started
    await asyncio.sleep(0.3)
    handle[0].cancel()
    print(json.dumps({{"stall": max(gaps), "took": took}}))

LANGUAGES, BASELINE_S = {languages!r}, {baseline!r}
asyncio.run(main(sys.argv[1] == "build"))
"""


def _child(build: bool, languages: list[str], baseline: float) -> dict:
    code = _CHILD.format(languages=languages, baseline=baseline)
    out = subprocess.run([sys.executable, "-c", code, "build" if build else "idle"], capture_output=True,
                         text=True, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def detector_rows(languages: list[str], runs: int) -> tuple[list, list]:
    """Table rows and notes: the stall while the detector is built (target < 40 ms, the
    loop's budget in issue 17 item 3), the idle loop's alongside, runs alternated."""
    built, idle, took = [], [], []
    for _ in range(runs):
        r = _child(True, languages, 0.0)
        built.append(r["stall"] * 1000)
        took.append(r["took"])
        idle.append(_child(False, languages, statistics.median(took))["stall"] * 1000)
    median = statistics.median(built)
    rows = [("loop stall while the language detector builds (median)", f"{median:.0f} ms", "< 40 ms",
             median < 40)]
    notes = [f"detector: {len(languages)} languages ({', '.join(languages)}), longest stall of a 5 ms loop "
             f"timer, min/median/max {_ms(built)}; in-run baseline, the same loop with nothing built: "
             f"{_ms(idle)}; the warm-up took {_s(took)} (a fresh process each run, {runs} runs each, alternated)"]
    return rows, notes


def _ms(values: list[float]) -> str:
    return spread(values, ".0f", "ms")

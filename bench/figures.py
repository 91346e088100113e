"""The benches' one way of writing a figure's spread: min / median / max of the runs."""

from __future__ import annotations

import statistics


def spread(values: list[float], fmt: str, unit: str = "", scale: float = 1.0) -> str:
    """"1.16 / 1.20 / 1.23 s": each value times `scale`, written with `fmt`, then `unit`."""
    text = " / ".join(format(v * scale, fmt) for v in (min(values), statistics.median(values), max(values)))
    return f"{text} {unit}" if unit else text

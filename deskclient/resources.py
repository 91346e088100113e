"""Where the files in the repository's `resources/` folder are found at run time."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """`resources/`: inside a PyInstaller bundle, beside the package in a checkout, or
    under <prefix>/share/deskclient after `pip install`."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "deskclient" / "resources"


def sample_file(name: str) -> Path:
    return resources_dir() / "samples" / name

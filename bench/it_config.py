"""Who is at a bench's desk, as IT says it: `agent.name` (and `agent.role`) come only from
the system config (config.py refuses them in overrides), so a bench writes one in a
scratch XDG_CONFIG_DIRS before it loads its config, as tests/conftest.py's `it_sets` does."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def it_sets(name: str = "bench", role: str | None = None) -> Path:
    """Write /etc/xdg/deskclient/config.toml's stand-in and point this process at it."""
    system = Path(tempfile.mkdtemp(prefix="bench-xdg-"))
    path = system / "deskclient" / "config.toml"
    path.parent.mkdir()
    path.write_text(f'[agent]\nname = "{name}"\n' + (f'role = "{role}"\n' if role else ""))
    os.environ["XDG_CONFIG_DIRS"] = str(system)
    return path

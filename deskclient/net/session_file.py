"""Where the Telegram session is kept, named without importing Telethon: the purge (built
with the desk, before the window's first paint) and doctor only need its path."""

from __future__ import annotations

from pathlib import Path

SESSION_NAME = "telegram"


def session_path(data_dir: Path) -> Path:
    return data_dir / f"{SESSION_NAME}.session"

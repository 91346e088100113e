"""`deskclient status`: one line each, for IT, about the running desk.

Who holds the duty, each node's connection on each channel and when it was last seen, the outbox's
length (queued and failed) and when the last citizen's message was filed (its time
only, never its content). Exit status 0 when a duty holder was seen within the last
minute, 1 otherwise: usable from a monitoring check. No Qt, no network: only the store.
"""

from __future__ import annotations

from datetime import datetime

from .config import Config
from .domain.channels import channel_name
from .domain.clock import Clock, SystemClock
from .errors import StoreUnavailable
from .services.node import STALE_AFTER


def _ago(now: datetime, then: datetime) -> str:
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 120:
        return f"{seconds} s ago"
    if seconds < 7200:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h ago"


def _connections(node) -> str:
    """"Telegram online, WhatsApp offline": each channel's own connection (a node older
    than schema v15 reported only Telegram's)."""
    pairs = [p.partition(":")[::2] for p in (node.channels or "").split(",") if p]
    return ", ".join(f"{channel_name(c)} {s}" for c, s in pairs) or f"Telegram {node.connection}"


def lock_holder(store) -> str | None:
    """Who holds the duty lock itself: PostgreSQL's pg_locks and the holder's
    application_name, or the SQLite desk's lock file (store/duty_lock.py)."""
    from .store.duty_lock import duty_lock_for
    try:
        return duty_lock_for(store.opened, "deskclient status").holder()
    except Exception as exc:  # the row report below still says who reported the duty
        return f"unknown ({type(exc).__name__})"


def status_lines(store, clock: Clock, timezone, holder: str | None = None) -> tuple[list[str], bool]:
    """(lines, a duty holder seen: within STALE_AFTER in the rows, or holding the lock now)."""
    now = clock.now()
    nodes = store.service_nodes()
    fresh = [n for n in nodes if now - n.seen_at <= STALE_AFTER]
    reporting = next((n for n in fresh if n.duty), None)
    lines = []
    if reporting is not None and holder is None:  # the lock says who really holds it
        lines.append(f"duty: nobody holds it ({reporting.node} reported it {_ago(now, reporting.seen_at)}, "
                     "but the duty lock is free: it stopped or died)")
        reporting = None
    elif reporting is not None:
        lines.append(f"duty: held by {reporting.node} ({reporting.mode} on {reporting.host}, pid {reporting.pid})")
    else:
        lines.append("duty: nobody holds it (no node with the duty seen in the last minute)")
    lines.append(f"duty lock: held by {holder}" if holder else "duty lock: free")
    if not nodes:
        lines.append("nodes: none running")
    for n in nodes:
        state = "gone?" if n not in fresh else _connections(n)
        duty = ", duty" if n.duty else ""
        lines.append(f"node {n.node}: {n.mode}, {state}{duty}, last seen "
                     f"{n.seen_at.astimezone(timezone):%Y-%m-%d %H:%M:%S} ({_ago(now, n.seen_at)}), "
                     f"up since {n.started_at.astimezone(timezone):%Y-%m-%d %H:%M}")
    figures = store.outbox_figures()
    lines.append(f"outbox: {figures.queued} queued, {figures.failed} failed")
    if figures.last_filed_at is None:
        lines.append("last citizen message filed: none yet")
    else:
        lines.append(f"last citizen message filed: {figures.last_filed_at.astimezone(timezone):%Y-%m-%d %H:%M:%S}"
                     f" ({_ago(now, figures.last_filed_at)})")
    return lines, reporting is not None or bool(holder and not holder.startswith("unknown"))


def run_status(config: Config, clock: Clock | None = None) -> int:
    from zoneinfo import ZoneInfo

    from .store.database import open_database
    from .store.repository import TicketStore

    clock = clock or SystemClock()
    url = config.database_url
    if url.startswith("sqlite:///"):
        from pathlib import Path
        path = Path(url[len("sqlite:///"):])
        if not path.exists():
            raise StoreUnavailable(f"no database at {path}: is this the desk's data folder?")
    try:
        store = TicketStore(open_database(url), clock)
    except StoreUnavailable:
        raise
    except Exception as exc:  # a driver's error: one line, not a traceback
        raise StoreUnavailable(f"cannot read the database ({type(exc).__name__})") from None
    try:
        lines, held = status_lines(store, clock, ZoneInfo(config["hours.timezone"]), lock_holder(store))
    finally:
        store.close()
    print("\n".join(lines))
    return 0 if held else 1


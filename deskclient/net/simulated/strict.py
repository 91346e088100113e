"""Where the SimulatedTelegram is as strict as Telegram: access hashes and flood limits.

Access hashes: Telegram gives each account its own access_hash for a user, the same in
all of that account's sessions; an input peer with another account's hash (or a made-up
one) is refused. A desk that files a citizen's hash and sends with it later must get the
account's own, which a single global hash would never catch.

Flood limits: Telegram answers FLOOD_WAIT_X when an account sends faster than it
allows, and keeps refusing every send of that account until the X seconds are over.
Public guidance for bots is about 30 messages/s overall and 1/s per chat (a short burst
is tolerated); user accounts get less. Rates are measured in real (monotonic) time, not
the desk's clock, which tests freeze.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import time
from dataclasses import dataclass, replace
from typing import Callable


def access_hash(secret: bytes, viewer_id: int, user_id: int) -> int:
    """The hash of `user_id` as account `viewer_id` sees it: positive, 63 bits."""
    digest = hmac.new(secret, f"{viewer_id}:{user_id}".encode(), hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big") >> 1


@dataclass(frozen=True)
class FloodLimits:
    global_rate: float  # sends per second, account-wide
    global_burst: int
    per_chat_rate: float  # sends per second to one chat
    per_chat_burst: int
    enabled: bool = True

    def as_dict(self) -> dict:
        return {"global_rate": self.global_rate, "global_burst": self.global_burst,
                "per_chat_rate": self.per_chat_rate, "per_chat_burst": self.per_chat_burst,
                "enabled": self.enabled}


BOT_LIMITS = FloodLimits(global_rate=30, global_burst=30, per_chat_rate=1, per_chat_burst=3)
USER_LIMITS = FloodLimits(global_rate=20, global_burst=20, per_chat_rate=1, per_chat_burst=3)
NO_LIMITS = FloodLimits(0, 0, 0, 0, enabled=False)


class _Bucket:
    def __init__(self, rate: float, burst: int, now: float) -> None:
        self.rate, self.burst = rate, burst
        self.tokens, self.stamp = float(burst), now

    def wait(self, now: float) -> float:
        """Seconds until one send is allowed (0: now)."""
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


class _Gate:
    """One account's buckets and its pending flood wait."""

    def __init__(self, limits: FloodLimits) -> None:
        self.limits = limits
        self.until = 0.0
        self.global_bucket: _Bucket | None = None
        self.chats: dict[int, _Bucket] = {}

    def check(self, chat_id: int, now: float) -> int | None:
        if now < self.until:
            return max(1, math.ceil(self.until - now))
        limits = self.limits
        if self.global_bucket is None:
            self.global_bucket = _Bucket(limits.global_rate, limits.global_burst, now)
        chat = self.chats.setdefault(chat_id, _Bucket(limits.per_chat_rate, limits.per_chat_burst, now))
        wait = max(self.global_bucket.wait(now), chat.wait(now))
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            self.until = now + seconds
            return seconds
        self.global_bucket.tokens -= 1
        chat.tokens -= 1
        return None


class FloodPolicy:
    """Per-account flood limits: defaults by account kind, overridable per account."""

    def __init__(self, enabled: bool, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.defaults = {False: USER_LIMITS, True: BOT_LIMITS}  # keyed by "is a bot"
        self.enabled = enabled
        self.overrides: dict[int, FloodLimits] = {}
        self.flood_waits_given = 0
        self._gates: dict[int, _Gate] = {}
        self._monotonic = monotonic

    def configure(self, account_id: int | None = None, **limits) -> FloodLimits:
        """Change the limits of one account (or of every account without its own)."""
        if account_id is None:
            if "enabled" in limits:
                self.enabled = bool(limits.pop("enabled"))
            self.defaults = {bot: replace(d, **limits) for bot, d in self.defaults.items()}
            self._gates.clear()
            return self.defaults[False]
        base = self.overrides.get(account_id, self.defaults[False])
        self.overrides[account_id] = replace(base, **limits)
        self._gates.pop(account_id, None)
        return self.overrides[account_id]

    def limits_for(self, account_id: int, bot: bool) -> FloodLimits:
        if account_id in self.overrides:
            return self.overrides[account_id]
        return self.defaults[bot] if self.enabled else NO_LIMITS

    def check(self, account_id: int, bot: bool, chat_id: int) -> int | None:
        """None if the send may go now (and counts it); else the seconds to wait."""
        limits = self.limits_for(account_id, bot)
        if not limits.enabled:
            return None
        gate = self._gates.get(account_id)
        if gate is None or gate.limits != limits:
            gate = self._gates[account_id] = _Gate(limits)
        seconds = gate.check(chat_id, self._monotonic())
        if seconds is not None:
            self.flood_waits_given += 1
        return seconds

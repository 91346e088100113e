"""Receiving a citizen's file under the policy: declared metadata, then content.

A refused file is never downloaded when its name or size already fails; one refused
by content is deleted at once. Accepted files land in the files dir under a safe name;
services/file_store.py then keeps them (in team mode, in the shared store too). Until
their record is committed their names are in `in_flight`, shared with the FileStore, so
that its cache pruning does not take them for leftovers.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import shutil
from pathlib import Path

from ..domain.files import FilePolicy, sanitize_file_name
from ..domain.messages import IncomingFile
from ..errors import Reason, UserFacingError
from ..net.gateway import Gateway
from ..store.records import RefusedFile, StoredFile

log = logging.getLogger("deskclient.services")

_HEAD = 4096


class FileIntake:
    def __init__(self, policy: FilePolicy, files_dir: Path, gateway: Gateway,
                 in_flight: set[str] | None = None) -> None:
        self.policy = policy
        self.files_dir = files_dir
        self.gateway = gateway
        self.in_flight: set[str] = in_flight if in_flight is not None else set()

    async def receive(self, offered: IncomingFile, month: str) -> StoredFile | RefusedFile | None:
        """Kept, refused, or (a sticker's image that is not one, domain/files.py) None:
        let go without a refusal."""
        verdict = self.policy.check_offer(offered.name, offered.mime, offered.size, offered.sticker)
        safe_name = sanitize_file_name(offered.name, verdict.extension or "bin")
        if not verdict.accepted and offered.sticker:
            return None
        if not verdict.accepted:
            log.info("file refused before download: %s", verdict.reason)
            return RefusedFile(verdict.kind.value, safe_name, offered.mime, offered.size, verdict.reason)
        folder = self.files_dir / month
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial = folder / f".{secrets.token_hex(8)}.part"
        relative = None
        try:
            size = await self.gateway.download(offered, partial, self.policy.limit_for(verdict))
            with partial.open("rb") as fh:
                head = fh.read(_HEAD)
            checked = self.policy.check_content(verdict, head, size)
            if not checked.accepted and offered.sticker:
                partial.unlink(missing_ok=True)
                return None
            if not checked.accepted:
                log.info("file refused by content: %s", checked.reason)
                partial.unlink(missing_ok=True)
                return RefusedFile(checked.kind.value, safe_name, offered.mime, size, checked.reason)
            digest = sha256_of(partial)
            final = folder / f"{secrets.token_hex(6)}_{safe_name}"
            relative = final.relative_to(self.files_dir).as_posix()
            self.in_flight.add(relative)
            os.replace(partial, final)
            final.chmod(0o600)
        except BaseException:
            partial.unlink(missing_ok=True)
            if relative is not None:
                self.in_flight.discard(relative)
            raise
        return StoredFile(verdict.kind.value, safe_name, offered.mime, size, digest, relative)

    def keep_outgoing(self, source: Path, month: str) -> StoredFile:
        """Copy a file an agent sends into the files dir, after the same checks."""
        try:
            size = source.stat().st_size
            with source.open("rb") as fh:
                head = fh.read(_HEAD)
        except OSError as exc:
            raise UserFacingError("Cannot read {name}: {problem}.", name=source.name, problem=exc.strerror) from None
        verdict = self.policy.check_offer(source.name, "", size)
        if verdict.accepted:
            verdict = self.policy.check_content(verdict, head, size)
        if not verdict.accepted:
            raise UserFacingError("{name} cannot be sent: {reason}. Accepted: {accepted}.", name=source.name,
                                  reason=Reason(verdict.reason), accepted=self.policy.accepted_names())
        folder = self.files_dir / month
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        safe_name = sanitize_file_name(source.name, verdict.extension)
        final = folder / f"{secrets.token_hex(6)}_{safe_name}"
        relative = final.relative_to(self.files_dir).as_posix()
        self.in_flight.add(relative)
        try:
            fd = os.open(final, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out, source.open("rb") as fh:
                shutil.copyfileobj(fh, out, 1 << 20)
        except OSError as exc:
            self.in_flight.discard(relative)
            final.unlink(missing_ok=True)
            raise UserFacingError("Cannot keep a copy of {name}: {problem}.", name=source.name,
                                  problem=exc.strerror) from None
        return StoredFile(verdict.kind.value, safe_name, "", size, sha256_of(final), relative)

    def discard(self, stored: StoredFile) -> None:
        """Remove a file that turned out not to be needed (a duplicate delivery)."""
        self.in_flight.discard(stored.stored_path)
        (self.files_dir / stored.stored_path).unlink(missing_ok=True)


def sha256_of(path: Path) -> str:
    """The file's sha256, read a megabyte at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()

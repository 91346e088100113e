"""What each doctor check returns: findings, each with its severity, and for a problem
(a warning or an error) the one "Fix:" line an IT technician can act on."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.Enum):
    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Finding:
    check: str
    severity: Severity
    summary: str
    fix: str | None = None  # required for warnings and errors

    @property
    def is_problem(self) -> bool:
        return self.severity in (Severity.WARNING, Severity.ERROR)


def ok(check: str, summary: str) -> Finding:
    return Finding(check, Severity.OK, summary)


def info(check: str, summary: str) -> Finding:
    return Finding(check, Severity.INFO, summary)


def warning(check: str, summary: str, fix: str) -> Finding:
    return Finding(check, Severity.WARNING, summary, fix)


def error(check: str, summary: str, fix: str) -> Finding:
    return Finding(check, Severity.ERROR, summary, fix)

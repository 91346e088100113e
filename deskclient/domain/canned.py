"""Canned replies: one text per language, with the ticket's details filled in."""

from __future__ import annotations

from .notices import fill

PLACEHOLDERS = ("{ticket}", "{citizen}", "{agent}")


def canned_reply(variants: dict[str, str], language: str, default_language: str,
                 ticket: str, citizen: str, agent: str) -> str:
    """The variant in the citizen's language (else the default, else any), filled in."""
    body = variants.get(language) or variants.get(default_language) or next(iter(variants.values()), "")
    return fill(body, ticket=ticket, citizen=citizen, agent=agent)

"""`deskclient config show`: the settings in effect, as TOML that can be pasted into a
config file and read back to the same values.

Each value says where it came from (a comment after it, or above a table). Three kinds
are written as comments, so a pasted file never carries what it must not: a secret
(the API hash: "set, not shown"), a database password (the URL is written without it;
libpq takes it from PGPASSWORD or ~/.pgpass), and what only IT's system file may set
(`agent.name`, `agent.role`: a user file that sets them is refused).

A value that reads back the same is the contract (tests load the output): times as
"HH:MM", tables per language as `[templates.ca]`, texts with line breaks as multi-line
strings.
"""

from __future__ import annotations

import re
from datetime import time
from typing import Any, Iterable
from urllib.parse import urlsplit, urlunsplit

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def _escape(text: str, multiline: bool) -> str:
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    if not multiline:
        text = text.replace("\n", "\\n").replace("\t", "\\t")
    text = text.replace("\r", "\\r")
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04X}", text)


def toml_string(text: str) -> str:
    if "\n" in text:  # a message text: its lines as written (the first newline is TOML's own)
        return '"""\n' + _escape(text, multiline=True) + '"""'
    return '"' + _escape(text, multiline=False) + '"'


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, time):
        return f'"{value:%H:%M}"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml_key(str(k))} = {toml_value(v)}" for k, v in value.items()) + "}"
    return toml_string(str(value))


def _as_written(value: Any) -> Any:
    """A parsed value as the config file writes it: an object an option's parser made
    (a WhatsApp template choice) back to its table, through its `as_config()`."""
    if hasattr(value, "as_config"):
        return value.as_config()
    if isinstance(value, dict):
        return {k: _as_written(v) for k, v in value.items()}
    return value


def _table(path: list[str], body: dict, comment: str | None = None) -> list[str]:
    """`[a.b]` with its plain values, then a sub-table for each non-empty mapping in it."""
    body = _as_written(body)
    plain = {k: v for k, v in body.items() if not (isinstance(v, dict) and v)}
    nested = {k: v for k, v in body.items() if isinstance(v, dict) and v}
    lines = ["", f"# {comment}"] if comment else [""]
    if plain or not nested:
        lines.append("[" + ".".join(toml_key(p) for p in path) + "]")
        lines += [f"{toml_key(str(k))} = {toml_value(v)}" for k, v in plain.items()]
    for key, inner in nested.items():
        lines += _table([*path, str(key)], inner)
    return lines


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if not parts.password:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", "@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def _line(option, value: Any, origin: str, system_only: Iterable[str], where_it: str) -> str:
    """One `name = value  # origin` line, or its commented form."""
    name = toml_key(option.key.partition(".")[2])
    if option.secret and value:
        return f'# {name} = "…"  # set ({origin}), not shown'
    if option.key in system_only:
        return f"# {name} = {toml_value(value)}  # {origin}; only IT's system file sets it ({where_it})"
    if option.key == "database.url" and value and _without_password(value) != value:
        return (f"{name} = {toml_value(_without_password(value))}  # {origin}; password left out "
                "(give it with PGPASSWORD or ~/.pgpass)")
    return f"{name} = {toml_value(value)}  # {origin}"


def _commented(lines: list[str]) -> list[str]:
    return [line if not line or line.startswith("#") else f"# {line}" for line in lines]


def render_config(config, system_only: Iterable[str], where_it: str) -> str:
    """The whole effective config as TOML (see the module's docstring). A value at its
    default is written as a comment: a pasted file sets only what differs here, and
    never two ways of saying the same thing (hours.week beside hours.opens)."""
    sections: dict[str, list[str]] = {}
    tables: list[str] = []
    for option, setting in config.items():
        section, _, name = option.key.partition(".")
        value, default = setting.value, setting.origin == "default"
        if not name or (isinstance(value, dict) and value):  # tables: per language, per weekday…
            block = _table([section, name] if name else [section], value, f"{option.key}: {setting.origin}")
            tables += _commented(block) if default else block
            continue
        if value is None:
            line = f"# {toml_key(name)} is not set  # {setting.origin}"
        else:
            line = _line(option, value, setting.origin, system_only, where_it)
        sections.setdefault(section, []).append(f"# {line}" if default and not line.startswith("#") else line)
    out = ["# deskclient's settings in effect (deskclient config show), as a config file: after each",
           "# value, where it came from; a value at its default is a comment. Secrets are not shown."]
    for section, lines in sections.items():
        out += ["", f"[{toml_key(section)}]", *lines]
    return "\n".join(out + tables) + "\n"

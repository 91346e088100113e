"""Generate the config reference from `deskclient.config.OPTIONS`, the one declaration.

    python packaging/gen_config_docs.py          # rewrite both files
    python packaging/gen_config_docs.py --check  # exit 1 if either is out of date (CI)

Writes `docs/config.example.toml` (every option commented out, with its description,
type, environment variable and default) and the option table between the
`<!-- options:begin -->` and `<!-- options:end -->` markers in `docs/deploy.md`.
Both files are committed; tests/test_packaging.py fails when they fall behind OPTIONS.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deskclient.config import OPTIONS, SYSTEM_ONLY, Option  # noqa: E402

EXAMPLE = ROOT / "docs" / "config.example.toml"
DEPLOY = ROOT / "docs" / "deploy.md"
BEGIN, END = "<!-- options:begin -->", "<!-- options:end -->"

# Options whose default is worked out at run time: what to say, and a value to show.
RUNTIME_DEFAULTS = {
    "paths.data_dir": ("the user data dir: ~/.local/share/deskclient on Linux",
                       "/home/USER/.local/share/deskclient"),
    "agent.name": ("the operating-system user name", "USER"),
}
# Tables of tables per language (broadcast lists): config files only, and "built in" in
# the deploy guide's table.
LIST_TABLES = ("lists.keywords", "lists.topic_words", "lists.texts", "tickets.category_labels")
NOT_FROM_ENVIRONMENT = {"templates", "languages.keywords", *LIST_TABLES}  # tables: config files only

HEADER = """# deskclient configuration: every option, commented out, with its default.
#
# Generated from deskclient/config.py by packaging/gen_config_docs.py: do not edit here.
#
# Copy to ~/.config/deskclient/config.toml (one user) or /etc/xdg/deskclient/config.toml
# (every user of the machine) and uncomment what you change; the user's file wins over
# the system one. Each option can also be set with the environment variable shown
# (lists comma-separated) or with `deskclient --set KEY=VALUE`.
# `deskclient config show` prints every effective value and where it came from."""


def toml_value(value: Any) -> str:
    """A TOML literal for a default (json's string escapes are valid TOML basic strings)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, time):
        return json.dumps(value.strftime("%H:%M"))
    if isinstance(value, (int, float, str)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):  # an inline table
        return "{" + ", ".join(f"{_toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no TOML form for {value!r}")


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def env_name(option: Option) -> str:
    if option.key in SYSTEM_ONLY:
        return "— (the system file only)"
    return "—" if option.key in NOT_FROM_ENVIRONMENT else option.env_name


def render_example() -> str:
    lines = [HEADER]
    section = None
    for option in OPTIONS:
        if option.key == "templates":
            lines += _templates_example(option)
            section = None
            continue
        table, name = option.key.split(".", 1)
        if table != section:
            if any(o.key.startswith(table + ".") for o in OPTIONS[:OPTIONS.index(option)]):
                raise ValueError(f"options of [{table}] are not declared together")
            lines += ["", f"[{table}]"]
            section = table
        else:
            lines.append("")
        lines += _comment(option)
        if option.key in RUNTIME_DEFAULTS:
            said, shown = RUNTIME_DEFAULTS[option.key]
            lines.append(f"# Default: {said}.")
            lines.append(f"#{name} = {toml_value(shown)}")
        else:
            lines.append(f"#{name} = {toml_value(option.default)}")
    return "\n".join(lines) + "\n"


def _comment(option: Option) -> list[str]:
    secret = " Secret: `config show` masks it; keep the file private (chmod 600)." if option.secret else ""
    description = option.description.rstrip(".") + "."
    return [f"# {description}",
            f"# Type: {option.type_name}. Environment: {env_name(option)}.{secret}"]


def _templates_example(option: Option) -> list[str]:
    lines = ["", "# --- templates " + "-" * 72, ""] + _comment(option)
    lines += ["# Placeholders (deskclient/default_notices.py says what each holds): {number} {service}",
              "# {deadline} {hours} {next_opening} {grace} {privacy_where} {privacy_url} {privacy_office}",
              "# {formats} {file}. Write numbers through them: `config show` and `doctor` warn of a",
              "# text that states hours or minutes the config contradicts.",
              "# Set only the texts you change; the others keep their built-in wording.",
              "# A language added to languages.available needs all four texts."]
    for lang, texts in option.default.items():
        lines.append("")
        lines.append(f"#[templates.{lang}]")
        for name, text in texts.items():
            lines.append(f"#{name} = {toml_value(text)}")
    lines.append("")
    lines.append("# --- end of templates " + "-" * 65)
    return lines


def _default_cell(option: Option) -> str:
    if option.key in RUNTIME_DEFAULTS:
        return RUNTIME_DEFAULTS[option.key][0]
    value = option.default
    if option.key == "templates" or option.key in LIST_TABLES:
        return f"built in ({', '.join(value)})"
    if value == "" or value == [] or value == {}:
        return "*(empty)*"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def render_table() -> str:
    rows = ["| key | type | default | environment variable | meaning |",
            "|---|---|---|---|---|"]
    for option in OPTIONS:
        cells = [f"`{option.key}`", option.type_name, _default_cell(option),
                 f"`{env_name(option)}`" if env_name(option).startswith("DESKCLIENT_") else env_name(option),
                 option.description + (" (secret: masked by `config show`)" if option.secret else "")]
        rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(rows)


def deploy_with_table(text: str) -> str:
    head, sep, rest = text.partition(BEGIN)
    _, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        raise SystemExit(f"{DEPLOY}: markers {BEGIN} … {END} not found")
    return f"{head}{BEGIN}\n{render_table()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    wanted = {EXAMPLE: render_example(), DEPLOY: deploy_with_table(DEPLOY.read_text(encoding="utf-8"))}
    stale = [path for path, text in wanted.items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    if check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run python packaging/gen_config_docs.py")
        return 1 if stale else 0
    for path in stale:
        path.write_text(wanted[path], encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Declared configuration: every option once, with its type, default and description.

Sources, later ones winning: defaults < system file (`/etc/xdg/deskclient/config.toml`)
< user file (`~/.config/deskclient/config.toml`) < environment (`DESKCLIENT_SECTION_KEY`)
< command-line flags. Each value remembers where it came from, for `config show`.

Who the agent is, and whether a lead, is IT's to say (issue 11): `agent.name` and
`agent.role` are read from the system file only; a user file, the environment or a flag
that sets them is refused, so nobody makes themselves lead from their own settings. In
team mode (PostgreSQL) neither is read at all: the database login decides
(services/identity.py).
"""

from __future__ import annotations

import getpass
import os
import tomllib
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Any, Callable, Mapping

import platformdirs

from .default_notices import DEFAULT_TEMPLATES
from .domain.category_choice import DEFAULT_CATEGORY_LABELS
from .domain.subscriptions import (
    DEFAULT_KEYWORDS, DEFAULT_LIST_TEXTS, DEFAULT_TOPIC_WORDS, DEFAULT_TOPICS, LIST_TEXT_KINDS, merged_tables,
    normalized,
)
from .errors import ConfigError
from .hours_config import OptionValueError, hours_problem, parse_days_option, parse_week_option
from .whatsapp_config import WHATSAPP_OPTIONS
from .whatsapp_templates import TEMPLATE_OPTIONS

APP_NAME = "deskclient"
ENV_PREFIX = "DESKCLIENT_"


def _parse_time(value: Any) -> time:
    if isinstance(value, time):
        return value
    return time.fromisoformat(str(value))


def _str_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise TypeError


def _int_list(value: Any) -> list[int]:
    if isinstance(value, str):
        return [int(part) for part in value.split(",") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        return value
    raise TypeError


def _int(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError
    if isinstance(value, str):
        return int(value.strip())
    if isinstance(value, int):
        return value
    raise TypeError


def _float(value: Any) -> float:
    if isinstance(value, bool):
        raise TypeError
    if isinstance(value, (int, float)):
        return float(value)
    return float(str(value).strip())


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError
    return value


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in {"1", "true", "yes", "on", "0", "false", "no", "off"}:
        return value.lower() in {"1", "true", "yes", "on"}
    raise TypeError


def _templates(value: Any) -> dict:
    """Merged over the defaults, so a deployment can change one text and keep the rest."""
    if not isinstance(value, dict):
        raise TypeError
    merged = {lang: dict(texts) for lang, texts in DEFAULT_TEMPLATES.items()}
    for lang, texts in value.items():
        if not isinstance(texts, dict) or not all(isinstance(t, str) for t in texts.values()):
            raise TypeError
        merged.setdefault(lang, {}).update(texts)
    return merged


def _keywords(value: Any) -> dict[str, list[str]]:
    """language -> the phrases (keywords) that decide it in a citizen's first message."""
    if not isinstance(value, dict):
        raise TypeError
    return {str(lang): _str_list(phrases) for lang, phrases in value.items()}


def _list_table(defaults: dict, entry: Callable[[Any], Any]) -> Callable[[Any], dict]:
    """A `lists.*` table per language, merged over its defaults: a deployment changes one
    language's entry and keeps the rest."""
    def parse(value: Any) -> dict:
        if not isinstance(value, dict) or not all(isinstance(body, dict) for body in value.values()):
            raise TypeError
        return merged_tables(defaults, {str(lang): {str(k): entry(v) for k, v in body.items()}
                                        for lang, body in value.items()})
    return parse


def _category_labels(value: Any) -> dict[str, dict[str, str]]:
    """Merged over the built-in labels of seed 003's categories."""
    if not isinstance(value, dict) or not all(isinstance(t, dict) for t in value.values()):
        raise TypeError
    merged = {lang: dict(labels) for lang, labels in DEFAULT_CATEGORY_LABELS.items()}
    for lang, labels in value.items():
        merged.setdefault(str(lang), {}).update({str(k): _str(v) for k, v in labels.items()})
    return merged


@dataclass(frozen=True)
class Option:
    key: str  # "section.name"
    type_name: str  # shown in errors and docs
    parse: Callable[[Any], Any]
    default: Any
    description: str
    secret: bool = False

    @property
    def env_name(self) -> str:
        return ENV_PREFIX + self.key.replace(".", "_").upper()


def _default_data_dir() -> str:
    return platformdirs.user_data_dir(APP_NAME)


def _default_agent() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "agent"


OPTIONS: tuple[Option, ...] = (
    Option("database.url", "string", _str, "",
           "Database URL. Empty: SQLite file in the data dir. Team mode: postgresql://user@host/db"),
    Option("paths.data_dir", "string", _str, None,
           "Where the database, received files and the Telegram session live"),
    Option("service.name", "string", _str, "012", "Service name used in automatic messages"),
    Option("service.privacy_url", "string", _str, "https://example.org/privacy",
           "Where citizens read the privacy conditions (quoted in the opening message)"),
    Option("service.privacy_office", "string", _str, "",
           "Office and postal address where citizens exercise their data rights (the opening message "
           "names it, with service.privacy_url), e.g. \"Direcció General d'Atenció Ciutadana, Via Laietana 14, "
           "08003 Barcelona\""),
    Option("service.node", "string", _str, "",
           "This process's name in `deskclient status` (empty: host name and process id)"),
    Option("hours.week", "a table of interval lists per weekday (mon … sun, or a range: mon-fri)",
           parse_week_option, {},
           "Service hours per weekday, several intervals a day for a break ([hours.week] mon-fri = "
           "[\"08:00-20:00\"], sat = [\"09:00-14:00\"]; one line: \"mon-fri 08:00-20:00; sat 09:00-14:00\"); "
           "a day not named is closed. Empty: hours.opens to hours.closes on hours.weekdays"),
    Option("hours.opens", "time (HH:MM)", _parse_time, time(8, 0),
           "Service hours start, local time, on every one of hours.weekdays (when hours.week is empty)"),
    Option("hours.closes", "time (HH:MM)", _parse_time, time(22, 0),
           "Service hours end, local time (when hours.week is empty)"),
    Option("hours.weekdays", "list of integers (1=Monday)", _int_list, [1, 2, 3, 4, 5],
           "Days the desk is open (when hours.week is empty)"),
    Option("hours.closed_days", "list of days (MM-DD every year, or YYYY-MM-DD)", parse_days_option, [],
           "Days the desk stays closed besides the public holidays, e.g. [\"12-24\", \"12-31\", \"2026-09-07\"]"),
    Option("hours.open_days", "list of days (MM-DD or YYYY-MM-DD, optionally with intervals)", parse_days_option, [],
           "Days the desk opens although a weekend, holiday or closure day, with that weekday's hours "
           "or its own: [\"2026-12-05 09:00-13:00\"]"),
    Option("hours.timezone", "string", _str, "Europe/Madrid", "Time zone of the service hours"),
    Option("hours.holidays", "string", _str, "ES-CT",
           "Public-holiday calendar: country and optional region as the holidays package writes it "
           "(ES-CT, ES-PV, ES-AR, ES-IB, IT-AO), its ISO 3166-2 code of another level (ES-B, IT-23) "
           "or a common name (IT-VDA); empty for none"),
    Option("sla.first_response_hours", "number", _float, 2.0,
           "First response due within this many service hours of opening"),
    Option("tickets.grace_minutes", "integer", _int, 30,
           "After the closing message, a citizen's message joins the same ticket for this long"),
    Option("tickets.number_prefix", "string", _str, "", "Prefix of ticket numbers, e.g. CAU → CAU-2026-000123"),
    Option("tickets.categories", "list of strings", _str_list,
           ["Functional doubts", "Payment problems", "Signature or certificate problems"],
           "Categories an agent can file a ticket under"),
    Option("tickets.category_choice", "boolean", _bool, False,
           "The opening message asks the citizen to choose one of the categories (buttons for a "
           "bot account, a list to pick from on WhatsApp, a numbered list answered with the number "
           "for a user account)"),
    Option("tickets.category_labels", "a table of text tables per language", _category_labels,
           DEFAULT_CATEGORY_LABELS,
           "[tickets.category_labels.LANG] CATEGORY = what citizens read for it in that language "
           "(default: the category's own name)"),
    Option("retention.months", "integer", _int, 6, "Months a closed ticket is kept before it is purged"),
    Option("retention.purge_in_app", "boolean", _bool, True,
           "The duty holder (the service, or a single desk) purges daily at retention.purge_hour "
           "(off where a timer runs `deskclient purge`)"),
    Option("retention.purge_hour", "time (HH:MM)", _parse_time, time(3, 0),
           "Local time (hours.timezone) of the daily purge, a quiet hour: its rewrite of the tables "
           "locks them for seconds; a run missed while the desk was down runs at its start"),
    Option("retention.telegram_revoke", "boolean", _bool, False,
           "When the purge or an erasure deletes a conversation, delete the chat on Telegram for the "
           "citizen too, not only from the service account's side (where the law requires it)"),
    Option("files.accepted", "list of strings", _str_list,
           ["pdf", "jpg", "jpeg", "png", "bmp", "xml", "oga", "ogg", "mp4"],
           "File extensions accepted from citizens (checked by content too)"),
    Option("files.max_mb", "number", _float, 20.0, "Largest file accepted, in megabytes"),
    Option("languages.available", "list of strings", _str_list, ["ca", "es", "eu", "fr", "it", "en"],
           "Languages the automatic messages are sent in"),
    Option("languages.default", "string", _str, "ca", "Language used when a citizen's cannot be told"),
    Option("languages.keywords", "a table of lists of strings per language", _keywords, {},
           "Words citizens are asked to type, per language ([languages.keywords] it = "
           "[\"MI ISCRIVO\"]): a first message starting with one is in that language"),
    Option("templates", "a table of text tables per language", _templates, DEFAULT_TEMPLATES,
           "Automatic message texts: [templates.LANG] opening/closing/out_of_hours/file_refused"),
    Option("agent.name", "string", _str, None,
           "Single desk: the agent's login (default: the OS user). System config file only; "
           "team mode: the database login"),
    Option("agent.role", "string (agent or lead)", _str, "agent",
           "Single desk: the agent's role. System config file only; team mode: the database "
           "login's group roles"),
    Option("telegram.api_id", "integer", _int, 0, "Telegram API id (my.telegram.org)"),
    Option("telegram.api_hash", "string", _str, "", "Telegram API hash (my.telegram.org)", secret=True),
    Option("telegram.server", "string", _str, "", "MTProto server address for test environments (empty: Telegram)"),
    Option("telegram.port", "integer", _int, 443, "MTProto server port"),
    Option("telegram.dc_id", "integer", _int, 2, "Data-centre id of that server"),
    Option("telegram.rsa_key_file", "string", _str, "", "PEM file with that server's RSA public key"),
    Option("telegram.session", "string (file or none)", _str, "file",
           "file: this process holds the account's Telegram session (single desk, or `serve`); "
           "none: a team workstation without one, whose replies the service sends"),
    Option("telegram.simulator", "string", _str, "",
           "Unix socket of a simulated Telegram (tests and demos); empty: the real network"),
    Option("outbox.rate_global", "number", _float, 0.0,
           "Messages per second the duty holder sends in all (0: by account kind, bot 25, user 5)"),
    Option("outbox.rate_per_chat", "number", _float, 0.0,
           "Messages per second to one citizen (0: by account kind, 1 for both)"),
    Option("outbox.max_attempts", "integer", _int, 5,
           "Tries before an outgoing message Telegram keeps refusing is marked failed"),
    Option("lists.broadcast_only", "boolean", _bool, False,
           "The account only sends broadcasts: any message but a list keyword gets a fixed notice "
           "(once a day) and opens no ticket"),
    Option("lists.topics", "list of strings", _str_list, DEFAULT_TOPICS,
           "Topics a citizen subscribes to and a broadcast goes to"),
    Option("lists.rate", "number", _float, 0.0,
           "Broadcast messages per second at most (0: by account kind, bot 25, user 2); they share "
           "outbox.rate_global with agents' replies, which go first"),
    Option("lists.keywords", "a table of keyword lists per language", _list_table(DEFAULT_KEYWORDS, _str_list),
           DEFAULT_KEYWORDS,
           "[lists.keywords.LANG] subscribe/unsubscribe: what citizens write to join or leave the "
           "list, matched ignoring case, accents and punctuation, optionally followed by topic words"),
    Option("lists.topic_words", "a table of word lists per topic and language",
           _list_table(DEFAULT_TOPIC_WORDS, _str_list), DEFAULT_TOPIC_WORDS,
           "[lists.topic_words.LANG] TOPIC = words naming a topic after a keyword (the first is its "
           "name in that language)"),
    Option("lists.texts", "a table of text tables per language", _list_table(DEFAULT_LIST_TEXTS, _str),
           DEFAULT_LIST_TEXTS,
           "[lists.texts.LANG] subscribed/changed/unsubscribed/broadcast_only: what citizens are told; "
           "placeholders {service} {topics} {leave} {join} {privacy_url}"),
    Option("app.tray", "boolean", _bool, True,
           "Single desk: closing the window keeps the desk running in the system tray"),
    Option("app.autostart", "boolean", _bool, True,
           "Single desk: start the desk at login (an XDG autostart entry)"),
    Option("ui.language", "string (en, es, ca, eu, fr, it; empty: the system's)", _str, "",
           "Language of the window; empty follows the system language"),
    Option("demo.pace", "number", _float, 4.0,
           "Demo network: seconds between simulated citizens' messages"),
    Option("log.level", "string", _str, "INFO", "Log level: DEBUG, INFO, WARNING, ERROR"),
    *(Option(*spec) for spec in WHATSAPP_OPTIONS),  # whatsapp_config.py
    *(Option(*spec) for spec in TEMPLATE_OPTIONS),  # whatsapp_templates.py
)

_BY_KEY = {o.key: o for o in OPTIONS}
SYSTEM_ONLY = ("agent.name", "agent.role")  # IT's say: never from the user's own settings


@dataclass(frozen=True)
class Setting:
    value: Any
    origin: str  # "default", a file path, "env DESKCLIENT_X", "flag"


class Config:
    """The effective configuration. Read values with `config["hours.opens"]`."""

    def __init__(self, settings: Mapping[str, Setting]) -> None:
        self._settings = dict(settings)

    def __getitem__(self, key: str) -> Any:
        return self._settings[key].value

    def origin(self, key: str) -> str:
        return self._settings[key].origin

    def items(self):
        return ((o, self._settings[o.key]) for o in OPTIONS)

    def with_values(self, values: Mapping[str, Any]) -> "Config":
        """A copy with some values replaced (already typed), e.g. the demo's own data dir."""
        settings = dict(self._settings)
        for key, value in values.items():
            settings[key] = Setting(value, "program")
        return Config(settings)

    @property
    def data_dir(self) -> Path:
        """Absolute: a relative folder (`--data-dir data`) is the working directory's, for
        the database as for the files (a relative path in the SQLite URL read as from /)."""
        return Path(self["paths.data_dir"]).expanduser().absolute()

    @property
    def database_url(self) -> str:
        return self["database.url"] or f"sqlite:///{self.data_dir / 'deskclient.sqlite3'}"


def system_config_paths() -> list[Path]:
    dirs = os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
    return [Path(d) / APP_NAME / "config.toml" for d in reversed(dirs.split(":")) if d]


def user_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def _flatten(table: Mapping[str, Any], origin: str) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, body in table.items():
        if section in _BY_KEY:  # a top-level option such as `templates`
            flat[section] = body
            continue
        if not isinstance(body, dict):
            raise ConfigError(f"{origin}: unknown option '{section}'")
        for name, value in body.items():
            key = f"{section}.{name}"
            if key not in _BY_KEY:
                raise ConfigError(f"{origin}: unknown option '{key}'")
            flat[key] = value
    return flat


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return _flatten(tomllib.load(fh), str(path))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror})") from None


def _coerce(option: Option, raw: Any, origin: str) -> Any:
    try:
        return option.parse(raw)
    except OptionValueError as exc:
        raise ConfigError(f"{origin}: option '{option.key}': {exc}") from None
    except (TypeError, ValueError):
        raise ConfigError(
            f"{origin}: option '{option.key}' must be {option.type_name}, got {raw!r}"
        ) from None


def load_config(
    config_file: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Build the effective config. `config_file` replaces the user file (CLI `--config`)."""
    environ = os.environ if environ is None else environ
    layers: list[tuple[str, dict[str, Any]]] = []
    for path in system_config_paths():
        if path.is_file():
            layers.append((str(path), _read_file(path)))
    system_layers = len(layers)
    if config_file is not None:  # named as given, but kept absolute: origins are paths the doctor checks
        config_file = Path(config_file).absolute()
    user_file = config_file or user_config_path()
    if config_file is not None and not config_file.is_file():
        raise ConfigError(f"{config_file}: no such config file")
    if user_file.is_file():
        layers.append((str(user_file), _read_file(user_file)))
    env_layer = {o.key: environ[o.env_name] for o in OPTIONS if o.env_name in environ}
    for key, raw in env_layer.items():
        layers.append((f"environment {_BY_KEY[key].env_name}", {key: raw}))
    for key, raw in (overrides or {}).items():
        if key not in _BY_KEY:
            raise ConfigError(f"command line: unknown option '{key}'")
        layers.append(("command line", {key: raw}))
    for origin, values in layers[system_layers:]:
        _refuse_system_only(origin, values)

    settings = {
        o.key: Setting(o.default, "default") for o in OPTIONS
    }
    settings["paths.data_dir"] = Setting(_default_data_dir(), "default")
    settings["agent.name"] = Setting(_default_agent(), "default")
    for origin, values in layers:
        for key, raw in values.items():
            settings[key] = Setting(_coerce(_BY_KEY[key], raw, origin), origin)
    config = Config(settings)
    _validate(config)
    return config


def _refuse_system_only(origin: str, values: Mapping[str, Any]) -> None:
    for key in SYSTEM_ONLY:
        if key in values:
            where = system_config_paths()[-1]  # the first of XDG_CONFIG_DIRS: /etc/xdg/…
            raise ConfigError(f"{origin}: {key} is set by IT in {where}, not here")


def _validate(config: Config) -> None:
    from .config_checks import check_values  # numbers in range, a known zone and holiday region
    check_values(config)
    if config["agent.role"] not in ("agent", "lead"):
        raise ConfigError(f"{config.origin('agent.role')}: option 'agent.role' must be agent or lead")
    if config["languages.default"] not in config["languages.available"]:
        raise ConfigError("option 'languages.default' must be one of 'languages.available'")
    unknown = [lang for lang in config["languages.keywords"] if lang not in config["languages.available"]]
    if unknown:
        raise ConfigError(f"option 'languages.keywords' names {', '.join(unknown)}, not in 'languages.available'")
    missing = [lang for lang in config["languages.available"] if lang not in config["templates"]]
    if missing:
        raise ConfigError(f"option 'templates' has no texts for {', '.join(missing)}")
    if config["telegram.session"] not in ("file", "none"):
        raise ConfigError(f"{config.origin('telegram.session')}: option 'telegram.session' must be file or none")
    if config["telegram.session"] == "none" and not config.database_url.startswith("postgres"):
        raise ConfigError("option 'telegram.session' = none needs the team's PostgreSQL "
                          "('database.url'): a desk without a session only works beside `deskclient serve`")
    for key in ("outbox.rate_global", "outbox.rate_per_chat"):
        if config[key] < 0:
            raise ConfigError(f"option '{key}' must be 0 (by account kind) or a positive rate")
    if config["outbox.max_attempts"] < 1:
        raise ConfigError("option 'outbox.max_attempts' must be at least 1")
    _validate_lists(config)
    problem = hours_problem(config)
    if problem:
        raise ConfigError(problem)


def _validate_lists(config: Config) -> None:
    if config["lists.rate"] < 0:
        raise ConfigError("option 'lists.rate' must be 0 (by account kind) or a positive rate")
    topics = config["lists.topics"]
    if not topics or len(set(topics)) != len(topics):
        raise ConfigError("option 'lists.topics' must name at least one topic, each once")
    meaning: dict[str, str] = {}
    for lang, table in config["lists.keywords"].items():
        for action in ("subscribe", "unsubscribe"):
            for phrase in table.get(action, []):
                if meaning.setdefault(normalized(phrase), action) != action:
                    raise ConfigError(f"option 'lists.keywords': '{phrase}' ({lang}) both subscribes and unsubscribes")
    default = config["languages.default"]
    missing = [k for k in LIST_TEXT_KINDS if not config["lists.texts"].get(default, {}).get(k)]
    if missing:
        raise ConfigError(f"option 'lists.texts' has no {', '.join(missing)} text for {default}")


def save_user_values(values: Mapping[str, Any], path: Path | None = None) -> Path:
    """Write some options into the user's config file, keeping the others it holds.

    The file may hold secrets (the API hash): it is written 0600, atomically.
    """
    from .config_toml import toml_value
    path = path or user_config_path()
    current: dict[str, Any] = {}
    if path.is_file():
        current = _read_file(path)
    for key, value in values.items():
        option = _BY_KEY.get(key)
        if option is None:
            raise ConfigError(f"unknown option '{key}'")
        current[key] = _coerce(option, value, "settings")
    sections: dict[str, dict[str, Any]] = {}
    for key, value in current.items():
        section, _, name = key.partition(".")
        if key == "templates":
            for lang, texts in value.items():
                sections[f"templates.{lang}"] = texts
            continue
        sections.setdefault(section, {})[name] = value
    lines = ["# deskclient user settings (see docs/config.example.toml for every option)"]
    for section, body in sections.items():
        lines.append(f"\n[{section}]")
        lines += [f"{name} = {toml_value(value)}" for name, value in body.items()]
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = path.with_suffix(".toml.part")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(partial, path)
    return path

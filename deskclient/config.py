"""The effective configuration: every declared option (config_options.py) read in layers.

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
from pathlib import Path
from typing import Any, Mapping

import platformdirs

from .config_options import APP_NAME, OPTIONS, Option
from .domain.subscriptions import LIST_TEXT_KINDS, normalized
from .errors import ConfigError
from .hours_config import OptionValueError, hours_problem

__all__ = ["APP_NAME", "OPTIONS", "SYSTEM_ONLY", "Config", "Option", "Setting", "load_config", "save_user_values",
           "system_config_paths", "user_config_path"]  # APP_NAME, OPTIONS, Option: declared in config_options.py


def _default_data_dir() -> str:
    return platformdirs.user_data_dir(APP_NAME)


def _default_agent() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "agent"


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
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid TOML (not UTF-8 text: save it as UTF-8)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror})") from None


def _coerce(option: Option, raw: Any, origin: str) -> Any:
    try:
        return option.parse(raw)
    except OptionValueError as exc:
        raise ConfigError(f"{origin}: option '{option.key}': {exc}") from None
    except (TypeError, ValueError):
        got = f"{_kind_of(raw)} (not shown: a secret)" if option.secret else repr(raw)
        raise ConfigError(f"{origin}: option '{option.key}' must be {option.type_name}, got {got}") from None


def _kind_of(raw: Any) -> str:
    """What a TOML value is, in words, for an error that must not show it."""
    if isinstance(raw, bool):
        return "true or false"
    if isinstance(raw, (int, float)):
        return "a number"
    if isinstance(raw, (list, tuple)):
        return "a list"
    if isinstance(raw, dict):
        return "a table"
    return "a value of another type"


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
    unknown = [t for t in config["lists.urgent_topics"] if t not in topics]
    if unknown and config.origin("lists.urgent_topics") != "default":  # renamed topics keep starting
        raise ConfigError(f"{config.origin('lists.urgent_topics')}: option 'lists.urgent_topics' names "
                          f"{', '.join(unknown)}, which 'lists.topics' does not")
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

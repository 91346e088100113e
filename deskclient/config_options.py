"""Every option of the configuration, declared once: its key, its type (the parser that
reads a value from a file, the environment or a flag), its default and its description.
Loading them, in layers, is config.py's; `config show` and docs/config.example.toml
list them from here (packaging/gen_config_docs.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any, Callable

from .default_notices import DEFAULT_TEMPLATES
from .domain.category_choice import DEFAULT_CATEGORY_LABELS
from .domain.notices import template_problem
from .domain.subscriptions import DEFAULT_KEYWORDS, DEFAULT_LIST_TEXTS, DEFAULT_TOPIC_WORDS, DEFAULT_TOPICS, merged_tables
from .hours_config import OptionValueError, parse_days_option, parse_week_option
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
        for name, text in texts.items():
            problem = template_problem(text)
            if problem is not None:
                raise OptionValueError(f"[templates.{lang}] {name}: {problem}")
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
    Option("lists.urgent_topics", "list of strings", _str_list, ["Emergencies"],
           "Topics whose broadcasts are urgent: they go before the rest of any broadcast in progress, "
           "which resumes after them (still once per subscriber); named as in lists.topics (the default "
           "counts only while lists.topics has Emergencies)"),
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

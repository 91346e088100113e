"""The `[whatsapp]` options (issue 16) and what they make: net/whatsapp's WhatsAppSettings
and the address the webhook server listens on.

Declared here as plain tuples that config.py turns into its Options (config.py imports
this module, so this one cannot import it). WhatsApp is on when `phone_number_id` is set.
The access token may live in the OS keyring instead of a file: `access_token = "keyring"`
reads it from the entry `deskclient` / `whatsapp:<phone_number_id>` (set it with the
keyring package's own command: `keyring set deskclient whatsapp:<phone_number_id>`).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit

from .errors import ConfigError
from .hours_config import OptionValueError

KEYRING = "keyring"
KEYRING_SERVICE = "deskclient"
DEFAULT_LISTEN = "127.0.0.1:8089"
GRAPH_API = "https://graph.facebook.com/v21.0"  # net/whatsapp/settings.py's default, for the docs


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError
    return value.strip()


def _address(value: Any) -> str:
    host, port = split_address(_text(value))
    return f"{host}:{port}"


def _webhook_url(value: Any) -> str:
    """Empty (no public URL yet), or a URL with its scheme and host: a slip (no scheme, an
    unclosed bracket) is said here, with the other options, not found by the webhook
    server at start as a traceback. http:// passes here: the doctor says Meta needs https."""
    url = _text(value)
    if not url:
        return url
    try:
        parts = urlsplit(url)
        usable = parts.scheme in ("https", "http") and bool(parts.hostname) and (parts.port or 0) >= 0
    except ValueError:  # an unclosed bracket, a port that is not a number
        usable = False
    if not usable:
        raise OptionValueError("must be an https:// URL, e.g. https://desk.example.org/webhooks/whatsapp")
    return url


def _webhook_path(url: str) -> str:
    """The path the webhook server answers on: the public URL's (where Meta calls, "/"
    for a host of its own), or /webhooks/whatsapp while no URL is set. Unquoted, as
    aiohttp's router matches a request's path: "whats%20app" typed is served where Meta's
    /whats%20app arrives, as "whats app" typed is."""
    from .net.whatsapp.settings import WEBHOOK_PATH
    return (unquote(urlsplit(url).path) or "/") if url else WEBHOOK_PATH


def split_address(value: str) -> tuple[str, int]:
    """"host:port" → (host, port); ValueError when it is not one."""
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 <= int(port) < 65536:  # 0: any free port
        raise ValueError(f"{value!r} is not host:port")
    return host.strip("[]"), int(port)


# (key, type shown in errors and docs, parse, default, description, secret)
WHATSAPP_OPTIONS = (
    ("whatsapp.phone_number_id", "string", _text, "",
     "WhatsApp Business phone number id (App Dashboard, WhatsApp > API Setup); empty: no WhatsApp", False),
    ("whatsapp.business_account_id", "string", _text, "", "WhatsApp Business account id (WABA)", False),
    ("whatsapp.access_token", "string", _text, "",
     "A system user's permanent access token (whatsapp_business_messaging); \"keyring\": read from the OS "
     "keyring entry deskclient / whatsapp:<phone_number_id>", True),
    ("whatsapp.app_secret", "string", _text, "", "The Meta app's secret: checks each webhook's signature", True),
    ("whatsapp.verify_token", "string", _text, "",
     "Any string, typed also into the dashboard's webhook form (the verification handshake echoes it)", True),
    ("whatsapp.webhook_url", "string", _webhook_url, "",
     "The public HTTPS URL Meta posts webhooks to (the reverse proxy's); its path is the one served", False),
    ("whatsapp.listen", "string (host:port)", _address, DEFAULT_LISTEN,
     "Where `deskclient serve` (or a single desk) answers webhooks, behind the reverse proxy", False),
    ("whatsapp.api_base_url", "string", _text, GRAPH_API,
     "The Graph API with its version (a test server's in tests)", False),
)


def whatsapp_configured(config) -> bool:
    return bool(config["whatsapp.phone_number_id"])


def whatsapp_settings(config, keyring_module=None):
    """The WhatsAppSettings the config describes; ConfigError naming what is missing."""
    from .net.whatsapp.settings import WhatsAppSettings
    number = config["whatsapp.phone_number_id"]
    token = config["whatsapp.access_token"]
    if token == KEYRING:
        token = _token_from_keyring(number, keyring_module)
    missing = [name for name, value in (("business_account_id", config["whatsapp.business_account_id"]),
                                        ("access_token", token), ("app_secret", config["whatsapp.app_secret"]),
                                        ("verify_token", config["whatsapp.verify_token"])) if not value]
    if missing:
        raise ConfigError(f"WhatsApp is on (whatsapp.phone_number_id) but {', '.join('whatsapp.' + m for m in missing)} "
                          f"{'is' if len(missing) == 1 else 'are'} not set")
    return WhatsAppSettings(phone_number_id=number, business_account_id=config["whatsapp.business_account_id"],
                            access_token=token, app_secret=config["whatsapp.app_secret"],
                            verify_token=config["whatsapp.verify_token"],
                            api_base_url=config["whatsapp.api_base_url"].rstrip("/"),
                            webhook_path=_webhook_path(config["whatsapp.webhook_url"]))


def _token_from_keyring(number: str, ring=None) -> str:
    if ring is None:
        import keyring as ring
    try:
        token = ring.get_password(KEYRING_SERVICE, f"whatsapp:{number}")
    except Exception:  # no backend on this machine, or a locked one
        raise ConfigError("whatsapp.access_token = \"keyring\", but the OS keyring could not be read") from None
    if not token:
        raise ConfigError(f"whatsapp.access_token = \"keyring\", but the keyring has no entry "
                          f"{KEYRING_SERVICE} / whatsapp:{number}")
    return token

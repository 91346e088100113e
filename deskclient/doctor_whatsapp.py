"""The doctor's WhatsApp checks (issue 16): the `[whatsapp]` settings are whole, the
access token is accepted by the Graph API, the number is one of the business account's
and each `[whatsapp.templates]` template is approved in WhatsApp Manager (unless
--offline), the public webhook URL is HTTPS, and
the webhook path answers the verification handshake on the listen address
(a local request: the running service's own answer, --offline or not).

Plain `urllib`: a handful of blocking requests in a command that runs once, no event loop.
The Graph API's through the proxy the environment names (HTTPS_PROXY, NO_PROXY), as the
service's own calls go; the webhook's on the listen address straight, never through it.
"""

from __future__ import annotations

import json
import re
import secrets
import socket
import urllib.error
import urllib.parse
import urllib.request

from .config import Config
from .doctor import Finding, Severity
from .errors import ConfigError
from .whatsapp_config import KEYRING, KEYRING_SERVICE, split_address, whatsapp_configured, whatsapp_settings

CHECK = "WhatsApp"
TOKEN_REFUSED = 190  # the Graph API's code for an invalid or expired access token
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy: this machine's own port


def _finding(severity: Severity, summary: str, fix: str | None = None) -> Finding:
    return Finding(CHECK, severity, summary, fix)


def check_whatsapp(config: Config, timeout: float, offline: bool = False) -> list[Finding]:
    if not whatsapp_configured(config):
        return [_finding(Severity.INFO, "WhatsApp is off (whatsapp.phone_number_id is not set)")]
    try:
        settings = whatsapp_settings(config)
    except ConfigError as exc:
        fix = "set the missing [whatsapp] options (docs/deploy.md, WhatsApp)"
        if config["whatsapp.access_token"] == KEYRING:
            entry = f"{KEYRING_SERVICE} whatsapp:{config['whatsapp.phone_number_id']}"
            fix = (f"store the token with `keyring set {entry}` "
                   "(the keyring command beside deskclient's Python, e.g. in its venv's bin) as the user the "
                   "desk runs as, where an OS keyring (Secret Service, KWallet) runs; or put the token in "
                   "whatsapp.access_token in a file only that user reads")
        return [_finding(Severity.ERROR, str(exc), fix)]
    findings = [_webhook_url(config)]
    if offline:
        findings.append(_finding(Severity.INFO, "the access token: not checked (--offline)"))
    else:
        token = check_token(settings, timeout)
        findings.append(token)
        if token.severity is Severity.OK:
            findings.append(check_number(settings, timeout))
            findings.append(check_templates(config, settings, timeout))
    findings.append(check_webhook_answers(config, settings, timeout))
    return [f for f in findings if f is not None]


def _webhook_url(config: Config) -> Finding | None:
    url = config["whatsapp.webhook_url"]
    if not url:
        return _finding(Severity.WARNING, "whatsapp.webhook_url is not set",
                        "set it to the public HTTPS URL of the reverse proxy, as typed in Meta's webhook form")
    if urllib.parse.urlsplit(url).scheme != "https":
        return _finding(Severity.ERROR, f"whatsapp.webhook_url {url} is not HTTPS: Meta posts only to HTTPS",
                        "publish the webhook through the organisation's HTTPS reverse proxy (docs/deploy.md)")
    return None


def check_token(settings, timeout: float) -> Finding:
    """GET /<phone_number_id> with the token: Meta answers 200 only for a valid token
    with access to that number."""
    url = f"{settings.api_base_url}/{urllib.parse.quote(settings.phone_number_id)}?fields=id"
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {settings.access_token}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout):
            return _finding(Severity.OK, f"the access token is accepted for phone number id {settings.phone_number_id}")
    except urllib.error.HTTPError as exc:
        code = _graph_error_code(exc)
        if exc.code == 401 or code == TOKEN_REFUSED:
            return _finding(Severity.ERROR, "the Graph API refused the access token (expired, revoked or mistyped)",
                            "make a new permanent token for the system user (Business Settings > System users) "
                            "and put it in whatsapp.access_token or the keyring")
        return _finding(Severity.ERROR, f"the Graph API answered {exc.code} for phone number id "
                                        f"{settings.phone_number_id} (error {code})",
                        "check whatsapp.phone_number_id and that the token's system user has this number's WABA")
    except (urllib.error.URLError, socket.timeout, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        host = urllib.parse.urlsplit(settings.api_base_url).netloc
        return _finding(Severity.ERROR, f"the Graph API at {host} cannot be reached ({reason})",
                        f"allow outgoing HTTPS to {host} in the firewall or proxy")


def check_number(settings, timeout: float) -> Finding:
    """The configured number is one of the business account's (GET /{waba-id}/phone_numbers),
    said with its display number and name, and the account's others named: a token is
    valid for the app's test number too (API Setup shows its id first), and for a number
    moved to another account, while Meta's webhooks come for the number citizens write
    to, which the desk then ignores (the log's "does not serve" lines)."""
    url = (f"{settings.api_base_url}/{urllib.parse.quote(settings.business_account_id)}/"
           "phone_numbers?fields=id,display_phone_number,verified_name")
    try:
        numbers = {str(n["id"]): f"{n.get('display_phone_number', '?')}, {n.get('verified_name', '?')}"
                   for page in _pages(url, settings, timeout) for n in page.get("data", [])}
    except urllib.error.HTTPError as exc:
        return _finding(Severity.WARNING, f"the Graph API answered {exc.code} for the phone numbers of WhatsApp "
                                          f"Business Account {settings.business_account_id} "
                                          f"(error {_graph_error_code(exc)})",
                        "set whatsapp.business_account_id to the account that owns this number (WhatsApp Manager)")
    except (urllib.error.URLError, socket.timeout, TimeoutError, OSError, ValueError, KeyError, TypeError,
            AttributeError) as exc:  # unreachable, or an answer not shaped as the Graph API's
        return _finding(Severity.WARNING, f"the business account's phone numbers could not be read "
                                          f"({type(exc).__name__})")
    number, account = settings.phone_number_id, settings.business_account_id
    listed = "; ".join(f"{n} ({shown})" for n, shown in sorted(numbers.items()) if n != number)
    if number not in numbers:
        return _finding(Severity.ERROR, f"phone number id {number} is not one of WhatsApp Business Account "
                                        f"{account}'s numbers, so the webhooks of the number citizens write to "
                                        f"are ignored; the account's numbers: {listed or 'none'}",
                        "set whatsapp.phone_number_id to the id of the number citizens write to (WhatsApp "
                        "Manager > Phone numbers; not the test number API Setup shows first) and "
                        "whatsapp.business_account_id to its account, then restart the service")
    others = f"; its other numbers, whose webhooks this desk ignores: {listed}" if listed else ""
    return _finding(Severity.OK, f"phone number id {number} ({numbers[number]}) is one of WhatsApp Business "
                                 f"Account {account}'s numbers{others}")


def check_templates(config: Config, settings, timeout: float) -> Finding | None:
    """Each `[whatsapp.templates]` use's template is APPROVED in every configured
    language code, its body taking as many parameters as configured: else WhatsApp
    refuses its sends (132001, 132000) just when the 24-hour window has closed."""
    wanted = {(use, choice.name, code, len(choice.parameters))
              for use, choice in config["whatsapp.templates"].items() for _desk, code in choice.languages}
    if not wanted:
        return None
    try:
        listed = _templates_listed(settings, timeout)
    except urllib.error.HTTPError as exc:
        return _finding(Severity.ERROR, f"the Graph API answered {exc.code} for the templates of WhatsApp Business "
                                        f"Account {settings.business_account_id} (error {_graph_error_code(exc)})",
                        "set whatsapp.business_account_id to the account that owns this number (WhatsApp Manager)")
    except (urllib.error.URLError, socket.timeout, TimeoutError, OSError, ValueError, KeyError, TypeError,
            AttributeError) as exc:  # unreachable, or an answer not shaped as the Graph API's
        return _finding(Severity.WARNING, f"the templates could not be read ({type(exc).__name__})")
    problems = []
    for use, name, code, parameters in sorted(wanted):
        where = f"[whatsapp.templates.{use}] {name} ({code})"
        status, taken = listed.get((name, code), ("not in WhatsApp Manager", parameters))
        if status != "APPROVED":
            problems.append(f"{where}: {status}")
        elif taken != parameters:
            problems.append(f"{where}: its body takes {taken} parameters, {parameters} configured")
    if problems:
        return _finding(Severity.ERROR, "WhatsApp will refuse these templates: " + "; ".join(problems),
                        "have each approved in WhatsApp Manager (Message templates) under that name and language "
                        "code, or correct [whatsapp.templates] (docs/deploy.md, WhatsApp)")
    return _finding(Severity.OK, f"the {len(wanted)} configured templates are approved in WhatsApp Manager")


def _templates_listed(settings, timeout: float, pages: int = 50) -> dict[tuple[str, str], tuple[str, int]]:
    """(name, language code) → (status, body parameters) of the account's templates,
    following the Graph API's `paging.next`."""
    listed: dict[tuple[str, str], tuple[str, int]] = {}
    url = (f"{settings.api_base_url}/{urllib.parse.quote(settings.business_account_id)}/"
           "message_templates?fields=name,language,status,components&limit=100")
    for page in _pages(url, settings, timeout, pages):
        for template in page.get("data", []):
            body = next((c.get("text", "") for c in template.get("components", []) if c.get("type") == "BODY"), "")
            listed[(template["name"], template["language"])] = (template.get("status", "?"),
                                                                len(set(_PLACEHOLDER.findall(body))))
    return listed


def _pages(url: str | None, settings, timeout: float, pages: int = 50):
    """Each page of a Graph API list, following its `paging.next`."""
    for _ in range(pages):
        if not url:
            return
        request = urllib.request.Request(url, headers={"Authorization": f"Bearer {settings.access_token}"})
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            page = json.loads(answer.read())
        yield page
        url = page.get("paging", {}).get("next")


_PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")  # {{1}}, or a named {{ticket}}


def _graph_error_code(exc: urllib.error.HTTPError) -> int | None:
    try:
        return json.loads(exc.read() or b"{}").get("error", {}).get("code")
    except (ValueError, AttributeError, OSError):
        return None


def check_webhook_answers(config: Config, settings, timeout: float) -> Finding:
    """The verification handshake Meta makes, asked of the local listen address."""
    host, port = split_address(config["whatsapp.listen"])
    challenge = str(secrets.randbelow(10**9))
    query = urllib.parse.urlencode({"hub.mode": "subscribe", "hub.verify_token": settings.verify_token,
                                    "hub.challenge": challenge})
    # Quoted as Meta sends it (a space as %20); the server matches the unquoted path.
    url = f"http://{host}:{port}{urllib.parse.quote(settings.webhook_path)}?{query}"
    where = f"{host}:{port}{settings.webhook_path}"
    try:
        with _DIRECT.open(url, timeout=timeout) as answer:
            echoed = answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        if exc.code == 403:
            return _finding(Severity.ERROR, f"the webhook at {where} refuses this verify token",
                            "give deskclient serve and this config the same whatsapp.verify_token, then restart it")
        return _finding(Severity.ERROR, f"the webhook at {where} answered {exc.code}",
                        "check whatsapp.webhook_url's path and that deskclient serve runs with this config")
    except (urllib.error.URLError, socket.timeout, TimeoutError, OSError):
        return _finding(Severity.WARNING, f"nothing answers the webhook at {where}",
                        "start the service (systemctl start deskclient) on this machine, or run the doctor "
                        "where it runs")
    if echoed != challenge:
        return _finding(Severity.ERROR, f"something else answers at {where} (not the desk's webhook)",
                        "give whatsapp.listen a port of its own")
    return _finding(Severity.OK, f"the webhook at {where} answers the verification handshake")

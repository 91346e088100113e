"""The doctor's Telegram check: the configured MTProto server (or Telegram's DC2)
accepts a TCP connection, its key file is there, and the API id and hash are set; never
contacted with --offline or on a workstation without a session."""

from __future__ import annotations

import errno
import socket
import time
from pathlib import Path

from .config import Config
from .doctor_findings import Finding, error, info, ok, warning

TELEGRAM_DC2 = "149.154.167.50"  # Telegram's production data centre 2, port 443
CONNECT_TIMEOUT = 3.0


def telegram_address(config: Config) -> tuple[str, int, bool]:
    """(host, port, is_custom): the configured MTProto server or Telegram's DC2."""
    server = config["telegram.server"].strip()
    return (server or TELEGRAM_DC2), config["telegram.port"], bool(server)


def check_telegram_server(config: Config, timeout: float = CONNECT_TIMEOUT,
                          offline: bool = False) -> list[Finding]:
    check = "Telegram"
    host, port, custom = telegram_address(config)
    label = f"MTProto server {host}:{port} (telegram.server)" if custom else f"Telegram DC2 {host}:{port}"
    findings = []
    if custom:
        key_file = config["telegram.rsa_key_file"]
        if not key_file:
            findings.append(warning(check, "telegram.server is set without telegram.rsa_key_file",
                                    "set telegram.rsa_key_file to the PEM file with that "
                                    "server's public key"))
        elif not Path(key_file).is_file():
            findings.append(error(check, f"telegram.rsa_key_file {key_file} does not exist",
                                  "copy the server's PEM public key there or fix the path"))
    if config["telegram.session"] == "none":  # a team workstation: the service talks to Telegram
        return [info(check, "no Telegram session here (telegram.session = none): the service "
                            "(deskclient serve) holds it; not contacted")]
    if not custom and (not config["telegram.api_id"] or not config["telegram.api_hash"]):
        if config["whatsapp.phone_number_id"]:  # seed 002's desk: WhatsApp alone
            return [*findings, info(check, "Telegram is not configured: this desk answers WhatsApp only")]
        # A machine for the demo (or not set up yet) is not broken: it says what it can do.
        return [*findings, info(check, "no telegram.api_id and telegram.api_hash: this computer runs the "
                                       "demo only (deskclient --demo); to answer citizens, put the service's "
                                       "API id and hash from my.telegram.org in the config file")]
    if not config["telegram.api_id"] or not config["telegram.api_hash"]:
        findings.append(warning(check, "telegram.api_id and telegram.api_hash are not both set: "
                                       "only 'deskclient --demo' can start",
                                "put the API id and hash from my.telegram.org in the config file "
                                "([telegram] api_id = …, api_hash = \"…\")"))
    if offline:  # no packet leaves the machine
        findings.append(info(check, f"{label}: not checked (--offline)"))
        return findings
    started = time.monotonic()
    try:
        with socket.create_connection((host, port), timeout=timeout):
            elapsed = time.monotonic() - started
    except OSError as exc:
        problem, fix = _connect_failure(exc, host, port, timeout, custom)
        findings.append(error(check, f"{label}: {problem}", fix))
        return findings
    findings.append(ok(check, f"{label} accepts TCP connections ({elapsed * 1000:.0f} ms)"))
    return findings


def _connect_failure(exc: OSError, host: str, port: int, timeout: float,
                     custom: bool) -> tuple[str, str]:
    firewall = f"allow outgoing TCP to {host}:{port} in the firewall or proxy"
    if isinstance(exc, socket.gaierror):
        return (f"the name {host} cannot be resolved",
                "check telegram.server and this machine's DNS settings")
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return f"no answer within {timeout:g} s", firewall
    if isinstance(exc, ConnectionRefusedError):
        return ("connection refused",
                "check that the server is running and telegram.port is right" if custom else firewall)
    if exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return ("no route to it: this machine has no internet connection",
                "connect this workstation to the network (or use --offline to skip this check)")
    return str(exc.strerror or exc), firewall

"""Logging in to the SimulatedTelegram: phone and code, 2FA with a real SRP check, bots, QR.

A mixin of SimulatedTelegram: it uses `self.accounts`, `self.authorizations`,
`self.phone_codes`, `self.login_tokens`, `self._srp`, `self._awaiting_password`,
`self.code_value`, `self._senders` and `self._now()`.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from datetime import timedelta
from typing import TYPE_CHECKING

from telethon import password as srp
from telethon.tl import types

from .sender import RpcFailure

if TYPE_CHECKING:  # annotations only: server.py imports this module
    from .server import Account, SimUser

# The 2048-bit safe prime Telegram uses for SRP (telethon.password knows it as "good").
_SRP_PRIME = bytes.fromhex(
    "C71CAEB9C6B1C9048E6C522F70F13F73980D40238E3E21C14934D037563D930F"
    "48198A0AA7C14058229493D22530F4DBFA336F6E0AC925139543AED44CCE7C37"
    "20FD51F69458705AC68CD4FE6B6B13ABDC9746512969328454F18FAF8C595F64"
    "2477FE96BB2A941D5BCD1D4AC8CC49880708FA9B378E3C4F3A9060BEE67CF9A4"
    "A4A695811051907E162753B56B0F6B410DBA74D8A84B2A14B3144E0EF1284754"
    "FD17ED950D5965B4B9DD46582DB1178D169C6BC465B0D6FF9CA3928FEF5B9AE4"
    "E418FC15E83EBEA0F87FA9FF5EED70050DED2849F47BF959D956850CE929851F"
    "0D8115F635B105EE2E4E15D04B2454BF6F4FADF034B10403119CD8E3B92FCC5B"
)
_SRP_G = 3


def _digits(phone: str | None) -> str:
    return "".join(ch for ch in phone or "" if ch.isdigit())


class LoginDesk:
    """The auth.* and account.GetPassword handlers."""

    def scan_qr(self, token_url: str, account: SimUser) -> None:
        """An already logged-in phone scans the QR code shown by the desk."""
        token = base64.urlsafe_b64decode(token_url.split("token=")[1] + "==")
        key_id, _ = self.login_tokens[token]
        self.login_tokens[token] = (key_id, account.id)
        for sender in self._senders:
            if sender.key_id == key_id:
                sender.push(types.UpdateShort(types.UpdateLoginToken(), self._now()))


    def _send_code(self, sender, request):
        if not any(_digits(a.user.phone) == _digits(request.phone_number) and a.user.phone
                   for a in self.accounts.values()):
            raise RpcFailure(400, "PHONE_NUMBER_UNOCCUPIED")
        code_hash = secrets.token_hex(8)
        self.phone_codes[request.phone_number] = (code_hash, self.code_value, self._now() + timedelta(minutes=5))
        return types.auth.SentCode(type=types.auth.SentCodeTypeApp(length=len(self.code_value)),
                                   phone_code_hash=code_hash)

    def expire_codes(self) -> None:
        for phone, (code_hash, code, _) in list(self.phone_codes.items()):
            self.phone_codes[phone] = (code_hash, code, self._now() - timedelta(seconds=1))

    def _sign_in(self, sender, request):
        pending = self.phone_codes.get(request.phone_number)
        if pending is None or pending[0] != request.phone_code_hash:
            raise RpcFailure(400, "PHONE_CODE_HASH_EMPTY")
        if pending[2] < self._now():
            raise RpcFailure(400, "PHONE_CODE_EXPIRED")
        if request.phone_code != pending[1]:
            raise RpcFailure(400, "PHONE_CODE_INVALID")
        acct = next(a for a in self.accounts.values()
                    if a.user.phone and _digits(a.user.phone) == _digits(request.phone_number))
        if acct.password:
            self.authorizations.pop(sender.key_id, None)
            self._awaiting_password[sender.key_id] = acct.user.id
            raise RpcFailure(401, "SESSION_PASSWORD_NEEDED")
        return self._authorize(sender, acct)

    def _authorize(self, sender, acct: Account) -> types.auth.Authorization:
        self.authorizations[sender.key_id] = acct.user.id
        return types.auth.Authorization(user=self._seen(acct, acct.user))

    def _password_algo(self, acct: Account):
        salt1 = hashlib.sha256(f"salt1:{acct.user.id}".encode()).digest()[:8]
        salt2 = hashlib.sha256(f"salt2:{acct.user.id}".encode()).digest()[:16]
        return types.PasswordKdfAlgoSHA256SHA256PBKDF2HMACSHA512iter100000SHA256ModPow(
            salt1=salt1, salt2=salt2, g=_SRP_G, p=_SRP_PRIME)

    def _get_password(self, sender, request):
        acct = self.accounts.get(self._awaiting_password.get(sender.key_id))
        if acct is None or not acct.password:
            return types.account.Password(new_algo=types.PasswordKdfAlgoUnknown(),
                                          new_secure_algo=types.SecurePasswordKdfAlgoUnknown(),
                                          secure_random=os.urandom(32), has_password=False)
        algo = self._password_algo(acct)
        p = int.from_bytes(_SRP_PRIME, "big")
        x = int.from_bytes(srp.compute_hash(algo, acct.password), "big")
        v = pow(_SRP_G, x, p)
        k = int.from_bytes(srp.sha256(srp.num_bytes_for_hash(_SRP_PRIME), srp.big_num_for_hash(_SRP_G)), "big")
        b = int.from_bytes(os.urandom(256), "big")
        B = (k * v + pow(_SRP_G, b, p)) % p
        srp_id = secrets.randbits(62)
        self._srp[srp_id] = (b, B, v, acct.user.id)
        return types.account.Password(
            new_algo=types.PasswordKdfAlgoUnknown(), new_secure_algo=types.SecurePasswordKdfAlgoUnknown(),
            secure_random=os.urandom(32), has_password=True, current_algo=algo,
            srp_B=B.to_bytes(256, "big"), srp_id=srp_id, hint="the usual one")

    def _check_password(self, sender, request):
        check = request.password
        found = self._srp.pop(check.srp_id, None)
        if found is None:
            raise RpcFailure(400, "SRP_ID_INVALID")
        b, B, v, user_id = found
        acct = self.accounts[user_id]
        algo = self._password_algo(acct)
        p = int.from_bytes(_SRP_PRIME, "big")
        A = int.from_bytes(check.A, "big")
        a_for_hash = srp.big_num_for_hash(A)
        b_for_hash = srp.num_bytes_for_hash(B.to_bytes(256, "big"))
        u = int.from_bytes(srp.sha256(a_for_hash, b_for_hash), "big")
        S = pow(A * pow(v, u, p), b, p)
        K = srp.sha256(srp.big_num_for_hash(S))
        p_for_hash = srp.num_bytes_for_hash(_SRP_PRIME)
        g_for_hash = srp.big_num_for_hash(_SRP_G)
        expected = srp.sha256(srp.xor(srp.sha256(p_for_hash), srp.sha256(g_for_hash)),
                              srp.sha256(algo.salt1), srp.sha256(algo.salt2), a_for_hash, b_for_hash, K)
        if expected != check.M1:
            raise RpcFailure(400, "PASSWORD_HASH_INVALID")
        return self._authorize(sender, acct)

    def _import_bot(self, sender, request):
        user_id = self.bot_tokens.get(request.bot_auth_token)
        if user_id is None:
            raise RpcFailure(400, "ACCESS_TOKEN_INVALID")
        return self._authorize(sender, self.accounts[user_id])

    def _export_login_token(self, sender, request):
        for token, (key_id, user_id) in list(self.login_tokens.items()):
            if key_id == sender.key_id and user_id is not None:
                del self.login_tokens[token]
                return types.auth.LoginTokenSuccess(self._authorize(sender, self.accounts[user_id]))
        token = os.urandom(24)
        self.login_tokens[token] = (sender.key_id, None)
        return types.auth.LoginToken(expires=self._now() + timedelta(seconds=30), token=token)

    def _log_out(self, sender, request):
        self.authorizations.pop(sender.key_id, None)
        return types.auth.LoggedOut()

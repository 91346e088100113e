"""Pointing the app at a test environment from config; keeping the session private."""

import rsa as rsa_keys
import pytest

from deskclient.config import load_config
from deskclient.errors import ConfigError
from deskclient.net.client_factory import telegram_client_factory
from telethon.crypto import rsa


def test_server_address_dc_and_rsa_key_come_from_config(tmp_path):
    public, _ = rsa_keys.newkeys(1024)
    key_file = tmp_path / "test-server.pem"
    key_file.write_bytes(public.save_pkcs1())
    config = load_config(overrides={
        "paths.data_dir": str(tmp_path / "data"), "telegram.api_id": "12345",
        "telegram.api_hash": "0123456789abcdef0123456789abcdef", "telegram.server": "149.154.167.40",
        "telegram.port": "443", "telegram.dc_id": "2", "telegram.rsa_key_file": str(key_file)})
    client = telegram_client_factory(config)()
    assert (client.session.dc_id, client.session.server_address, client.session.port) == (2, "149.154.167.40", 443)
    assert rsa._compute_fingerprint(public) in rsa._server_keys
    session = tmp_path / "data" / "telegram.session"
    assert oct(session.stat().st_mode)[-3:] == "600"
    assert oct((tmp_path / "data").stat().st_mode)[-3:] == "700"


def test_missing_api_credentials_and_bad_key_file_are_plain_errors(tmp_path):
    with pytest.raises(ConfigError, match="telegram.api_id"):
        telegram_client_factory(load_config(overrides={"paths.data_dir": str(tmp_path)}))
    bad = tmp_path / "bad.pem"
    bad.write_text("not a key")
    with pytest.raises(ConfigError, match="rsa_key_file"):
        telegram_client_factory(load_config(overrides={
            "paths.data_dir": str(tmp_path), "telegram.api_id": "1", "telegram.api_hash": "x",
            "telegram.rsa_key_file": str(bad)}))

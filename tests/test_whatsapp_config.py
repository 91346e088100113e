"""Issue 16 item 5: the `[whatsapp]` options become the gateway's settings; the secrets
stay out of `config show`; the token may come from the OS keyring; a half-configured
number is one plain sentence."""

from __future__ import annotations

import pytest

from deskclient.config import load_config
from deskclient.errors import ConfigError
from deskclient.whatsapp_config import whatsapp_configured, whatsapp_settings
from tests.test_config import run_cli

NUMBER = {"whatsapp.phone_number_id": "106540352242922", "whatsapp.business_account_id": "102290129340398",
          "whatsapp.app_secret": "s3cr3t-app", "whatsapp.verify_token": "v3rify"}


def test_off_unless_a_number_is_set(tmp_path):
    assert not whatsapp_configured(load_config(overrides={"paths.data_dir": str(tmp_path)}))


def test_settings_from_the_config_with_the_webhook_path_of_the_public_url(tmp_path):
    config = load_config(overrides={**NUMBER, "whatsapp.access_token": "EAAG-token",
                                    "whatsapp.webhook_url": "https://desk.example.org/meta/hook"})
    settings = whatsapp_settings(config)
    assert settings.account == "whatsapp:106540352242922"
    assert (settings.access_token, settings.app_secret, settings.verify_token) == ("EAAG-token", "s3cr3t-app", "v3rify")
    assert settings.webhook_path == "/meta/hook"
    assert settings.api_base_url == "https://graph.facebook.com/v21.0"
    assert "EAAG" not in repr(settings)


def test_a_missing_piece_is_named(tmp_path):
    config = load_config(overrides={"whatsapp.phone_number_id": "1", "whatsapp.access_token": "t"})
    with pytest.raises(ConfigError, match="whatsapp.business_account_id, whatsapp.app_secret, "
                                          "whatsapp.verify_token are not set"):
        whatsapp_settings(config)


def test_the_token_from_the_keyring(tmp_path):
    class Ring:
        entries = {("deskclient", "whatsapp:106540352242922"): "EAAG-from-ring"}

        def get_password(self, service, name):
            return self.entries.get((service, name))

    config = load_config(overrides={**NUMBER, "whatsapp.access_token": "keyring"})
    assert whatsapp_settings(config, Ring()).access_token == "EAAG-from-ring"
    Ring.entries.clear()
    with pytest.raises(ConfigError, match="the keyring has no entry deskclient / whatsapp:106540352242922"):
        whatsapp_settings(config, Ring())
    # No backend on this machine (the tests' environment has none): one sentence.
    with pytest.raises(ConfigError, match="the OS keyring could not be read"):
        whatsapp_settings(config)


def test_a_listen_address_that_is_not_host_and_port_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="whatsapp.listen"):
        load_config(overrides={"whatsapp.listen": "8089"})


def test_config_show_masks_the_secrets(tmp_path):
    result = run_cli("--data-dir", str(tmp_path), "--set", "whatsapp.access_token=EAAGsecret",
                     "--set", "whatsapp.app_secret=appsecret", "config", "show")
    assert result.returncode == 0
    assert '# access_token = "…"  # set (command line), not shown' in result.stdout
    assert "EAAGsecret" not in result.stdout and "appsecret" not in result.stdout


@pytest.mark.parametrize("url", ["desk.example.org/webhooks/whatsapp", "https://[desk.example.org/webhooks/whatsapp",
                                 "https://desk.example.org:84x3/webhooks/whatsapp", "https:///webhooks/whatsapp"])
def test_a_webhook_url_that_is_no_url_is_one_line_before_anything_starts(tmp_path, url):
    """The breaker's slips, which stopped serve with a traceback from the webhook server."""
    config = tmp_path / "config.toml"
    config.write_text('[whatsapp]\nphone_number_id = "1"\nbusiness_account_id = "2"\naccess_token = "t"\n'
                      f'app_secret = "s"\nverify_token = "v"\nwebhook_url = "{url}"\n')
    config.chmod(0o600)
    result = run_cli("--config", str(config), "--data-dir", str(tmp_path / "data"), "serve")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr == (f"deskclient: {config}: option 'whatsapp.webhook_url': must be an https:// URL, "
                             "e.g. https://desk.example.org/webhooks/whatsapp\n")


@pytest.mark.parametrize(("url", "path"), [("https://wa.example.org", "/"), ("https://wa.example.org/", "/"),
                                           ("https://desk.example.org/meta/hook?x=1", "/meta/hook"),
                                           ("", "/webhooks/whatsapp")])
def test_the_path_served_is_the_one_meta_calls(url, path):
    """A host of its own (proxied whole) is called at "/": served there, and the doctor
    checks there (it asks the settings' path)."""
    config = load_config(overrides={**NUMBER, "whatsapp.access_token": "t", "whatsapp.webhook_url": url})
    assert whatsapp_settings(config).webhook_path == path

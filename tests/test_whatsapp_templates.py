"""`[whatsapp.templates]` and the WhatsApp sending options read from the config file:
a template per use with its languages and parameters; a wrong one is one plain line."""

from __future__ import annotations

import pytest

from deskclient.config import load_config
from deskclient.domain.customer_window import TemplateChoice
from deskclient.errors import ConfigError
from tests.conftest import it_sets

GOOD = """
[whatsapp]
tier = "10K"
in_flight_wait = 120

[whatsapp.templates.opening]
name = "consulta_oberta"
languages = { ca = "ca", es = "es", en = "en_US" }
parameters = ["ticket"]
"""


def config_from(tmp_path, text):
    it_sets(tmp_path, name="anna")
    path = tmp_path / "config.toml"
    path.write_text(text)
    return load_config(path, overrides={"paths.data_dir": str(tmp_path / "data")})


def test_a_template_per_use_in_the_citizens_language(tmp_path):
    config = config_from(tmp_path, GOOD)
    opening = config["whatsapp.templates"]["opening"]
    assert opening.ref("es", ticket="2026-000123").parameters == ("2026-000123",)
    assert opening.ref("es").language == "es"
    assert opening.ref("en-GB").language == "en_US"  # by the language's first part
    assert opening.ref("fr").language == "ca"  # none in French: the first one listed
    assert (config["whatsapp.tier"], config["whatsapp.in_flight_wait"]) == ("10k", 120.0)


def test_the_desk_s_words_as_a_parameter_meta_takes():
    """No new line, tab or run of spaces (Meta's 132018), at most 1,024 characters."""
    choice = TemplateChoice("avviso", (("it", "it"),), ("text",))
    [value] = choice.ref("it", text="Raccolta differenziata:\n\n\tmartedì     e venerdì.\n").parameters
    assert value == "Raccolta differenziata: · martedì e venerdì."
    [long] = choice.ref("it", text="parola " * 400).parameters
    assert len(long) == 1024 and long.endswith("…")


@pytest.mark.parametrize("table, said", [
    ('[whatsapp.templates.opening]\nlanguages = { ca = "ca" }\n', "needs the template's name"),
    ('[whatsapp.templates.opening]\nname = "x"\n', "needs languages"),
    ('[whatsapp.templates.opening]\nname = "x"\nlanguages = { ca = "ca" }\nparameters = ["deadline"]\n',
     "parameters may be ticket, text"),
    ('[whatsapp]\ntier = "2k"\n', "must be one of 250, 1k"),
])
def test_a_wrong_template_or_tier_is_one_plain_line(tmp_path, table, said):
    with pytest.raises(ConfigError) as refused:
        config_from(tmp_path, table)
    assert said in str(refused.value) and "\n" not in str(refused.value)


def test_config_show_writes_the_templates_as_tables_that_load_again(tmp_path):
    """`config show` is a config file IT can paste: the templates come back as the
    tables they were written as, not as Python objects the loader refuses."""
    from deskclient.config import SYSTEM_ONLY
    from deskclient.config_toml import render_config

    config = config_from(tmp_path, GOOD)
    shown = render_config(config, SYSTEM_ONLY, "/etc/xdg/deskclient/config.toml")
    assert "TemplateChoice" not in shown and "[whatsapp.templates.opening]" in shown
    again = config_from(tmp_path / "again", shown)
    assert again["whatsapp.templates"] == config["whatsapp.templates"]

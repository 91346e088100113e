"""What ships beside the code: the example config, the docs table, desktop entry, icons, spec.

Nothing here builds the bundle (packaging/build_bundle.sh does, in about a minute).
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest

from deskclient.config import OPTIONS, load_config

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "config.example.toml"
SETTING = re.compile(r"^#(\[templates\.\w+\]|\w+ = .*)$")


def _generator():
    path = ROOT / "packaging" / "gen_config_docs.py"
    spec = importlib.util.spec_from_file_location("gen_config_docs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _uncommented(text: str) -> str:
    return "\n".join(line[1:] if SETTING.match(line) else line for line in text.splitlines())


# --- docs/config.example.toml ---------------------------------------------------------


def test_example_parses_and_changes_nothing_as_shipped():
    parsed = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert parsed and all(table == {} for table in parsed.values())
    config = load_config(config_file=EXAMPLE)
    assert all(setting.origin == "default" for _option, setting in config.items())


def test_every_option_appears_in_the_example_with_its_description():
    text = EXAMPLE.read_text(encoding="utf-8")
    for option in OPTIONS:
        assert option.description.rstrip(".") in text, option.key
        if option.key == "templates":
            for lang in option.default:
                assert f"#[templates.{lang}]" in text
            continue
        section, name = option.key.split(".", 1)
        block = text.split(f"\n[{section}]\n", 1)[1].split("\n[", 1)[0]
        assert re.search(rf"^#{re.escape(name)} = ", block, re.MULTILINE), option.key


def test_example_uncommented_is_a_valid_config_equal_to_the_defaults(tmp_path):
    # As the system file (XDG_CONFIG_DIRS points into tmp_path): agent.* is read only there.
    uncommented = tmp_path / "xdg-system" / "deskclient" / "config.toml"
    uncommented.parent.mkdir(parents=True)
    uncommented.write_text(_uncommented(EXAMPLE.read_text(encoding="utf-8")), encoding="utf-8")
    config = load_config()
    runtime = set(_generator().RUNTIME_DEFAULTS)
    for option, setting in config.items():
        assert setting.origin == str(uncommented), option.key
        if option.key not in runtime:
            assert setting.value == option.default, option.key


def test_generated_docs_are_up_to_date():
    gen = _generator()
    assert EXAMPLE.read_text(encoding="utf-8") == gen.render_example(), \
        "docs/config.example.toml is stale: run python packaging/gen_config_docs.py"
    deploy = gen.DEPLOY.read_text(encoding="utf-8")
    assert deploy == gen.deploy_with_table(deploy), \
        "the option table in docs/deploy.md is stale: run python packaging/gen_config_docs.py"
    for option in OPTIONS:
        assert f"| `{option.key}` |" in deploy


# --- desktop entry and icons ----------------------------------------------------------


def test_desktop_entry_names_the_command_and_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "deskclient.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "deskclient"
    assert section["Icon"] == "deskclient"
    assert section["Terminal"] == "false"
    assert "Network" in section["Categories"].split(";")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(ROOT / "resources" / "deskclient.desktop")],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.parametrize("size", [16, 32, 48, 64, 128, 256])
def test_png_icons_have_their_size(size):
    data = (ROOT / "resources" / "icons" / f"deskclient-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (size, size)


def test_svg_icon_has_the_elements_small_sizes_draw():
    svg = (ROOT / "resources" / "icons" / "deskclient.svg").read_text(encoding="utf-8")
    for element in ("bubble", "ticket", "lines", "stub"):
        assert f'id="{element}"' in svg


# --- bundle recipe --------------------------------------------------------------------


def test_spec_is_python_and_ships_resources_under_their_bundle_path():
    source = (ROOT / "packaging" / "deskclient.spec").read_text(encoding="utf-8")
    ast.parse(source)
    assert '(str(ROOT / "resources"), "resources")' in source  # deskclient/resources.py
    assert 'ROOT / "main.py"' in source
    assert "PySide6.QtWebEngineCore" in source


def test_build_script_is_executable_shell():
    script = ROOT / "packaging" / "build_bundle.sh"
    assert os.access(script, os.X_OK)
    subprocess.run(["bash", "-n", str(script)], check=True, timeout=30)

"""First start: the API id and hash are asked for, checked, and saved privately."""

import os

import pytest

from deskclient.config import load_config, user_config_path
from deskclient.ui.first_run import FirstRunDialog

pytestmark = pytest.mark.gui


def test_bad_values_are_explained_and_good_ones_saved_privately(qtbot):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.api_id.setText("12ab")
    dialog.api_hash.setText("0123456789abcdef0123456789abcdef")
    dialog.save_button.click()
    assert dialog.error_label.text() == "The api_id is a number, e.g. 1234567."
    dialog.api_id.setText("1234567")
    dialog.api_hash.setText("too short")
    dialog.save_button.click()
    assert "32 letters and digits" in dialog.error_label.text()
    dialog.api_hash.setText("0123456789ABCDEF0123456789abcdef")
    with qtbot.waitSignal(dialog.configured, timeout=1000):
        dialog.save_button.click()
    config = load_config()
    assert config["telegram.api_id"] == 1234567
    assert config["telegram.api_hash"] == "0123456789abcdef0123456789abcdef"
    assert oct(os.stat(user_config_path()).st_mode)[-3:] == "600"


def test_the_demo_can_be_chosen_instead(qtbot):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.demoChosen, timeout=1000):
        dialog.demo_button.click()
    assert not user_config_path().exists()

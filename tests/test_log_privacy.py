"""After a whole demo session the log files hold no message text, citizens' file names or
phone numbers — at the most talkative log level."""

import os
import subprocess
import sys

from deskclient.net.demo import SCRIPTS
from deskclient.net.whatsapp_sim.demo import SCRIPTS as WHATSAPP_SCRIPTS


def test_logs_after_a_full_demo_session_hold_no_content(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-m", "deskclient", "--demo", "--data-dir", str(tmp_path / "data"),
         "--set", "demo.pace=0.05", "--set", "log.level=DEBUG", "--quit-after", "6"],
        capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    logs = list((tmp_path / "state").rglob("*.log*"))
    assert logs, "the session wrote no log file"
    text = "\n".join(p.read_text(errors="replace") for p in logs) + result.stderr
    assert "ticket 2026-000001 opened" in text  # the log is there and says what happened
    for _, first, last, phone, steps, thanks in SCRIPTS:
        assert phone not in text and phone.lstrip("+") not in text
        for step in steps:
            if len(step.text) > 12:
                assert step.text not in text
            if step.file:
                assert step.file not in text
        for answer in thanks:
            assert answer not in text
    for wa_id, name, steps, answers in WHATSAPP_SCRIPTS:  # the demo's WhatsApp citizens (issue 16)
        assert wa_id not in text and name not in text
        for step in steps:
            for said in (step.text, step.file, step.name):
                assert not said or len(said) <= 12 or said not in text
        for answer in answers:
            assert len(answer) <= 12 or answer not in text

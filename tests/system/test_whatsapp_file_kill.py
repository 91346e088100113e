"""Issue 16: a citizen's WhatsApp file half downloaded when the desk is killed is
fetched again after the restart. WhatsApp's download needs the media id the webhook
named (Telegram's file is found again from its message), so the arriving row keeps the
offer's ref; the restarted `deskclient serve` asks the Cloud API for a fresh media URL
and keeps the whole file, once."""

from __future__ import annotations

import hashlib
import os
import time

from tests.simulator import sim_process  # noqa: F401 (the fixture)
from tests.system.serve_nodes import open_store, wait_for
from tests.system.test_whatsapp_kill import CloudAPIThread, whatsapp_serve

MARTA = "34976001122"


def attachments(store):
    m = store.m
    return list(m.Attachment.select())


def test_a_file_cut_short_by_a_kill_is_fetched_again_whole_after_the_restart(sim_process, tmp_path):  # noqa: F811
    kill_mid_download(sim_process, tmp_path, f"sqlite:///{tmp_path / 'desk.sqlite3'}")


def test_the_same_on_postgresql(sim_process, tmp_path, pg_url):  # noqa: F811
    kill_mid_download(sim_process, tmp_path, pg_url)


def kill_mid_download(sim_process, tmp_path, url: str) -> None:  # noqa: F811
    pdf = b"%PDF-1.4\n" + os.urandom(600_000) + b"\n%%EOF\n"
    cloud = CloudAPIThread()
    node = whatsapp_serve(tmp_path, sim_process, cloud, url).start()
    store = open_store(url)
    try:
        wait_for(lambda: any(n.duty for n in store.service_nodes()), 60, "the service with the duty", nodes=[node])
        cloud.api.download_delay = 30.0  # half the file, then nothing for a long while
        cloud.call(cloud.api.citizen_sends_document(MARTA, pdf, "empadronament.pdf", "application/pdf"))
        wait_for(lambda: any(p.stat().st_size for p in node.data_dir.rglob("*.part")), 30,
                 "the download half done", nodes=[node])
        node.kill()
        [arriving] = attachments(store)
        assert arriving.state == "arriving"
        cloud.api.download_delay = 0.0
        node.start()
        wait_for(lambda: attachments(store)[0].state != "arriving", 60, "the file settled", nodes=[node])
        time.sleep(2)  # nothing more happens to it
        [kept] = attachments(store)
        assert (kept.state, kept.kept) == ("done", True)
        assert kept.sha256 == hashlib.sha256(pdf).hexdigest() and kept.size == len(pdf)
        on_disk = [p for p in node.data_dir.rglob("*empadronament.pdf")]
        assert len(on_disk) == 1 and on_disk[0].read_bytes() == pdf
        assert not [p for p in node.data_dir.rglob("*.part") if p.stat().st_size == len(pdf)]
    finally:
        node.kill()
        cloud.stop()

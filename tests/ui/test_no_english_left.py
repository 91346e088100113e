"""No English left in a translated window (issue 14 item 7): dates in the desk's time zone
and the language's own way of writing them, a refused file's reason, the purge's report,
and the statistics' rows without a category or an agent."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from deskclient.domain.files import FilePolicy
from deskclient.services.purge import PurgeReport
from deskclient.services.statistics import UNASSIGNED, UNCATEGORISED
from deskclient.store.lead_records import PurgeCounts
from deskclient.ui import formats
from deskclient.ui.i18n import install_translators, uninstall_translators
from deskclient.ui.labels import file_refusal, statistics_key
from deskclient.ui.purge_report import purge_report_text

pytestmark = pytest.mark.gui

MADRID = ZoneInfo("Europe/Madrid")
AT = datetime(2026, 11, 30, 8, 5, tzinfo=timezone.utc)  # 09:05 in Madrid


@pytest.fixture
def speaking(qapp):
    installed = []

    def install(language: str) -> None:
        installed.extend(install_translators(qapp, language, QLocale("es_ES")))  # the machine: a Spanish desk

    yield install
    uninstall_translators(qapp, installed)


@pytest.mark.parametrize("language,short,full,weekday,share", [
    ("en", "30/11, 09:05", "30/11/2026, 09:05", "Mon, 30/11/2026", "95.2%"),
    ("es", "30/11, 09:05", "30/11/2026, 09:05", "lun, 30/11/2026", "95,2\u00a0%"),
    ("ca", "30/11 09:05", "30/11/2026 09:05", "dl., 30/11/2026", "95,2\u00a0%"),
    ("eu", "11/30 (09:05)", "2026/11/30 (09:05)", "2026/11/30, al.", "%\u00a095,2"),
    ("fr", "30/11 09:05", "30/11/2026 09:05", "lun. 30/11/2026", "95,2\u00a0%"),
    ("it", "30/11, 09:05", "30/11/2026, 09:05", "lun 30/11/2026", "95,2%"),
])
def test_dates_are_the_desks_local_time_written_the_languages_way(speaking, language, short, full, weekday,
                                                                    share):
    speaking(language)
    assert formats.short_moment(AT, MADRID) == short
    assert formats.full_moment(AT, MADRID) == full
    assert formats.day_with_weekday(date(2026, 11, 30)) == weekday
    assert formats.percent(0.95238) == share
    assert formats.full_moment(None, MADRID) == ""


def test_a_moment_just_before_midnight_utc_is_the_next_day_in_the_desks_zone(speaking):
    speaking("fr")
    assert formats.day(datetime(2026, 6, 30, 22, 30, tzinfo=timezone.utc), MADRID) == "01/07/2026"


def test_sizes_and_counts_in_the_languages_numbers(speaking):
    speaking("fr")
    assert formats.file_size(812) == "812 octets"
    assert formats.file_size(5 * 1024 * 1024 + 300_000) == "5,3 Mo"
    assert formats.number(20000) == "20\u202f000"


POLICY = FilePolicy(frozenset({"pdf", "jpg"}), max_bytes=1000)


def domain_refusals() -> list[str]:
    """Every shape of reason the file policy gives, from the policy itself."""
    offer = POLICY.check_offer("a.pdf", "", 10)
    return [POLICY.check_offer("virus.exe", "", 10).reason,
            POLICY.check_offer("big.pdf", "", 5000).reason,
            POLICY.check_content(offer, b"", 0).reason,
            POLICY.check_content(offer, b"%PDF-", 5000).reason,
            POLICY.check_content(offer, b"PK\x03\x04rest", 10).reason,
            POLICY.check_content(offer, b"\x00\x01\x02", 10).reason]


@pytest.mark.parametrize("language,expected", [
    ("en", ["files of type .exe are not accepted", "4,9 KB is over the 1,000 bytes limit"]),
    ("fr", ["les fichiers de type .exe ne sont pas acceptés", "4,9 Ko dépasse la limite de 1\u202f000 octets",
            "le fichier est vide", "le fichier dépasse la taille maximale",
            "le contenu est une archive ZIP, pas un document PDF", "le contenu n'est pas un document PDF"]),
    ("eu", [".exe motako fitxategiak ez dira onartzen", "4,9 KB ditu, eta muga 1.000 byte da",
            "fitxategia hutsik dago", "fitxategiak gehieneko tamaina gainditzen du",
            "edukia ZIP artxibo bat da, ez PDF dokumentu bat", "edukia ez da PDF dokumentu bat"]),
    ("it", ["i file di tipo .exe non sono accettati", "4,9 KB supera il limite di 1.000 byte",
            "il file è vuoto", "il file supera la dimensione massima",
            "il contenuto è un archivio ZIP, non un documento PDF", "il contenuto non è un documento PDF"]),
])
def test_a_refused_files_reason_is_in_the_windows_language(speaking, language, expected):
    speaking(language)
    shown = [file_refusal(reason) for reason in domain_refusals()]
    assert shown[:len(expected)] == [e.replace("4,9", "4.9") if language == "en" else e for e in expected]
    assert file_refusal("something new") == "something new"  # a shape not known: as it is


@pytest.mark.parametrize("language,category,agent", [
    ("es", "(sin categoría)", "(sin asignar)"), ("ca", "(sense categoria)", "(sense assignar)"),
    ("eu", "(kategoriarik gabe)", "(esleitu gabe)"), ("fr", "(sans catégorie)", "(non attribuée)"),
    ("it", "(nessuna categoria)", "(non assegnata)"),
])
def test_statistics_rows_without_category_or_agent_are_in_words(speaking, language, category, agent):
    speaking(language)
    assert statistics_key(UNCATEGORISED) == category and statistics_key(UNASSIGNED) == agent
    assert statistics_key("Payment problems") == "Payment problems"  # a category is data


def purge_report(dry_run: bool) -> PurgeReport:
    counts = PurgeCounts(tickets=3, messages=1200, files=2,
                         closed_from=datetime(2025, 12, 31, 23, 30, tzinfo=timezone.utc),  # 1 January in Madrid
                         closed_to=datetime(2026, 5, 1, 10, 0, tzinfo=timezone.utc))
    return PurgeReport(dry_run=dry_run, cutoff=datetime(2026, 5, 29, 22, 0, tzinfo=timezone.utc), ran_by="lia",
                       counts=counts)


def test_the_purge_preview_line_speaks_the_language_and_the_desks_time(speaking):
    speaking("fr")
    text = purge_report_text(purge_report(dry_run=True), MADRID)
    assert text.splitlines() == [
        "Aperçu : la purge supprimerait ce qui a été fermé avant le 30/05/2026 00:00 :",
        "demandes : 3 · messages : 1\u202f200 · textes antérieurs de messages modifiés : 0 · pièces jointes : 0 · "
        "usagers : 0 · fichiers : 2 · miniatures : 0 · exportations : 0 · fichiers journaux : 0 · "
        "contacts dans la session Telegram : 0 · historiques de discussion sur Telegram : 0 · "
        "copies de la base de données faites avant une mise à jour : 0",
        "Les demandes ont été fermées entre le 01/01/2026 et le 01/05/2026.",
    ]


@pytest.mark.parametrize("language", ["es", "ca", "eu", "fr", "it"])
def test_no_english_word_of_the_purge_report_is_left(speaking, language):
    speaking(language)
    report = purge_report(dry_run=False)
    report.database_skipped = report.stopped = True
    text = purge_report_text(report, MADRID)
    english = {"tickets", "purged", "cutoff", "closed", "files", "thumbnails", "Stopped", "workstation", "Z"}
    assert not english & set(text.replace(":", " ").replace(".", " ").split())
    assert "2026-05" not in text  # no ISO date, no UTC

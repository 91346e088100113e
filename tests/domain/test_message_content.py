"""The readable forms the desk files for what is not text nor a file (issue 13 item 2)."""

from deskclient.domain.message_content import (
    MAP_LINK, Dice, Place, Poll, SharedContact, Sticker, TelegramNotice, filed_text, map_link, marker,
)
from deskclient.domain.limits import telegram_length


def test_a_location_is_its_coordinates_and_an_openstreetmap_link():
    text = filed_text("", Place(41.38506, 2.17340))
    assert text == ("📍 41.38506, 2.17340\n"
                    "https://www.openstreetmap.org/?mlat=41.38506&mlon=2.17340#map=17/41.38506/2.17340")
    assert MAP_LINK.search(text).groups() == ("41.38506", "2.17340")
    assert map_link(-33.8688, 151.2093).startswith("https://www.openstreetmap.org/?mlat=-33.86880&mlon=151.20930")


def test_what_the_citizen_typed_comes_first_and_entity_offsets_stay_right():
    typed = "Aquí 🙏"  # the emoji counts two UTF-16 units, as Telegram counts entities
    content = SharedContact("Jordi Vila", "+34612345678")
    assert filed_text(typed, content) == "Aquí 🙏\n👤 Jordi Vila · +34612345678"
    mark = marker(typed, content)
    assert (mark["kind"], mark["offset"]) == ("contact", telegram_length(typed) + 1) and mark["offset"] == 8
    assert mark["length"] == telegram_length("👤 Jordi Vila · +34612345678")


def test_every_kind_has_a_short_form():
    assert filed_text("", Poll("Quin dia?", ("Dilluns", "Dimarts"), quiz=True)) == "📊 Quin dia? (quiz)\n• Dilluns\n• Dimarts"
    assert filed_text("", Dice("🏀", 5)) == "🏀 5"
    assert filed_text("", Sticker("")) == "🏷️ (sticker)"
    assert filed_text("", Place(1.5, 2.5, live=True)).startswith("📍 1.50000, 2.50000 (live)\n")
    assert filed_text("", TelegramNotice("📌", "pinned")) == "📌 (pinned)"
    assert filed_text("només text", None) == "només text"

"""Text someone wrote keeps its direction to itself (domain/bidi.py)."""

from deskclient.domain.bidi import FSI, PDI, POP_FORMATTING, closed, isolate, without_controls

RLO, LRE, RLI = "\u202e", "\u202a", "\u2067"


def test_an_open_override_is_closed_and_isolated():
    assert isolate(f"{RLO}Anna Bot") == f"{FSI}{RLO}Anna Bot{POP_FORMATTING}{PDI}"


def test_controls_closed_innermost_first_and_balanced_ones_left_alone():
    assert closed(f"a{RLO}b{RLI}c") == f"a{RLO}b{RLI}c{PDI}{POP_FORMATTING}"
    assert closed(f"{LRE}x{POP_FORMATTING}y") == f"{LRE}x{POP_FORMATTING}y"
    # A stray closer closes nothing of the text around it: the isolate still holds.
    assert isolate(f"x{PDI}{POP_FORMATTING}") == f"{FSI}x{PDI}{POP_FORMATTING}{PDI}"


def test_right_to_left_names_are_isolated_and_others_left_as_they_are():
    assert isolate("محمد") == f"{FSI}محمد{PDI}"
    assert isolate("דוד") == f"{FSI}דוד{PDI}"
    for name in ("Javier López", "Олена", "王芳", "Gràcies 🙏😀", "", None):
        assert isolate(name) == (name or "")


def test_without_controls():
    assert without_controls(f"{FSI}{RLO}Anna{POP_FORMATTING}{PDI}") == "Anna"

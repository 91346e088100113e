"""Issue 14 item 5: the question under the opening message, and what answers it."""

from deskclient.domain.category_choice import DEFAULT_CATEGORY_LABELS, CategoryQuestion

SEED_003 = ("Functional doubts", "Payment problems", "Signature or certificate problems")
QUESTION = CategoryQuestion(SEED_003, DEFAULT_CATEGORY_LABELS, "ca")


def test_the_question_lists_the_categories_numbered_in_the_citizens_language():
    assert QUESTION.text("eu").splitlines() == [
        "Zeri buruzkoa da zure kontsulta? Erantzun zenbakiarekin:",
        "1. Funtzionamenduari buruzko zalantzak", "2. Ordainketarekin arazoak",
        "3. Sinadurarekin edo ziurtagiriarekin arazoak"]
    assert QUESTION.buttons("it")[1] == ("Problemi con il pagamento", "category:2")


def test_answers():
    assert QUESTION.answer("2") == "Payment problems"
    assert QUESTION.answer(" 3. ") == "Signature or certificate problems"
    assert QUESTION.answer("problemes amb el pagament", "ca") == "Payment problems"
    assert QUESTION.answer("Payment problems") == "Payment problems"
    for other in ("4", "0", "2 i 3", "Tinc 2 problemes", "", "12"):
        assert QUESTION.answer(other, "ca") is None


def test_buttons_are_ours_or_not():
    assert QUESTION.button(b"category:1") == "Functional doubts"
    assert QUESTION.button("category:9") is None
    assert QUESTION.button(b"other:1") is None


def test_a_category_of_the_deployments_own_shows_its_name_where_no_label_is_given():
    own = CategoryQuestion(("Padró", "Payment problems"), DEFAULT_CATEGORY_LABELS, "ca")
    assert own.text("fr").splitlines()[1:] == ["1. Padró", "2. Problèmes de paiement"]
    assert own.chosen("Padró", "es") == "Consulta clasificada: Padró"

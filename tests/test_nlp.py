from generator.extract import nlp


def test_a_long_article_is_parsed_in_pieces_and_joined_whole():
    paragraph = "The council met on Tuesday and voted to raise bus fares by ten percent, officials said. " * 20
    body = tuple([paragraph] * 12 + ["• Fares must be frozen until the next review of the budget."] + [paragraph] * 3)
    text, items = nlp.article_text(body)
    assert len(nlp.pieces_of(text)) > 1 and "".join(nlp.pieces_of(text)) == text
    doc = next(nlp.parse([body]))
    assert doc.text == text
    assert doc.user_data["list_items"] == items
    assert sum(1 for sent in doc.sents if nlp.is_list_item(sent)) == 1
    assert all(len(piece) <= nlp.PIECE or "\n\n" not in piece for piece in nlp.pieces_of(text))
    assert doc.tensor.size == 0  # the encoder's vectors are dropped: memory stays bounded on long articles


def test_headlines_are_parsed_one_doc_each_with_lemmas_and_lemma_fixes():
    first, second = nlp.parse_headlines(["Chile calls on Peru to act", "Union hopes talks resume"])
    assert [t.lemma_ for t in first][:2] == ["Chile", "call"] and first[4].dep_
    assert second[1].lemma_ == "hope"  # the model's lemmatizer alone gives "hop"


def test_no_headline_loads_no_model(monkeypatch):
    monkeypatch.setattr(nlp, "load", lambda: (_ for _ in ()).throw(AssertionError("model loaded")))
    assert nlp.parse_headlines([]) == []

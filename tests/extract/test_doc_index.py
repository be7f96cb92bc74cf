"""The per-Doc entity views give what a scan of ``doc.ents`` gives (invented sentences)."""
from __future__ import annotations

from onrecord.extract import doc_index
from onrecord.extract.candidates import paragraph_end, paragraph_start


def _tagged(nlp, text, labelled):
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=label)
                for name, label in labelled]
    return doc


def test_entities_by_label_in_text_order(nlp):
    doc = _tagged(nlp, "Jo Roe met Zorbco chiefs and Al Doe in Ruritania.",
                  [("Jo Roe", "PERSON"), ("Zorbco", "ORG"), ("Al Doe", "PERSON"), ("Ruritania", "GPE")])
    assert [e.text for e in doc_index.ents_labelled(doc, "PERSON")] == ["Jo Roe", "Al Doe"]
    assert [e.text for e in doc_index.ents_labelled(doc, "GPE")] == ["Ruritania"]
    assert doc_index.ents_labelled(doc, "NORP") == ()


def test_entities_by_name_keep_each_reading(nlp):
    text = "Ann Stanford praised Stanford and Stanford students."
    doc = nlp(text)
    second, third = text.index("Stanford", 5), text.index("Stanford", 25)
    doc.ents = [doc.char_span(0, 12, label="PERSON"), doc.char_span(second, second + 8, label="PERSON"),
                doc.char_span(third, third + 8, label="ORG")]
    assert [(e.start_char, e.label_) for e in doc_index.ents_named(doc, "Stanford")] == [(second, "PERSON"),
                                                                                        (third, "ORG")]
    assert [e.label_ for e in doc_index.ents_named(doc, "Ann Stanford")] == ["PERSON"]
    assert doc_index.ents_named(doc, "Ruritania") == ()


def test_a_phrase_is_found_where_its_tokens_follow_one_another(nlp):
    doc = nlp("The Supreme Court ruled. A court said the Supreme Court of Zorbia agreed.")
    assert doc_index.phrase_starts(doc, ["Supreme", "Court"]) == [1, 9]
    assert doc_index.phrase_starts(doc, ["Supreme", "court"]) == []
    assert doc_index.phrase_starts(doc, []) == []


def test_paragraph_bounds_found_by_bisection_match_a_walk(nlp):
    """``paragraph_start`` and ``paragraph_end`` read the Doc's line breaks once and bisect; they
    give what a walk token by token to the nearest line break gives, with and without bounds."""
    doc = nlp("Zorbco said it grew.\nJo Roe, its chief, agreed; sales rose.\n\nAl Doe said nothing. It ended.")

    def walked_start(i, floor=0):
        while i > floor and "\n" not in doc[i - 1].text_with_ws:
            i -= 1
        return i

    def walked_end(i, ceiling=None):
        last = (len(doc) if ceiling is None else ceiling) - 1
        while i < last and "\n" not in doc[i].text_with_ws:
            i += 1
        return i + 1

    for i in range(len(doc)):
        assert paragraph_start(doc, i) == walked_start(i)
        assert paragraph_end(doc, i) == walked_end(i)
        for bound in range(len(doc) + 1):
            assert paragraph_start(doc, i, floor=bound) == walked_start(i, bound)
            assert paragraph_end(doc, i, ceiling=bound) == walked_end(i, bound)


def test_lemma_positions_match_a_walk(nlp):
    doc = nlp("The campaign said the campaigns of two rivals had ended. Campaigning went on.")
    walked: dict[str, list[int]] = {}
    for token in doc:
        walked.setdefault(token.lemma_.lower(), []).append(token.i)
    assert doc_index.lemma_positions(doc) == walked
    assert doc_index.lemma_positions(doc) is doc_index.lemma_positions(doc)  # kept in the doc


def test_attribute_lists_match_the_tokens(nlp):
    doc = nlp("The Zorbian minister said:\n\nTalks will RESUME on Monday. Critics were not impressed; "
              "the opposition called it “a stunt”.")
    assert doc_index.token_texts(doc) == [t.text for t in doc]
    assert doc_index.lowers(doc) == [t.lower_ for t in doc]
    assert doc_index.tags(doc) == [t.tag_ for t in doc]
    assert doc_index.deps(doc) == [t.dep_ for t in doc]
    assert doc_index.lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert doc_index.positions_of_dep(doc, "nsubj") == [t.i for t in doc if t.dep_ == "nsubj"]
    assert doc_index.line_breaks(doc) == [t.i for t in doc if "\n" in t.text_with_ws]


def test_sentence_bounds_match_token_sent(nlp):
    doc = nlp("Jo Roe spoke first. Then Al Doe replied at length, and the hall went quiet. Done.")
    for token in doc:
        assert doc_index.sentence_bounds(doc, token.i) == (token.sent.start, token.sent.end)


def test_attribute_lists_of_an_empty_doc(nlp):
    doc = nlp("")
    assert doc_index.lowers(doc) == [] and doc_index.token_texts(doc) == [] and doc_index.lemmas(doc) == []

"""The sentence encoder of topics, run for real (the model ships with the `model` extra)."""
from __future__ import annotations

import numpy as np

from onrecord import embeddings


def test_vectors_are_unit_length_and_meaning_brings_them_close():
    encoder = embeddings.encoder()
    vectors = encoder.encode(["Iran will keep developing its ballistic missiles.",
                              "Tehran vowed never to halt its military progress.",
                              "The bakery sells fresh bread every morning."])
    assert vectors.shape == (3, embeddings.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


def test_the_order_of_a_batch_does_not_change_a_vector():
    texts = ["a short one", "a much longer sentence that needs more tokens than the first", "medium length text"]
    encoder = embeddings.encoder()
    one_by_one = np.stack([encoder.encode([t])[0] for t in texts])
    assert np.allclose(encoder.encode(texts), one_by_one, atol=1e-4)


def test_long_text_is_cut_to_the_model_length_and_bytes_round_trip():
    encoder = embeddings.encoder()
    assert len(encoder.token_ids("word " * 1000)) == embeddings.MAX_TOKENS
    vector = encoder.encode(["missiles"])[0]
    back = embeddings.from_bytes([embeddings.to_bytes(vector)])[0]
    assert np.allclose(back, vector, atol=1e-3)


NEWS = ("Iran tested a new missile on Monday. “We do not fear any threats,” he said. "
        "Shamkhani spoke on Sunday.\n\nThe weather was fine")


def test_the_sentences_around_a_statement_are_found_by_their_ends():
    start = NEWS.index("“We")
    end = NEWS.index("Shamkhani") - 1
    assert embeddings.sentence_before(NEWS, start) == "Iran tested a new missile on Monday."
    assert embeddings.sentence_after(NEWS, end) == "Shamkhani spoke on Sunday."
    assert embeddings.sentence_before(NEWS, 0) == ""
    # a blank line ends a paragraph's last sentence even without a full stop
    assert embeddings.sentence_after(NEWS, NEWS.index("\n\n")) == "The weather was fine"
    assert embeddings.sentence_before(NEWS, NEWS.index("The weather")) == "Shamkhani spoke on Sunday."


def test_a_statement_is_embedded_between_its_neighbours_and_its_own_words_are_never_cut():
    encoder = embeddings.encoder()
    start, end = NEWS.index("“We"), NEWS.index("Shamkhani") - 1
    assert encoder.passage(NEWS, start, end) == (
        "Iran tested a new missile on Monday. “We do not fear any threats,” he said. Shamkhani spoke on Sunday.")
    before = "It rained on Monday. "
    own = "They said " + "it was fine and " * 30 + "dry."
    # the sentence before and the statement's would not fit together: the one before is left out
    assert encoder.passage(before + own, len(before), len(before + own)) == own


def test_the_passage_brings_a_quote_near_the_subject_its_neighbours_name():
    encoder = embeddings.encoder()
    start, end = NEWS.index("“We"), NEWS.index("Shamkhani") - 1
    texts = ["Iran's missile program", NEWS[start:end], encoder.passage(NEWS, start, end)]
    topic, alone, passage = encoder.encode(texts)
    assert topic @ passage > topic @ alone + 0.2

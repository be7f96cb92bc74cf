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

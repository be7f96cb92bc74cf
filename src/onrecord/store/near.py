"""Near-duplicate stories: wire copies and republished articles, found with MinHash LSH.

Each stored story's text is shingled into word 3-grams and summarized by a datasketch MinHash;
the signature is cut into the bands datasketch's ``MinHashLSH`` chooses for a Jaccard threshold
of 0.5, weighted towards recall (candidates are cheap to check, missed copies are not), and
each band's hash is kept in the ``story_bands`` table. A new article sharing a band with a
stored story is a candidate. It is a copy when the shingles of the two texts have a Jaccard
similarity of at least ``SIMILAR``, or when the shorter text lies almost wholly inside the longer
(``CONTAINED``) and is at least half its size: a copy cut short by an editor. Keeping the bands
in the database (instead of an in-memory index rebuilt on every run) makes a lookup one indexed
query however large the record grows.

On the 303 Wikinews articles the most similar two different articles (two Covid-19 updates)
reach a Jaccard of 0.40 and a containment of 0.58, and stay apart; of lightly edited copies of
all 303 (a word in 25 replaced, the last paragraph dropped) 300 join their own story and 3 slip
through the bands (``bench/ingest_bench.py``).
Short texts are never near-duplicates: with few shingles, two different briefs that share a
template would pass. The same text (``content_hash``) is caught before this, whatever its length.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Optional

NUM_PERM = 128
CANDIDATE = 0.5  # the LSH threshold: bands catch pairs down to about this Jaccard similarity
SIMILAR = 0.7  # Jaccard similarity of word 3-gram sets for a copy
CONTAINED = 0.8  # share of the shorter text's 3-grams found in the longer, for a trimmed copy
MIN_SIZE_RATIO = 0.5  # a trimmed copy keeps at least half the story
MIN_SHINGLES = 40  # about 40 words
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[str]:
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}


@lru_cache(maxsize=1)
def _band_shape() -> tuple[int, int]:
    from datasketch import MinHashLSH  # noqa: PLC0415  (0.6 s to import; only saving new stories needs it)

    lsh = MinHashLSH(threshold=CANDIDATE, num_perm=NUM_PERM, weights=(0.2, 0.8))
    return lsh.b, lsh.r


def bands(grams: set[str]) -> list[tuple[int, str]]:
    """(band number, hash of that band of the MinHash signature); empty for short texts."""
    if len(grams) < MIN_SHINGLES:
        return []
    from datasketch import MinHash  # noqa: PLC0415  (as above)

    signature = MinHash(num_perm=NUM_PERM, seed=1)
    signature.update_batch([g.encode("utf-8") for g in grams])
    b, r = _band_shape()
    values = signature.hashvalues
    return [(i, hashlib.sha1(values[i * r:(i + 1) * r].tobytes()).hexdigest()[:16]) for i in range(b)]


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def copy_similarity(a: set[str], b: set[str]) -> Optional[float]:
    """The Jaccard similarity of two shingle sets when one text is a copy of the other, else None."""
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return None
    shared = len(a & b)
    similarity = shared / (len(a) + len(b) - shared)
    small, large = sorted((len(a), len(b)))
    if similarity >= SIMILAR or (shared / small >= CONTAINED and small / large >= MIN_SIZE_RATIO):
        return similarity
    return None

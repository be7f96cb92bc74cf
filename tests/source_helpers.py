"""Reading news sources in the tests: every article and error of some inputs, and a fetcher that
does not make a test wait."""
from __future__ import annotations

from onrecord.ingest import InputError, iter_located_articles
from onrecord.ingest.fetch import Fetcher


def quick_fetcher() -> Fetcher:
    """A polite fetcher with short delays and timeouts, for a server on 127.0.0.1."""
    return Fetcher(host_delay=0.01, backoff=0.01, timeout=(2, 5))


def located(paths, **kwargs) -> tuple[list, list[InputError]]:
    """The (article, origin) pairs and the errors ``iter_located_articles`` gives for ``paths``."""
    found, errors = [], []
    for item in iter_located_articles([str(p) for p in paths], **kwargs):
        (errors if isinstance(item, InputError) else found).append(item)
    return found, errors

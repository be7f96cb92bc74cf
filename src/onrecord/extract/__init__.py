"""Extraction: one article's spaCy ``Doc`` in, its statements, speakers and events out.

``pipeline.process(article)`` is the one entry point, a pure function of the article and the
loaded model. It finds quotation marks (``quotes``), proposes attribution candidates around
cue words (``candidates``, ``lexicon``), decides which are statements (``features``,
``classifier``, ``statements``), resolves each statement's speaker within the article
(``speakers/``), dates it (``dates``) and codes PLOVER events (``events/``). Nothing here
touches the store.
"""

"""The one query layer over the store, used by the command line, the API, the web pages and briefings.

``Record(store)`` answers what users ask of the record: statements by speaker, words, date and
kind; speakers and one speaker's profile; articles and their sources; events; overall stats.
Each subject has its module (``statements``, ``speakers``, ``articles``, ``events``, ``stats``);
``Record`` hands questions to them. Results are plain view objects (``views``) that know nothing
of SQL. Callers import from here.
"""
from onrecord.query.events import EVENT_COLUMNS, EventView
from onrecord.query.filters import MAX_NAME_CHARS, MAX_SEARCH_CHARS, MAX_SEARCH_TERMS, date_bound
from onrecord.query.limits import limit_query_time, timed_out
from onrecord.query.record import (
    Record,
    article,
    article_list,
    count_statements,
    open_read_only,
    roles_in_articles,
)
from onrecord.query.views import (
    FLAT_COLUMNS,
    AmbiguousSpeaker,
    ArticleNotFound,
    ArticleView,
    SourceView,
    SpeakerNotFound,
    SpeakerProfile,
    SpeakerSummary,
    StatementView,
)

__all__ = ["EVENT_COLUMNS", "FLAT_COLUMNS", "MAX_NAME_CHARS", "MAX_SEARCH_CHARS", "MAX_SEARCH_TERMS",
           "AmbiguousSpeaker", "ArticleNotFound", "ArticleView", "EventView",
           "Record", "SourceView", "SpeakerNotFound", "SpeakerProfile", "SpeakerSummary", "StatementView",
           "article", "article_list", "count_statements", "date_bound", "limit_query_time", "open_read_only",
           "roles_in_articles",
           "timed_out"]

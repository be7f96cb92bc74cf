"""The one query layer over the store, used by the command line, the API, the web pages and briefings.

``Record(store)`` answers what users ask of the record: statements by speaker, words, date and
kind; speakers and one speaker's profile; articles and their sources; events. Results are plain
view objects (``StatementView``, ``SpeakerSummary``, ``EventView``...) that know nothing of SQL.
"""
from onrecord.query.record import (
                                   AmbiguousSpeaker,
                                   ArticleNotFound,
                                   Record,
                                   SpeakerNotFound,
                                   SpeakerProfile,
                                   SpeakerSummary,
                                   StatementView,
                                   open_read_only,
)

__all__ = ["AmbiguousSpeaker", "ArticleNotFound", "Record", "SpeakerNotFound", "SpeakerProfile", "SpeakerSummary",
           "StatementView", "open_read_only"]

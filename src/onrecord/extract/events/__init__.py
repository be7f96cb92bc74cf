"""Who did what to whom: PLOVER events coded from an article's sentences.

``coder.find_events`` finds event triggers, their actor, target, place and date; ``tables``
holds the verb and actor dictionaries it codes with, and ``model`` the learned decision of the
event type over the candidates the verb table proposes; ``verbal`` decides when an act in words
(a demand, support, a reproach) is aimed at an actor and so is an event at all.
The rules ``coder`` asks live by job in ``parties``, ``countries``, ``non_events`` and ``checks``,
on the parse helpers of ``phrases``.
"""
